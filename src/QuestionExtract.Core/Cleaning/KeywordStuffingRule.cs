using QuestionExtract.Model;
using QuestionExtract.Text;

namespace QuestionExtract.Cleaning;

/// <summary>
/// A line of search keywords a sharing site injects between the paragraphs (酒店前台面试问题 酒店前台面试技巧
/// 前台接待面试自我介绍 酒店面试常见问题及答案大全): four phrases or more set apart by spaces, each a run of letters
/// with Chinese in it and no punctuation, and one two-character word in most of them. A list of values an answer
/// gives (诚信 敬业 创新 团结) shares no word; a sentence or a question has punctuation or no spaces.
/// </summary>
public sealed class KeywordStuffingRule : ICleaningRule
{
    public string Id => "keyword-stuffing";

    private const int MinPhrases = 4;
    private const int MinPhraseLength = 3;
    private const int MaxPhraseLength = 20;
    private const int MaxLineLength = 160;

    public void Apply(CleaningContext context)
    {
        var blocks = context.Blocks;
        int kept = 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            // A table's row is cells, not phrases.
            if (blocks[i].Kind != BlockKind.TableRow && IsKeywordLine(blocks[i].Text)) context.Removed.Add(new RemovedPiece(Id, blocks[i].Text, blocks[i].Location));
            else blocks[kept++] = blocks[i];
        }
        blocks.RemoveRange(kept, blocks.Count - kept);
    }

    public static bool IsKeywordLine(string text)
    {
        var line = text.AsSpan().Trim();
        if (line.Length is 0 or > MaxLineLength || line.Contains('\n')) return false;
        var phrases = line.ToString().Split([' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        if (phrases.Length < MinPhrases) return false;
        var sharing = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            if (phrase.Length is < MinPhraseLength or > MaxPhraseLength || !phrase.All(char.IsLetterOrDigit) || !phrase.Any(IsHan)) return false;
            var words = new HashSet<string>(StringComparer.Ordinal);
            for (int k = 0; k + 1 < phrase.Length; k++)
                if (IsHan(phrase[k]) && IsHan(phrase[k + 1])) words.Add(phrase.Substring(k, 2));
            foreach (var w in words) sharing[w] = sharing.GetValueOrDefault(w) + 1;
        }
        // One word in more than half of the phrases, and in three at least.
        int most = sharing.Count == 0 ? 0 : sharing.Values.Max();
        return most >= 3 && most * 2 > phrases.Length;
    }

    private static bool IsHan(char c) => HanCharacter.Is(c);
}
