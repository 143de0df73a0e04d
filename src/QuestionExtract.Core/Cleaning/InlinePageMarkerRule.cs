using System.Text.RegularExpressions;

namespace QuestionExtract.Cleaning;

/// <summary>
/// A page's number printed inside a flattened text layer (doc88, renrendoc): the footer of each page runs on in the
/// line between the last words of one page and the first of the next (<c>D．清水- 2 -3．下列…</c>, <c>…计入当期损益。第 1 页
/// 共 NUMPAGES \* MERGEFORMAT 9 页3.(多选题)…</c>). The marker is a page break: it becomes a line break, so what
/// starts the next page (a number, a key heading) starts a line; at a line's end it goes. A marker alone on its line
/// is left to the site rules.
/// </summary>
public sealed partial class InlinePageMarkerRule : BlockTextRepairRule
{
    public override string Id => "inline-page-marker";

    protected override string Repair(string text)
    {
        if (text.IndexOfAny(MarkerStarts) < 0) return text;
        return Marker().Replace(text, m =>
        {
            var (lineStart, lineEnd, textBefore, textAfter) = LineAround(text, m.Index, m.Length);
            // Only a page's worth of text run together: a short line holding a page number is a footer of its own
            // (试卷第1页，共1页, 护士招聘面试题 第 3 页 共 3 页).
            if (lineEnd - lineStart < MinFlattenedLine) return m.Value;
            return textBefore && textAfter ? "\n" : textBefore || textAfter ? "" : m.Value;
        });
    }

    private const int MinFlattenedLine = 100;

    private static readonly char[] MarkerStarts = ['-', '－', '—', '–', '第', 'P'];

    // "- 2 -" with spaces inside (a hyphen-minus needs them: 3-2-1 is arithmetic), "—2—" / "– 2 –", not after a
    // letter or a digit; a Word page field left unrendered or rendered (第 1 页 共 NUMPAGES \* MERGEFORMAT 9 页, 第2页共9页);
    // an English viewer's page counter (…string pool possible. Page 1 of 22 3. What is…).
    [GeneratedRegex(@"(?<![A-Za-z0-9\-－—–])[ \t]*(?:-[ \t]\d{1,4}[ \t]-|[—–－][ \t]?\d{1,4}[ \t]?[—–－])(?![\-－—–])[ \t]*|[ \t]*第[ \t]*(?:PAGE[ \t]*)?\d{1,4}[ \t]*页[ \t]*[,，/]?[ \t]*共[ \t]*(?:NUMPAGES[ \t]*(?:\\\*[ \t]*MERGEFORMAT[ \t]*)?)?\d{1,4}[ \t]*页[ \t]*|(?<![A-Za-z])[ \t]*Page[ \t]+\d{1,4}[ \t]+of[ \t]+\d{1,4}(?![0-9])[ \t]*")]
    private static partial Regex Marker();
}
