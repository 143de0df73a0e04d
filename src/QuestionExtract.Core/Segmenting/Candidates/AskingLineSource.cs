namespace QuestionExtract.Segmenting.Candidates;

/// <summary>
/// Unnumbered questions: a short line that asks (ends in a question mark, or is a heading that asks), or any
/// short line followed by an answer label line, or a heading of the level the document's questions use. Lines
/// that already start with another candidate are left to it.
/// </summary>
public sealed class AskingLineSource(QuestionLikeness likeness, LabelLexicon lexicon)
{
    private readonly QuestionHeadingLevel _questionLevel = new(likeness);

    private const int MinLength = 4;
    private const int MaxLength = 160;

    public IEnumerable<StructuralToken> Find(DocumentText document, IReadOnlyList<StructuralToken> existing)
    {
        var text = document.Text;
        var taken = existing.Where(t => t.Kind == TokenKind.Item && t.AtLineStart).Select(t => document.LineStart(t.Start)).ToHashSet();
        int? questionLevel = _questionLevel.Find(document, taken.Contains);
        // A marker alone on its line (第一题, Q:, 1.) has its question on the next line: that line is the marker's.
        foreach (var t in existing)
            if (t.Kind == TokenKind.Item && t.AtLineStart && text.AsSpan(t.End, document.LineEnd(t.End) - t.End).IsWhiteSpace() && NextNonEmptyLine(text, document.LineEnd(t.End) + 1) is int owned)
                taken.Add(owned);
        var labels = document.LabelMatches(lexicon);
        var labelLines = labels.Select(m => document.LineStart(m.Index)).ToHashSet();
        // Lines that open with an answer label (a label inside a flattened line says nothing of the line before).
        var answerLines = labels
            .Where(m => lexicon.KindOf(m.Groups["w"].Value) == LabelKind.Answer && text.AsSpan(document.LineStart(m.Index), m.Index - document.LineStart(m.Index)).IsWhiteSpace())
            .Select(m => document.LineStart(m.Index)).ToHashSet();
        int start = 0;
        string? previous = null;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            int next = end + 1;
            if (!taken.Contains(start) && !labelLines.Contains(start) && Trimmed(text, start, end) is var (from, to) && to - from is >= MinLength and <= MaxLength)
            {
                var line = text[from..to];
                // A line printed twice in a row is a title or heading shown twice, not two questions.
                bool repeated = line == previous || (NextNonEmptyLine(text, next) is int following && text.AsSpan(following, document.LineEnd(following) - following).Trim().SequenceEqual(line));
                previous = line;
                if (repeated) { start = next; continue; }
                // A hard-wrapped line finishes the sentence above it; a line wrapped onto the next asks when its end does.
                if (WrappedLines.ContinuesAbove(text, start)) { start = next; continue; }
                int logicalEnd = WrappedLines.LogicalLineEnd(text, end);
                if (logicalEnd > end) line = text[from..logicalEnd].TrimEnd();
                int level = document.HeadingLevelAt(from);
                bool heading = level >= 0;
                bool questionLevelHeading = questionLevel is int q && level == q;
                bool endsAsking = line[^1] is '?' or '？';
                // A title-like line (no full stop) with an answer label on the next line.
                bool labelNext = line[^1] is not ('。' or '.' or '；' or ';') && NextNonEmptyLine(text, logicalEnd + 1) is int n && answerLines.Contains(n);
                if (endsAsking || labelNext || questionLevelHeading || (heading && likeness.IsQuestionLike(line)))
                    yield return new StructuralToken { Kind = TokenKind.Item, Family = MarkerFamily.Asking, Start = from, End = from, Label = "", AtLineStart = true, QuestionLevelHeading = questionLevelHeading };
            }
            else if (!text.AsSpan(start, end - start).IsWhiteSpace()) previous = null;
            start = next;
        }
    }

    // The line without its indent, markdown residue (#, >, *) and trailing emphasis or closing quotes.
    private static (int From, int To)? Trimmed(string text, int start, int end)
    {
        int from = start, to = end;
        while (from < to && (char.IsWhiteSpace(text[from]) || text[from] is '#' or '>' or '*')) from++;
        while (to > from && (char.IsWhiteSpace(text[to - 1]) || text[to - 1] is '*' or '”' or '"' or '」')) to--;
        return to > from ? (from, to) : null;
    }

    private static int? NextNonEmptyLine(string text, int from)
    {
        while (from < text.Length)
        {
            int end = text.IndexOf('\n', from);
            if (end < 0) end = text.Length;
            // Looked at in place: no copy of every line looked at.
            if (!text.AsSpan(from, end - from).IsWhiteSpace()) return from;
            from = end + 1;
        }
        return null;
    }

}
