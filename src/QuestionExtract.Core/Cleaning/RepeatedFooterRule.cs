using System.Text.RegularExpressions;
using QuestionExtract.Model;
using QuestionExtract.Text;

namespace QuestionExtract.Cleaning;

/// <summary>
/// Removes the footer a PDF export of a dump or a bank repeats on every page without a page number: a line that
/// names a web address ("Best Material, Great Results". www.certkingdom.com), printed the same three times or more,
/// and the lines printed as often right beside it (Get Latest &amp; Actual … from CertKingdom.). A line that asks,
/// labels, numbers an item or an option, or reads as code is content, however often it comes back; without a web
/// address in the group, repeated lines stay (Refer to the exhibit. opens many questions).
/// </summary>
public sealed partial class RepeatedFooterRule : ICleaningRule
{
    public string Id => "repeated-footer";

    private const int MinRepeats = 3;
    private const int MaxLength = 160;

    [GeneratedRegex(@"(?i)(?:https?://|www\.)[a-z0-9-]+|\b[a-z0-9-]{2,}\.(?:com|cn|net|org|io|edu)\b")]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"[?？{};；=<>|]|^\s*(?:[(（]?[A-Ha-h][.．、)）]|[(（]?\d{1,3}[.．、)）]|第[一二三四五六七八九十\d]+[题題]|Q\d)|(?:答案|解析|Answer|Explanation)\s*[:：]")]
    private static partial Regex ContentLikePattern();

    public void Apply(CleaningContext context)
    {
        var blocks = context.Blocks;
        // Most documents name no web address at all: they are left before any block is folded.
        if (!blocks.Any(b => b.Text.AsSpan().Trim().Length <= MaxLength && WebAddress().IsMatch(b.Text))) return;
        var copies = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var keys = new string?[blocks.Count];
        for (int i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text.Trim();
            if (text.Length is 0 or > MaxLength || text.Contains('\n') || ContentLikePattern().IsMatch(text)) continue;
            var key = FoldedText.Of(text);
            keys[i] = key;
            if (!copies.TryGetValue(key, out var list)) copies[key] = list = [];
            list.Add(i);
        }
        var footer = copies.Where(c => c.Value.Count >= MinRepeats && WebAddress().IsMatch(blocks[c.Value[0]].Text)).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        if (footer.Count == 0) return;
        // The lines repeated as often beside the address line, each copy next to one of its copies.
        foreach (var (key, list) in copies)
            if (list.Count >= MinRepeats && !footer.Contains(key) && list.All(i => Beside(blocks, keys, footer, i))) footer.Add(key);
        var kept = new List<Block>(blocks.Count);
        for (int i = 0; i < blocks.Count; i++)
        {
            if (keys[i] is { } key && footer.Contains(key)) context.Removed.Add(new RemovedPiece(Id, blocks[i].Text, blocks[i].Location));
            else kept.Add(blocks[i]);
        }
        blocks.Clear();
        blocks.AddRange(kept);
    }

    private static bool Beside(List<Block> blocks, string?[] keys, HashSet<string> footer, int i)
    {
        var (before, after) = BlockNeighbours.Of(blocks, i);
        return (before >= 0 && keys[before] is { } b && footer.Contains(b)) || (after < blocks.Count && keys[after] is { } a && footer.Contains(a));
    }
}
