using System.Text.RegularExpressions;
using QuestionExtract.Model;
using QuestionExtract.Text;

namespace QuestionExtract.Cleaning;

/// <summary>
/// Removes the running header or footer a Word or PDF export prints on every page: a short line that comes back
/// at least <see cref="MinRepeats"/> times, the same but for a page number that goes up each time and is written
/// as one (<c>Data Engineering Interview Questions   Page 2</c>, <c>面试题汇编 第3页</c>, <c>面试题汇编 - 3 -</c>,
/// <c>3/12</c>). A number that goes up without saying page (Question 1, 第 2 题, Step 3) numbers content, and a line
/// that asks, labels or reads as code is content too.
/// </summary>
public sealed partial class RunningHeaderRule : ICleaningRule
{
    public string Id => "running-header";

    private const int MinRepeats = 3;
    private const int MaxLength = 80;

    // Asks, carries a label's colon, opens with an item or option marker, is a table row, or holds code punctuation.
    [GeneratedRegex(@"[?？;；{}=<>|:：]|^\s*(?:[(（]?[A-Ha-h]{1}[.．、)）]|第[一二三四五六七八九十\d]+[题題]|Q\d)")]
    private static partial Regex ContentLikePattern();

    [GeneratedRegex(@"[0-9]{1,4}")]
    private static partial Regex Number();

    // The number read as a page's, in the folded key (numbers as #): Page #, 第#页, -#-, #/#.
    [GeneratedRegex(@"(?i:page)#|第#页|[-—–]#[-—–]|#/#")]
    private static partial Regex PageNumber();

    public void Apply(CleaningContext context)
    {
        var blocks = context.Blocks;
        var keys = new string?[blocks.Count];
        var pages = new Dictionary<string, List<int>>();
        for (int i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text.Trim();
            if (text.Length > MaxLength || text.Contains('\n') || ContentLikePattern().IsMatch(text)) continue;
            // Folded first: a full-width page number (第１页) is read as the number it is.
            var folded = FoldedText.Of(text);
            var numbers = Number().Matches(folded);
            if (numbers.Count == 0) continue;
            var key = Number().Replace(folded, "#");
            // Words beside a page number: a bare page number line is another rule's (page-number).
            if (key.Count(char.IsLetter) < 2 || !PageNumber().IsMatch(key)) continue;
            keys[i] = key;
            if (!pages.TryGetValue(key, out var list)) pages[key] = list = [];
            list.Add(int.Parse(numbers[^1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
        var running = pages.Where(p => p.Value.Count >= MinRepeats && GoesUp(p.Value)).Select(p => p.Key).ToHashSet();
        if (running.Count == 0) return;
        var kept = new List<Block>(blocks.Count);
        for (int i = 0; i < blocks.Count; i++)
        {
            if (keys[i] is { } key && running.Contains(key)) context.Removed.Add(new RemovedPiece(Id, blocks[i].Text, blocks[i].Location));
            else kept.Add(blocks[i]);
        }
        blocks.Clear();
        blocks.AddRange(kept);
    }

    private static bool GoesUp(List<int> numbers)
    {
        for (int i = 1; i < numbers.Count; i++)
            if (numbers[i] <= numbers[i - 1]) return false;
        return true;
    }
}
