using System.Text.RegularExpressions;
using QuestionExtract.Model;

namespace QuestionExtract.Segmenting;

/// <summary>
/// A choice or true/false bank's compact key: numbers by range, their letters or marks in a row (<c>1-5 ABCDA
/// 6-10 BBCAD</c>, <c>1～3：BCB</c>, <c>1-4 √×√×</c>). Each range gives one entry per number; a range whose letters
/// do not count out its numbers is not a key.
/// </summary>
public static partial class AnswerKeyRanges
{
    [GeneratedRegex(@"\G[\s,，;；]*(?<a>[0-9]{1,3})[ \t]*[-—–～~－][ \t]*(?<b>[0-9]{1,3})[ \t]*[:：.．、]?[ \t]*(?<l>[A-H√×✓✗✔✘](?:[ \t]?[A-H√×✓✗✔✘])*)(?![A-Za-z])")]
    private static partial Regex RangePattern();

    /// <summary>The text at <paramref name="offset"/> opens with a range of the key that starts at 1 and whose letters count it out.</summary>
    public static bool StartAt(string text, int offset) =>
        RangePattern().Match(text, offset) is { Success: true } m && m.Groups["a"].Value == "1" && Counts(m);

    private static bool Counts(Match m) =>
        int.Parse(m.Groups["b"].Value) - int.Parse(m.Groups["a"].Value) + 1 == m.Groups["l"].Value.Count(c => c is (>= 'A' and <= 'H') or '√' or '×' or '✓' or '✗' or '✔' or '✘');

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

    /// <summary>
    /// The entries of <paramref name="text"/> when it is made of ranges only (spaces and separators between
    /// them); null otherwise. <paramref name="location"/> is where the text starts.
    /// </summary>
    public static List<AnswerKeyEntry>? Parse(string text, int sectionOrdinal, SourceLocation location)
    {
        var entries = new List<AnswerKeyEntry>();
        int at = 0;
        for (var m = RangePattern().Match(text); m.Success; m = RangePattern().Match(text, at))
        {
            int a = int.Parse(m.Groups["a"].Value), b = int.Parse(m.Groups["b"].Value);
            var letters = m.Groups["l"].Value.Replace(" ", "").Replace("\t", "");
            if (!Counts(m)) return null;
            for (int n = a; n <= b; n++)
                entries.Add(new AnswerKeyEntry(sectionOrdinal, n, letters[n - a].ToString(), null, [], location));
            at = m.Index + m.Length;
        }
        return entries.Count > 0 && text.AsSpan(at).Trim(" \t\r\n,，;；。.").IsEmpty ? entries : null;
    }
}
