using System.Buffers;
using System.Text;

namespace QuestionExtract.Cleaning;

/// <summary>
/// Drops zero-width and control characters. They break matching and are never content. Kept: tab, and the line
/// break a reader puts inside a block (a Markdown soft break, a code block's lines, html &lt;br&gt;, Word's w:br):
/// dropping it would glue the last word of one line to the first of the next.
/// </summary>
public sealed class InvisibleCharacterRule : BlockTextRepairRule
{
    // The C0 and C1 controls but tab and line feed, and the zero-width characters; searched vectorised, since almost no
    // block holds any.
    private static readonly SearchValues<char> Invisible = SearchValues.Create(
        Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n')).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)
            .Concat(['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD']).ToArray());

    public override string Id => "invisible-characters";

    protected override string Repair(string text)
    {
        int first = text.AsSpan().IndexOfAny(Invisible);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length).Append(text, 0, first);
        foreach (var c in text.AsSpan(first)) if (!Invisible.Contains(c)) sb.Append(c);
        return sb.ToString();
    }
}
