using System.Text.RegularExpressions;
using QuestionExtract.Model;

namespace QuestionExtract.Segmenting;

/// <summary>
/// A choice or true/false bank's compact key: numbers by range, their letters or marks in a row (<c>1-5 ABCDA
/// 6-10 BBCAD</c>, <c>1～3：BCB</c>, <c>1-4 √×√×</c>), or one number and its letters at a time (<c>6.ABC 7.AC</c>,
/// <c>1-b, 2-c</c>), each part of an exam's key perhaps opening with the part's numeral (<c>一、1-5 ABDBB</c>).
/// Each range gives one entry per number; a range whose letters do not count out its numbers is not a key.
/// </summary>
public static partial class AnswerKeyRanges
{
    [GeneratedRegex(@"\G[\s,，;；]*(?:" + KeyPartNumeral.Pattern + @"[ \t]*)?(?<a>[0-9]{1,3})[ \t]*[-—–～~－][ \t]*(?<b>[0-9]{1,3})[ \t\u3000]*[:：.．、]?[ \t\u3000]*(?<l>[A-H√×✓✗✔✘](?:[ \t\u3000/]{0,2}[A-H√×✓✗✔✘])*)(?![A-Za-z])")]
    private static partial Regex RangePattern();

    // One number and its answer: letters, a lower-case letter after a dash or bracket (1-b, 1) c), or a mark.
    [GeneratedRegex(@"\G[\s,，;；]*(?:" + KeyPartNumeral.Pattern + @"[ \t]*)?(?<n>[0-9]{1,3})[ \t]*(?:[.．、:：][ \t]*(?<l>[A-H]{1,8}|[√×✓✗✔✘])|[-—–)）][ \t]*(?<l>[A-Ha-h]{1,8}|[√×✓✗✔✘]))(?![A-Za-z0-9])")]
    private static partial Regex SinglePattern();

    /// <summary>
    /// The text at <paramref name="offset"/> opens with the key's first entry: a range from 1 (or from
    /// <paramref name="partFirst"/>, where a part's questions go on from the last part's) whose letters count it
    /// out, or that number and its answer followed by the next number's.
    /// </summary>
    public static bool StartAt(string text, int offset, int partFirst = 1)
    {
        if (RangePattern().Match(text, offset) is { Success: true } m)
            return int.Parse(m.Groups["a"].Value) is var a && (a == 1 || a == partFirst) && Counts(m);
        return SinglePattern().Match(text, offset) is { Success: true } first && int.Parse(first.Groups["n"].Value) is var n && (n == 1 || n == partFirst)
               && SinglePattern().Match(text, first.Index + first.Length) is { Success: true } second && int.Parse(second.Groups["n"].Value) == n + 1;
    }

    /// <summary>The text at <paramref name="offset"/> opens with a range whose letters count it out (6-10 BCDCA), from any number.</summary>
    public static bool RangeAt(string text, int offset) => RangePattern().Match(text, offset) is { Success: true } m && Counts(m);

    private static bool Counts(Match m) => Answers(m) is not null;

    /// <summary>The last number the ranges opening the lines of text[from..to] cover (1-5 BACAB ⏎ 6-10 … gives 10); null for none.</summary>
    public static int? LastNumberIn(string text, int from, int to)
    {
        int? last = null;
        for (int at = from; at < to; at = text.IndexOf('\n', at) is var nl && nl >= 0 ? nl + 1 : to)
            if (RangePattern().Match(text, at) is { Success: true } m && m.Index + m.Length <= to && Counts(m))
                last = int.Parse(m.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return last;
    }

    // A range's answers: one per letter or mark when they count it out (1-5 ABDCB, 9～11 ×××), or one per group
    // when groups set apart by spaces or slashes do (6～8 ABC ABC ABD, a multiple-choice part); else null.
    private static List<string>? Answers(Match m)
    {
        int size = int.Parse(m.Groups["b"].Value) - int.Parse(m.Groups["a"].Value) + 1;
        var written = m.Groups["l"].Value;
        var marks = written.Where(c => c is (>= 'A' and <= 'H') or '√' or '×' or '✓' or '✗' or '✔' or '✘').Select(c => c.ToString()).ToList();
        if (marks.Count == size) return marks;
        var groups = written.Split([' ', '\t', '\u3000', '/'], StringSplitOptions.RemoveEmptyEntries);
        return groups.Length == size && size > 1 ? [.. groups] : null;
    }

    /// <summary>
    /// The numbers a compact key answers, read from the line after <paramref name="headingStart"/> (the key's
    /// heading) for as long as ranges that count out follow one another.
    /// </summary>
    public static IEnumerable<int> NumbersAfter(string text, int headingStart)
    {
        int at = text.IndexOf('\n', headingStart);
        if (at < 0) yield break;
        for (var m = RangePattern().Match(text, at); m.Success && Counts(m); m = RangePattern().Match(text, at))
        {
            for (int n = int.Parse(m.Groups["a"].Value); n <= int.Parse(m.Groups["b"].Value); n++) yield return n;
            at = m.Index + m.Length;
        }
    }

    // One number and its answer set apart by a space only (1-5 BCCBC　6　B): a part's last question after its
    // ranges, when the part is no multiple of five. Read only after a range, where the key's form is known.
    [GeneratedRegex(@"\G[\s,，;；]*(?<n>[0-9]{1,3})[ \t\u3000]+(?<l>[A-H]{1,8}|[√×✓✗✔✘])(?![A-Za-z0-9])")]
    private static partial Regex SpacedSinglePattern();

    private const int MinSpacedRun = 3;

    /// <summary>
    /// The entries of <paramref name="text"/> when it is nothing but numbers and their answers set apart by spaces,
    /// three or more counting up by one (1 B    2 C    3 B, an English paper's key with no points after its
    /// numbers); null otherwise.
    /// </summary>
    public static List<AnswerKeyEntry>? ParseSpacedRun(string text, int sectionOrdinal, SourceLocation location)
    {
        var entries = new List<AnswerKeyEntry>();
        int at = 0;
        for (var m = SpacedSinglePattern().Match(text, 0); m.Success; m = SpacedSinglePattern().Match(text, at))
        {
            int n = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (entries.Count > 0 && n != entries[^1].Number + 1) return null;
            entries.Add(new AnswerKeyEntry(sectionOrdinal, n, m.Groups["l"].Value, null, [], location));
            at = m.Index + m.Length;
        }
        return entries.Count >= MinSpacedRun && text.AsSpan(at).Trim(" \t\r\n,，;；。.").IsEmpty ? entries : null;
    }

    private static Match NextEntry(string text, int at, bool afterRange = false)
    {
        if (RangePattern().Match(text, at) is { Success: true } range) return range;
        var single = SinglePattern().Match(text, at);
        return single.Success || !afterRange ? single : SpacedSinglePattern().Match(text, at);
    }

    /// <summary>
    /// The entries of the first lines of <paramref name="text"/> when they make a key and more text follows on
    /// later lines (a page's footer after a quiz's key); <paramref name="used"/> is where those lines end. Null
    /// when no leading lines make a key.
    /// </summary>
    public static List<AnswerKeyEntry>? ParseLeadingLines(string text, int sectionOrdinal, SourceLocation location, out int used)
    {
        used = 0;
        List<AnswerKeyEntry>? best = null;
        for (int end = text.IndexOf('\n'); ; end = text.IndexOf('\n', end + 1))
        {
            int stop = end < 0 ? text.Length : end;
            if (!text.AsSpan(0, stop).IsWhiteSpace())
            {
                if (Parse(text[..stop], sectionOrdinal, location) is not { } entries) break;
                (best, used) = (entries, stop);
            }
            if (end < 0) break;
        }
        return best ?? LeadingRun(text, sectionOrdinal, location, out used);
    }

    // A page flattened onto one line runs on after its key (…参考答案1-3:ABC 本文档共5页): the entries that open the
    // first line, a range or two entries, up to a space, are the key; the rest of the line stays text.
    private static List<AnswerKeyEntry>? LeadingRun(string text, int sectionOrdinal, SourceLocation location, out int used)
    {
        used = 0;
        int lineEnd = text.IndexOf('\n') is var nl && nl >= 0 ? nl : text.Length;
        var entries = new List<AnswerKeyEntry>();
        bool ranges = false;
        int at = 0;
        for (var m = NextEntry(text, 0); m.Success && m.Index + m.Length <= lineEnd; m = NextEntry(text, at, ranges))
        {
            if (!AddEntries(m, sectionOrdinal, location, entries)) break;
            ranges |= !m.Groups["n"].Success;
            at = m.Index + m.Length;
        }
        if (!(ranges || entries.Count >= 2) || at >= lineEnd || !char.IsWhiteSpace(text[at])) return null;
        used = at;
        return entries;
    }

    // The entries one match gives: a number and its answer, or one for each number of a range whose letters count
    // it out; false for a range whose letters do not.
    private static bool AddEntries(Match m, int sectionOrdinal, SourceLocation location, List<AnswerKeyEntry> entries)
    {
        if (m.Groups["n"].Success)
        {
            entries.Add(new AnswerKeyEntry(sectionOrdinal, int.Parse(m.Groups["n"].Value), m.Groups["l"].Value, null, [], location));
            return true;
        }
        if (Answers(m) is not { } answers) return false;
        int a = int.Parse(m.Groups["a"].Value);
        for (int n = a; n <= int.Parse(m.Groups["b"].Value); n++)
            entries.Add(new AnswerKeyEntry(sectionOrdinal, n, answers[n - a], null, [], location));
        return true;
    }

    /// <summary>
    /// The entries of <paramref name="text"/> when it is made of ranges and entries only (spaces and separators
    /// between them); null otherwise. Single entries alone count when there are <paramref name="minimumSingles"/>.
    /// <paramref name="location"/> is where the text starts.
    /// </summary>
    public static List<AnswerKeyEntry>? Parse(string text, int sectionOrdinal, SourceLocation location, int minimumSingles = 3)
    {
        var entries = new List<AnswerKeyEntry>();
        int at = 0;
        bool ranges = false;
        for (var m = NextEntry(text, 0); m.Success; m = NextEntry(text, at, ranges))
        {
            at = m.Index + m.Length;
            if (!AddEntries(m, sectionOrdinal, location, entries)) return null;
            ranges |= !m.Groups["n"].Success;
        }
        // Single entries alone are read by the segmenter as items of the key (their numbers are candidates); read
        // here only beside a range, or as a run of three or more, unless the caller has seen those items left out.
        if (!ranges && entries.Count < minimumSingles) return null;
        // The next part's numeral may close the text (…ABDBB ⏎二、 before that part's own entries).
        var rest = text.AsSpan(at).Trim(" \t\r\n,，;；。.");
        return entries.Count > 0 && (rest.IsEmpty || KeyPartNumeral.IsAlone(rest)) ? entries : null;
    }
}
