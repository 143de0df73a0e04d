using System.Text.RegularExpressions;
using QuestionExtract.Model;
using QuestionExtract.Text;

namespace QuestionExtract.Cleaning;

/// <summary>
/// Removes the running header or footer a Word or PDF export prints on every page: a short line that comes back,
/// the same but for a page number that goes up each time and is written as one (<c>Data Engineering Interview
/// Questions   Page 2</c>, <c>面试题汇编 第3页</c>, <c>面试题汇编 - 3 -</c>, <c>3/12</c>), or set apart from the title by
/// a wide gap (<c>Interview Guide            37</c>). Three times is enough on its own; twice, when the pages are
/// consecutive. A number that goes up without saying page (Question 1, 第 2 题, Step 3) numbers content, and a
/// line that asks, labels or reads as code is content too. A second line printed the same beside such a header
/// (the department that issued the file, the chapter's name) belongs to it and goes with it.
/// </summary>
/// <param name="gappedNumbers">
/// Look for page numbers set apart by a wide gap instead of those a page word names: the cleaner runs that pass
/// before spacing noise closes the gap, and the page-word pass after the site rules have taken their own page lines.
/// </param>
public sealed partial class RunningHeaderRule(bool gappedNumbers = false) : ICleaningRule
{
    public string Id => "running-header";

    private const int MinRepeats = 3;
    private const int MinConsecutiveRepeats = 2;
    private const int MaxLength = 80;

    // Asks, carries a label's colon, opens with an item or option marker, is a table row, or holds code punctuation.
    // The colon of a web address (https://) or of a time (14:37) is no label's: a browser prints both in its page
    // header and footer.
    [GeneratedRegex(@"[?？;；{}=<>|]|(?:(?<![0-9])[:：]|[:：](?![0-9]{2}))(?!//)|^\s*(?:[(（]?[A-Ha-h]{1}[.．、)）]|第[一二三四五六七八九十\d]+[题題]|Q\d)")]
    private static partial Regex ContentLikePattern();

    // A line printed beside the header: anything but a question, an item or option, a label or code.
    [GeneratedRegex(@"[?？;；{}=<>|]|^\s*(?:[(（]?[A-Ha-h]{1}[.．、)）]|[(（]?\d{1,3}[.．、)）]|第[一二三四五六七八九十\d]+[题題]|Q\d|(?:答案|答|解析|参考答案|Answer|A|Explanation)\s*[:：])")]
    private static partial Regex CompanionContentPattern();

    [GeneratedRegex(@"[0-9]{1,4}")]
    private static partial Regex Number();

    // The number read as a page's, in the folded key (numbers as #): Page #, 第#页, -#-, #/#.
    [GeneratedRegex(@"(?i:page)#|第#页|[-—–]#[-—–]|#/#")]
    private static partial Regex PageNumber();

    // The page words around a page number, in the folded key.
    [GeneratedRegex(@"(?i:page)#|(?i:of)#|第#页|共#页")]
    private static partial Regex PageWords();

    // A bare page number set apart from the running title by a wide gap, at the line's end or start (the raw line).
    [GeneratedRegex(@"^\S.*?(?:[ \u00A0\u3000]{3,}|\t)[0-9０-９]{1,4}$|^[0-9０-９]{1,4}(?:[ \u00A0\u3000]{3,}|\t)\S")]
    private static partial Regex GappedPageNumber();

    public void Apply(CleaningContext context)
    {
        var blocks = context.Blocks;
        var keys = new string?[blocks.Count];
        var pages = new Dictionary<string, List<int>>();
        for (int i = 0; i < blocks.Count; i++)
        {
            var line = blocks[i].Text.AsSpan().Trim();
            // Looked at in place first: a header has a digit (ASCII or full-width), and in the gap pass its number
            // stands apart; only such lines are copied and folded, each pass over every block.
            if (line.IndexOfAnyInRange('0', '9') < 0 && line.IndexOfAnyInRange('０', '９') < 0) continue;
            if (gappedNumbers && !GappedPageNumber().IsMatch(line)) continue;
            if (line.Contains('\n') || ContentLikePattern().IsMatch(line)) continue;
            var text = line.ToString();
            // Folded first: a full-width page number (第１页) is read as the number it is. Measured folded: the
            // gap that sets a page number apart may be wider than the title.
            var folded = FoldedText.Of(text);
            if (folded.Length > MaxLength) continue;
            var numbers = Number().Matches(folded);
            if (numbers.Count == 0) continue;
            var key = Number().Replace(folded, "#");
            // Words beside a page number: a bare page number line (第#页共#页) is another rule's (page-number).
            if (PageWords().Replace(key, "").Count(char.IsLetter) < 2) continue;
            if (!gappedNumbers && !PageNumber().IsMatch(key)) continue;
            keys[i] = key;
            if (!pages.TryGetValue(key, out var list)) pages[key] = list = [];
            list.Add(int.Parse(numbers[PageNumberIndex(key)].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
        var running = pages.Where(p => GoesUp(p.Value) && (p.Value.Count >= MinRepeats || (p.Value.Count >= MinConsecutiveRepeats && Consecutive(p.Value))))
            .Select(p => p.Key).ToHashSet();
        if (running.Count == 0) return;
        var header = new bool[blocks.Count];
        for (int i = 0; i < blocks.Count; i++) header[i] = keys[i] is { } key && running.Contains(key);
        MarkCompanions(blocks, header);
        var kept = new List<Block>(blocks.Count);
        for (int i = 0; i < blocks.Count; i++)
        {
            if (header[i]) context.Removed.Add(new RemovedPiece(Id, blocks[i].Text, blocks[i].Location));
            else kept.Add(blocks[i]);
        }
        blocks.Clear();
        blocks.AddRange(kept);
    }

    // A short line printed at least twice, the same each time, and at least once right above or under a header
    // line: the header's second line. Every copy of it goes.
    private static void MarkCompanions(List<Block> blocks, bool[] header)
    {
        var copies = new Dictionary<string, List<int>>();
        for (int i = 0; i < blocks.Count; i++)
        {
            if (header[i]) continue;
            var text = blocks[i].Text.Trim();
            if (text.Length is 0 or > MaxLength || text.Contains('\n') || CompanionContentPattern().IsMatch(text)) continue;
            var key = FoldedText.Of(text);
            if (!copies.TryGetValue(key, out var list)) copies[key] = list = [];
            list.Add(i);
        }
        foreach (var list in copies.Values)
        {
            if (list.Count < 2 || !list.Any(i => BesideHeader(blocks, header, i))) continue;
            foreach (var i in list) header[i] = true;
        }
    }

    private static bool BesideHeader(List<Block> blocks, bool[] header, int i)
    {
        var (before, after) = BlockNeighbours.Of(blocks, i);
        return (before >= 0 && header[before]) || (after < blocks.Count && header[after]);
    }

    // Which of the key's numbers is the page's: the first of its page number (2 of 2/3), else the last (a gapped
    // number, or Page 2 of 5 read as words).
    private static int PageNumberIndex(string key)
    {
        var m = PageNumber().Match(key);
        return !m.Success ? key.Count(c => c == '#') - 1 : key.AsSpan(0, m.Index).Count('#');
    }

    private static bool GoesUp(List<int> numbers)
    {
        for (int i = 1; i < numbers.Count; i++)
            if (numbers[i] <= numbers[i - 1]) return false;
        return true;
    }

    private static bool Consecutive(List<int> numbers)
    {
        for (int i = 1; i < numbers.Count; i++)
            if (numbers[i] != numbers[i - 1] + 1) return false;
        return true;
    }
}
