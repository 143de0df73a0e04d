namespace QuestionExtract.Segmenting.Decoding;

/// <summary>
/// Finds a list of topics whose nested items are the questions, as README banks write them
/// (<c>- **JavaScript**</c> with <c>  - 闭包是什么？</c> under it): a top-level item that only names its topic (short,
/// no sentence end, does not ask) and holds a nested list that mostly asks heads those items, as a heading would.
/// It takes two such items, so that one item naming a topic among questions that ask (<c>2. k-means clustering</c>
/// with things to ask under it) stays a question with parts.
/// </summary>
public sealed class TopicListDetector(QuestionLikeness likeness)
{
    // A topic's name is a heading's length, not a sentence's.
    private const int MaxNameLength = 30;
    private const int MinTopics = 2;
    private const int MinChildren = 2;

    /// <summary>The topic items found, each with the section heading that stands in for it.</summary>
    public IReadOnlyList<(StructuralToken Item, StructuralToken Heading)> Detect(DocumentText document, IReadOnlyList<StructuralToken> candidates)
    {
        var text = document.Text;
        var children = new Dictionary<int, (int Count, int Asking)>();
        foreach (var t in candidates)
        {
            if (t.Kind != TokenKind.Item || !t.AtLineStart || document.ListLevelAt(t.Start) < 2) continue;
            int parent = document.ParentListItemStart(t.Start);
            if (parent < 0) continue;
            var (count, asking) = children.GetValueOrDefault(parent);
            children[parent] = (count + 1, asking + (likeness.Asks(Rest(document, t)) ? 1 : 0));
        }
        var topics = new List<(StructuralToken, StructuralToken)>();
        if (children.Count < MinTopics) return topics;
        foreach (var t in candidates)
        {
            if (t.Kind != TokenKind.Item || !t.AtLineStart || document.ListLevelAt(t.Start) != 1) continue;
            if (!children.TryGetValue(document.LineStart(t.Start), out var under) || under.Count < MinChildren || under.Asking * 2 < under.Count) continue;
            var name = Name(Rest(document, t));
            if (name.Length is 0 or > MaxNameLength || SentenceSplitter.SentenceEnds.Contains(name[^1]) || likeness.Asks(name)) continue;
            int end = document.LineEnd(t.Start);
            topics.Add((t, new StructuralToken { Kind = TokenKind.Section, Start = t.Start, End = end, Label = "", HeadingText = name, AtLineStart = true }));
        }
        return topics.Count >= MinTopics ? topics : [];
    }

    private static string Rest(DocumentText document, StructuralToken item) =>
        document.Text[item.End..Math.Max(item.End, document.LineEnd(item.Start))].Trim();

    // The topic's words without the emphasis around them (**JavaScript**) or a colon after them.
    private static string Name(string rest) => rest.Trim('*', '_', ' ').TrimEnd(':', '：').Trim('*', '_', ' ');
}
