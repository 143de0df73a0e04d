namespace QuestionExtract.Segmenting.Decoding;

/// <summary>
/// Finds the numbers printed in an answer key's table (<c>Question | Answer | Marks</c> ⏎ <c>01.1 | Hydrogen | 1</c>,
/// <c>题号 | 答案</c> ⏎ <c>1. | B</c>): a row's number cell names the question it answers, it numbers no question of
/// its own. The key reader takes the table whole.
/// </summary>
public sealed class KeyTableDetector(AnswerKeyGrid grid)
{
    public IReadOnlySet<StructuralToken> Detect(DocumentText document, IReadOnlyList<StructuralToken> candidates)
    {
        var text = document.Text;
        // Numbers inside a key table stand in rows whose cells bars or tabs set apart; most documents have neither.
        if (text.AsSpan().IndexOfAny('|', '\t', '｜') < 0) return new HashSet<StructuralToken>();
        var spans = grid.Spans(text);
        var inside = new HashSet<StructuralToken>();
        if (spans.Count == 0) return inside;
        int s = 0;
        foreach (var t in candidates)
        {
            if (t.Kind != TokenKind.Item) continue;
            while (s < spans.Count && spans[s].End <= t.Start) s++;
            if (s == spans.Count) break;
            if (t.Start >= spans[s].Start) inside.Add(t);
        }
        return inside;
    }
}
