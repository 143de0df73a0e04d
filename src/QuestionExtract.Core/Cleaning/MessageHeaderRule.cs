using System.Text.RegularExpressions;
using QuestionExtract.Model;

namespace QuestionExtract.Cleaning;

/// <summary>
/// Removes the header or footer line each message of a stream carries (a chat export, a forum thread, a channel):
/// a date with a time of day and, beside it, only a few words such as the sender's name, the floor number, the client
/// or a reply button (<c>2024-04-12 20:00:05  群主-周老师</c>, <c>[03/11/2024 9:01 AM] noodle_dev</c>,
/// <c>来自Android客户端 1楼 2024-03-05 21:14 回复</c>). A stream is known by the shape coming back: three such lines
/// whose stamps are written alike. A line that says more than a name (sentence or label punctuation, many words)
/// stays, so a question that names an exam's time is content.
/// </summary>
public sealed partial class MessageHeaderRule : ICleaningRule
{
    public string Id => "message-header";

    private const int MinRepeats = 3;
    private const int MaxRestLength = 40;
    private const int MaxRestWords = 5;

    // A calendar date followed by a time of day: ISO and Chinese dates, and the month/day/year of English exports.
    [GeneratedRegex(@"[\[(（【]?(?<!\d)(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}-\d{1,2})[ \tT,]*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?!\d)[\])）】]?")]
    private static partial Regex Stamp();

    // What a sender's name or a footer's buttons never hold: sentence and label punctuation.
    [GeneratedRegex(@"[?？。！!，,；;：:“”""]")]
    private static partial Regex SaysMore();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    public void Apply(CleaningContext context)
    {
        var blocks = context.Blocks;
        var lines = new List<(int Block, int Line, string Shape)>();
        for (int b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Cells is not null || blocks[b].Code || blocks[b].Kind == BlockKind.PageFurniture) continue;
            var split = blocks[b].Text.Split('\n');
            for (int l = 0; l < split.Length; l++)
                if (HeaderShape(split[l]) is { } shape) lines.Add((b, l, shape));
        }
        if (lines.Count < MinRepeats) return;
        // The stream's own header shape is the one that comes back; a lone dated line elsewhere stays.
        var shapes = lines.GroupBy(x => x.Shape).Where(g => g.Count() >= MinRepeats).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        if (shapes.Count == 0) return;
        var byBlock = lines.Where(x => shapes.Contains(x.Shape)).GroupBy(x => x.Block).ToDictionary(g => g.Key, g => g.Select(x => x.Line).ToHashSet());
        BlockLineRemoval.Remove(context, Id, byBlock);
    }

    /// <summary>The stamp's shape (digit runs folded) when the line is a message header, else null.</summary>
    private static string? HeaderShape(string line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > 80) return null;
        var stamps = Stamp().Matches(text);
        if (stamps.Count != 1) return null;
        var rest = text.Remove(stamps[0].Index, stamps[0].Length).Trim();
        if (rest.Length > MaxRestLength || SaysMore().IsMatch(rest)) return null;
        if (rest.Split([' ', '\t', '　'], StringSplitOptions.RemoveEmptyEntries).Length > MaxRestWords) return null;
        return Digits().Replace(stamps[0].Value, "9");
    }
}
