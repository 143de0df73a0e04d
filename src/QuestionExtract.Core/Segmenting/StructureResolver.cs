namespace QuestionExtract.Segmenting;

/// <summary>
/// Chooses, with the whole document in view, which candidate markers are its structure: the numbering
/// family it uses for questions, numbers that count up (a restart at 1 inside an answer is a nested list),
/// section headings whose numerals count up and that are followed by a first question, and the heading
/// of a separate answer key.
/// </summary>
public sealed class StructureResolver(QuestionLikeness likeness)
{
    private readonly TableOfContentsDetector _toc = new();

    public ResolvedStructure Resolve(string text, IReadOnlyList<StructuralToken> candidates)
    {
        // Unnumbered headings (from the TOC or heading blocks) are sections only when a question follows.
        var toc = _toc.Detect(text, candidates);
        var usable = candidates.Where(t => !toc.Entries.Contains(t)).ToList();
        var family = ChooseFamily(text, usable);

        var stream = usable.Where(t => t.Kind != TokenKind.Item || t.Family == family).ToList();
        foreach (var (start, end, heading) in toc.Headings)
            stream.Add(new StructuralToken { Kind = TokenKind.Section, Start = start, End = end, Label = "", HeadingText = heading, AtLineStart = true });
        stream.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));

        var accepted = new List<StructuralToken>();
        int section = 0, last = 0, nestedExpected = 0;
        bool afterSection = false, inKey = false;
        StructuralToken? lastTop = null, nestedLatest = null;

        for (int i = 0; i < stream.Count; i++)
        {
            var t = stream[i];
            if (accepted.Count > 0 && t.Start < accepted[^1].End) continue;
            switch (t.Kind)
            {
                case TokenKind.AnswerKey:
                    if (!inKey && lastTop is not null && StartsRestart(text, stream, i, family))
                    {
                        accepted.Add(t);
                        inKey = true; section = 0; last = 0; afterSection = true; nestedExpected = 0;
                    }
                    break;
                case TokenKind.Section when t.Number is null:
                    if (NextItem(text, stream, i, family) is null) break;
                    accepted.Add(t);
                    afterSection = true; nestedExpected = 0;
                    break;
                case TokenKind.Section:
                    if (t.Number == section + 1 && NextItem(text, stream, i, family) is { } next
                        && (next.Number is null || next.Number == 1 || next.Number == last + 1))
                    {
                        accepted.Add(t);
                        section = t.Number.Value; afterSection = true; nestedExpected = 0;
                    }
                    break;
                case TokenKind.Item when t.Family is MarkerFamily.Bullet or MarkerFamily.Labelled:
                    accepted.Add(t);
                    lastTop = t;
                    break;
                case TokenKind.Item:
                    int n = t.Number ?? 0;
                    bool top = n == last + 1 || (afterSection && n == 1);
                    bool inner = nestedExpected > 0 && n == nestedExpected;
                    if (top && inner && !afterSection) top = TopLevelWins(text, stream, i, lastTop, nestedLatest);
                    if (top)
                    {
                        accepted.Add(t);
                        last = n; lastTop = t; afterSection = false; nestedExpected = 0;
                    }
                    else if (inner) { nestedExpected++; nestedLatest = t; }
                    else if (n == 1 && last >= 1) { nestedExpected = 2; nestedLatest = t; }
                    break;
            }
        }
        return new ResolvedStructure(accepted, family, toc);
    }

    private MarkerFamily? ChooseFamily(string text, List<StructuralToken> tokens)
    {
        int Chain(MarkerFamily f)
        {
            int count = 0, expected = 1;
            foreach (var t in tokens)
            {
                if (t.Kind != TokenKind.Item || t.Family != f) continue;
                if (t.Number == expected) { count++; expected++; }
                else if (t.Number == 1) { count++; expected = 2; }
            }
            return count;
        }
        foreach (var f in new[] { MarkerFamily.Ordinal, MarkerFamily.QuestionWord })
            if (Chain(f) >= 1) return f;
        if (tokens.Any(t => t.Kind == TokenKind.Item && t.Family == MarkerFamily.Labelled)) return MarkerFamily.Labelled;
        // Circled and parenthesised numbers mostly number sub-points inside answers: decimal numbering wins
        // when it forms a list of its own.
        var counts = new[] { MarkerFamily.Decimal, MarkerFamily.Parenthesized, MarkerFamily.Circled }
            .Select(f => (Family: f, Count: Chain(f))).ToList();
        var listed = counts.FirstOrDefault(c => c.Count >= 2);
        if (listed.Count >= 2) return listed.Family;
        var single = counts.FirstOrDefault(c => c.Count >= 1);
        if (single.Count >= 1) return single.Family;
        var bullets = tokens.Where(t => t.Kind == TokenKind.Item && t.Family == MarkerFamily.Bullet).ToList();
        if (bullets.Count > 0 && bullets.Count(b => likeness.IsQuestionLike(LineAfter(text, b.End))) * 2 >= bullets.Count)
            return MarkerFamily.Bullet;
        return null;
    }

    private static StructuralToken? NextItem(string text, List<StructuralToken> stream, int index, MarkerFamily? family)
    {
        for (int j = index + 1; j < stream.Count; j++)
        {
            var t = stream[j];
            if (t.Start < stream[index].End) continue;
            if (t.Kind == TokenKind.Item && t.Family == family)
                return string.IsNullOrWhiteSpace(text[stream[index].End..t.Start]) ? t : null;
            if (t.Kind != TokenKind.Item) return null;
        }
        return null;
    }

    private static bool StartsRestart(string text, List<StructuralToken> stream, int index, MarkerFamily? family)
    {
        for (int j = index + 1; j < stream.Count; j++)
        {
            var t = stream[j];
            if (t.Start < stream[index].End) continue;
            if (!string.IsNullOrWhiteSpace(text[stream[index].End..t.Start])) return false;
            if (t.Kind == TokenKind.Section && t.Number == 1) return true;
            if (t.Kind == TokenKind.Item && t.Family == family && t.Number == 1) return true;
            if (t.Kind == TokenKind.Item) continue;
            return false;
        }
        return false;
    }

    // A number that continues both the top-level list and a nested one. Asking decides first: a candidate
    // whose text asks something is a question; one that does not, in a list of questions that do, is a nested
    // point. Otherwise layout decides: the candidate is top-level when it looks like the top-level markers
    // (line start, indent, delimiter) where the nested list's latest marker looks different.
    private bool TopLevelWins(string text, List<StructuralToken> stream, int index, StructuralToken? top, StructuralToken? nested)
    {
        var t = stream[index];
        if (top is null || nested is null) return true;
        if (likeness.IsQuestionLike(Opening(text, stream, index))) return true;
        if (likeness.IsQuestionLike(Opening(text, stream, stream.IndexOf(top)))) return false;
        int score = 0;
        if (top.AtLineStart != nested.AtLineStart) score += t.AtLineStart == top.AtLineStart ? 1 : -1;
        if (top.Indent != nested.Indent) score += t.Indent == top.Indent ? 1 : -1;
        if (top.Delimiter != nested.Delimiter) score += t.Delimiter == top.Delimiter ? 1 : -1;
        return score > 0;
    }

    // The first two sentences after a marker, within its line and before the next candidate marker: enough
    // to tell whether it asks, without reading on into the next item of a flattened document.
    private static string Opening(string text, List<StructuralToken> stream, int index)
    {
        int from = stream[index].End;
        var line = LineAfter(text, from);
        var next = stream.Skip(index + 1).FirstOrDefault(s => s.Start >= from);
        if (next is not null && next.Start - from < line.Length) line = line[..(next.Start - from)];
        if (line.Length > 200) line = line[..200];
        var sentences = SentenceSplitter.Split(line);
        return sentences.Count == 0 ? "" : line[..sentences[Math.Min(1, sentences.Count - 1)].End];
    }

    private static string LineAfter(string text, int from)
    {
        int end = text.IndexOf('\n', from);
        return text[from..(end < 0 ? text.Length : end)];
    }
}
