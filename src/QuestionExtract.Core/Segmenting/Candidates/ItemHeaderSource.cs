using System.Globalization;
using System.Text.RegularExpressions;
using QuestionExtract.Segmenting.Fields;

namespace QuestionExtract.Segmenting.Candidates;

/// <summary>
/// Unnumbered stems under a header line that numbers them (<c>第1/560题 判断题</c>, <c>3/50 True/False</c>; data
/// <c>itemHeaderLines</c> with a number): a practice app prints the count above the stem, not on it. A statement to
/// judge asks nothing, so no asking line finds it; the counter does. The item starts at the first line under the
/// header's run, which stays its header (see <see cref="ItemMetadata"/>). Lines that already start with another
/// candidate, and header lines that are candidates themselves (a bare <c>1.</c>), are left to them.
/// An app's export may print the counter on the stem's own line (<c>1/50 单选题 生产经营单位…</c>): a header with its
/// total then opens the line, and the item's marker is that header.
/// </summary>
public sealed class ItemHeaderSource(LabelLexicon lexicon) : ICandidateSource
{
    // One line of the shape may be a score or a date; a run of items repeats it.
    private const int MinHeaders = 2;

    private readonly ItemMetadata _metadata = new(lexicon);

    IEnumerable<StructuralToken> ICandidateSource.Find(DocumentText document, IReadOnlyList<StructuralToken> found) => Find(document, found);

    public List<StructuralToken> Find(DocumentText document, IReadOnlyList<StructuralToken> existing)
    {
        var text = document.Text;
        var taken = existing.Where(t => t.Kind == TokenKind.Item && t.AtLineStart).Select(t => document.LineStart(t.Start)).ToHashSet();
        // The stems by the count their counter prints after its number (/560题, / 560): one count runs through a practice set,
        // while fractions or dates alone on their lines (1/2, 3/4) differ.
        var stems = new Dictionary<string, List<(int Start, int End)>>(StringComparer.Ordinal);
        var seen = new HashSet<int>();
        // Counters on the stems' own lines, by their count: a fraction or a date opens a line too (1/2 cup sugar, 3/15 开会).
        var inlineRuns = new Dictionary<string, List<(int Start, int End, Match Header)>>(StringComparer.Ordinal);
        for (int line = 0; line < text.Length; line = document.LineEnd(line) + 1)
        {
            // A numbered header holds a digit: other lines are passed over without a copy or a pattern tried (every line of every document comes here).
            if (taken.Contains(line) || text.AsSpan(line, document.LineEnd(line) - line).IndexOfAnyInRange('0', '9') < 0) continue;
            if (_metadata.HeaderLine(text[line..document.LineEnd(line)]) is not { } header)
            {
                if (InlineHeader(document, line) is { } inline && Count(inline.Header) is { } total && total.Any(char.IsAsciiDigit) && seen.Add(line))
                {
                    if (!inlineRuns.TryGetValue(total, out var inlineRun)) inlineRuns[total] = inlineRun = [];
                    inlineRun.Add((line, inline.End, inline.Header));
                }
                continue;
            }
            if (header.Groups["n"] is not { Success: true }) continue;
            int? stem = NextLine(document, line);
            while (stem is int s && _metadata.HeaderLine(text[s..document.LineEnd(s)]) is not null) stem = NextLine(document, s);
            if (stem is not int first || taken.Contains(first) || !seen.Add(first)) continue;
            Add(stems, Count(header)!, (first, first));
        }
        foreach (var (count, run) in inlineRuns)
            if (IsCounterRun(count, run.Select(r => r.Header).ToList()))
                foreach (var (start, end, _) in run) Add(stems, "inline" + count, (start, end));
        var counted = stems.Values.Where(run => run.Count >= MinHeaders).SelectMany(run => run).OrderBy(s => s.Start);
        return [.. counted.Select(s => new StructuralToken { Kind = TokenKind.Item, Family = MarkerFamily.Asking, Start = s.Start, End = s.End, Label = "", AtLineStart = true })];
    }

    private static void Add(Dictionary<string, List<(int Start, int End)>> stems, string count, (int Start, int End) stem)
    {
        if (!stems.TryGetValue(count, out var run)) stems[count] = run = [];
        run.Add(stem);
    }

    // What a numbered header prints between its number and its type (/560题, / 50, .): the count of its set.
    private static string? Count(Match header)
    {
        if (header.Groups["n"] is not { Success: true } number) return null;
        int countEnd = header.Groups["t"] is { Success: true } type ? type.Index : header.Index + header.Length;
        return header.Value[(number.Index + number.Length - header.Index)..(countEnd - header.Index)].Replace(" ", "").Replace("\t", "").TrimEnd('题');
    }

    private const int MinInlineHeaders = 3;

    // Counters on the stems' lines count a set: their numbers rise and stay within the total, and either three of them
    // run or each names its item's type (1/50 单选题 …). Fractions and dates that open lines do neither.
    private static bool IsCounterRun(string count, List<Match> headers)
    {
        if (!int.TryParse(count.TrimStart('/'), NumberStyles.None, CultureInfo.InvariantCulture, out int total)) return false;
        int last = 0;
        foreach (var header in headers)
        {
            if (!int.TryParse(header.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n <= last || n > total) return false;
            last = n;
        }
        return headers.Count >= MinInlineHeaders || (headers.Count >= MinHeaders && headers.All(h => h.Groups["t"].Success));
    }

    // Words a header on the stem's line may take before the stem (the counter, its type).
    private const int MaxInlineHeaderWords = 3;

    // The longest numbered header that opens the line at `lineStart` with the stem after it on the line, and where the
    // stem starts; null when none does.
    private (Match Header, int End)? InlineHeader(DocumentText document, int lineStart)
    {
        var text = document.Text;
        int end = document.LineEnd(lineStart), at = lineStart;
        while (at < end && text[at] is ' ' or '\t' or '\u3000') at++;
        (Match, int)? found = null;
        for (int words = 0, i = at; words < MaxInlineHeaderWords && i < end; words++)
        {
            while (i < end && !char.IsWhiteSpace(text[i])) i++;
            int stem = i;
            while (stem < end && char.IsWhiteSpace(text[stem])) stem++;
            if (stem == end) break;
            // A numbered header holds its number's digit: words before the first digit are tried no pattern.
            if (text.AsSpan(at, i - at).IndexOfAnyInRange('0', '9') >= 0 && _metadata.HeaderLine(text[at..i]) is { } header && header.Groups["n"].Success)
                found = (header, stem);
            i = stem;
        }
        return found;
    }

    // The start of the next line with text after the line at `lineStart`, or null.
    private static int? NextLine(DocumentText document, int lineStart)
    {
        var text = document.Text;
        for (int line = document.LineEnd(lineStart) + 1; line < text.Length; line = document.LineEnd(line) + 1)
            if (!text.AsSpan(line, document.LineEnd(line) - line).IsWhiteSpace()) return line;
        return null;
    }
}
