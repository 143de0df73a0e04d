namespace QuestionExtract.Segmenting.Candidates;

/// <summary>
/// Unnumbered items that open with their type's tag (<c>【判断题】国家尊重和保障人权。</c>, <c>[单选题]下列…</c>): a
/// survey or quiz export prints no numbers, and the tag is what says an item starts. A statement to judge asks
/// nothing, so no asking line finds it; the tag does. The tag stays the item's text, where the type is read from it.
/// Lines that already start with another candidate (a number before the tag) are left to it.
/// </summary>
public sealed class TypeTagLineSource(LabelLexicon lexicon) : ICandidateSource
{
    IEnumerable<StructuralToken> ICandidateSource.Find(DocumentText document, IReadOnlyList<StructuralToken> found) => Find(document, found);

    public List<StructuralToken> Find(DocumentText document, IReadOnlyList<StructuralToken> existing)
    {
        var text = document.Text;
        var result = new List<StructuralToken>();
        var taken = existing.Where(t => t.Kind == TokenKind.Item && t.AtLineStart).Select(t => document.LineStart(t.Start)).ToHashSet();
        foreach (System.Text.RegularExpressions.Match m in lexicon.TypeTags.Matches(text))
        {
            int line = document.LineStart(m.Index);
            if (taken.Contains(line) || !text.AsSpan(line, m.Index - line).IsWhiteSpace()) continue;
            // The stem follows the tag on its line; a tag alone on its line heads a part (【单选题】 ⏎ 1．…).
            int end = document.LineEnd(m.Index);
            if (text.AsSpan(m.Index + m.Length, end - m.Index - m.Length).IsWhiteSpace()) continue;
            // A number alone on the line above (1 ⏎ 【单选题】…) is the item's marker.
            if (taken.Contains(PreviousLineStart(document, line))) continue;
            result.Add(new StructuralToken { Kind = TokenKind.Item, Family = MarkerFamily.Asking, Start = m.Index, End = m.Index, Label = "", AtLineStart = true });
            taken.Add(line);
        }
        return result;
    }

    private static int PreviousLineStart(DocumentText document, int lineStart) => lineStart == 0 ? -1 : document.LineStart(lineStart - 1);
}
