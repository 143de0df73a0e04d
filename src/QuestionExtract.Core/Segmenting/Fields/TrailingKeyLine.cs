using System.Text.RegularExpressions;

namespace QuestionExtract.Segmenting.Fields;

/// <summary>
/// A key printed on one line under the last question, its answers words rather than letters
/// (<c>参考答案：1.颐和园 2.趵突泉 3.莫高窟</c>, <c>Answers: 1. Nile 2. Canberra 3. China</c>): the last question took the
/// line as its answer. Where the line counts from 1 exactly the questions that end the document (numbered 1 to n,
/// none of the others answered), each entry answers its question. An answer listing points inline
/// (<c>答案：1.明确目标 2.合理分工</c>) counts no questions before it, and stays.
/// </summary>
public static partial class TrailingKeyLine
{
    // A key's own label before its first entry (Answers:, 参考答案：, 答案), if the answer kept one.
    [GeneratedRegex(@"^[^\d\n:：]{0,12}[:：]?[ \t\u3000]*(?=1[ \t]*[.．、:：)）])")]
    private static partial Regex LeadPattern();

    // An entry's number and its mark, with what sets it apart from the entry before (a space, ；, a comma).
    [GeneratedRegex(@"(?:^|(?<=[\s；;，,、]))(?<n>[0-9]{1,3})[ \t]*[.．、:：)）][ \t]*", RegexOptions.CultureInvariant)]
    private static partial Regex EntryPattern();

    // The first entry numbered n at or after offset; a failed match when there is none.
    private static Match EntryStart(string line, int number, int offset)
    {
        for (var m = EntryPattern().Match(line, offset); m.Success; m = m.NextMatch())
            if (int.Parse(m.Groups["n"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) == number) return m;
        return Match.Empty;
    }

    private const int MinEntries = 3;
    // A blank's answer is a word or a short phrase, not a sentence.
    private const int MaxValueLength = 30;

    public static void Apply(IReadOnlyList<QuestionDraft> drafts)
    {
        if (drafts.Count < MinEntries || drafts[^1].Answer is not { } line || line.Contains('\n')) return;
        var lead = LeadPattern().Match(line);
        if (!lead.Success) return;
        var values = Values(line, lead.Length, out var marks);
        if (values is null || values.Count < MinEntries || values.Count > drafts.Count) return;
        int first = drafts.Count - values.Count;
        for (int i = 0; i < values.Count; i++)
        {
            var d = drafts[first + i];
            if (d.NumberValue != i + 1 || (i < values.Count - 1 && (d.Answer is not null || d.Options is not null))) return;
        }
        var last = drafts[^1];
        last.Consumed.Add(lead.Value);
        last.Consumed.AddRange(marks);
        for (int i = 0; i < values.Count; i++) drafts[first + i].Answer = values[i];
    }

    // The entries 1, 2, 3 … in order from offset to the line's end; null when the line is not all such entries.
    // marks: the numbers and separators between the values.
    private static List<string>? Values(string line, int offset, out List<string> marks)
    {
        marks = [];
        var values = new List<string>();
        var start = EntryStart(line, 1, offset);
        if (!start.Success || start.Index != offset) return null;
        marks.Add(start.Value);
        int at = start.Index + start.Length;
        for (int n = 2; ; n++)
        {
            var next = EntryStart(line, n, at);
            int end = next.Success ? next.Index : line.Length;
            var raw = line[at..end];
            var value = raw.TrimEnd().TrimEnd('；', ';', '，', ',', '、').Trim();
            int stop = value.AsSpan().IndexOfAny("。？?！!");
            if (value.Length is 0 or > MaxValueLength || (stop >= 0 && stop < value.Length - 1)) return null;
            values.Add(value);
            int valueAt = raw.IndexOf(value, StringComparison.Ordinal);
            marks.Add(raw[..valueAt] + raw[(valueAt + value.Length)..]);
            if (!next.Success) return values;
            marks.Add(next.Value);
            at = next.Index + next.Length;
        }
    }
}
