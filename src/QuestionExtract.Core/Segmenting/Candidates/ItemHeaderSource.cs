using QuestionExtract.Segmenting.Fields;

namespace QuestionExtract.Segmenting.Candidates;

/// <summary>
/// Unnumbered stems under a header line that numbers them (<c>第1/560题 判断题</c>, <c>3/50 True/False</c>; data
/// <c>itemHeaderLines</c> with a number): a practice app prints the count above the stem, not on it. A statement to
/// judge asks nothing, so no asking line finds it; the counter does. The item starts at the first line under the
/// header's run, which stays its header (see <see cref="ItemMetadata"/>). Lines that already start with another
/// candidate, and header lines that are candidates themselves (a bare <c>1.</c>), are left to them.
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
        var stems = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var seen = new HashSet<int>();
        for (int line = 0; line < text.Length; line = document.LineEnd(line) + 1)
        {
            // A numbered header holds a digit: other lines are passed over without a copy or a pattern tried (every line of every document comes here).
            if (taken.Contains(line) || text.AsSpan(line, document.LineEnd(line) - line).IndexOfAnyInRange('0', '9') < 0
                || _metadata.HeaderLine(text[line..document.LineEnd(line)]) is not { } header || header.Groups["n"] is not { Success: true } number) continue;
            int? stem = NextLine(document, line);
            while (stem is int s && _metadata.HeaderLine(text[s..document.LineEnd(s)]) is not null) stem = NextLine(document, s);
            if (stem is not int first || taken.Contains(first) || !seen.Add(first)) continue;
            int countEnd = header.Groups["t"] is { Success: true } type ? type.Index : header.Length;
            var count = header.Value[(number.Index + number.Length - header.Index)..(countEnd - header.Index)].Replace(" ", "").Replace("\t", "").TrimEnd('题');
            if (!stems.TryGetValue(count, out var run)) stems[count] = run = [];
            run.Add(first);
        }
        var counted = stems.Values.Where(run => run.Count >= MinHeaders).SelectMany(run => run).Order();
        return [.. counted.Select(s => new StructuralToken { Kind = TokenKind.Item, Family = MarkerFamily.Asking, Start = s, End = s, Label = "", AtLineStart = true })];
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
