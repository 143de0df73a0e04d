namespace QuestionExtract.Segmenting.Candidates;

/// <summary>
/// Finds the heading level a document uses for its questions: banks kept as notes (Markdown, Word, PDFs
/// printed from them) give every question a heading of one level, and many of those headings are topics that
/// do not ask (<c>JS异步原理</c>, <c>把一个数组旋转k步</c>) although their siblings do. A level counts when at
/// least <see cref="MinAsking"/> of its headings ask and they are at least half of them; headings of that
/// level are then question candidates whether or not they ask. Where most headings of the level carry a
/// number (<c>1.说说你对语义化的理解？</c>), the numbers mark the questions and an unnumbered heading among them
/// is a topic inside an answer: no level is returned. Paragraphs wholly in bold count as a level of their own.
/// </summary>
public sealed class QuestionHeadingLevel(QuestionLikeness likeness)
{
    private const int MinAsking = 3;
    private const double MinShare = 0.5;
    private const int MaxHeadingLength = 160;

    /// <summary>The question level, or null when no level of known depth is mostly asking, unnumbered headings.</summary>
    /// <param name="numbered">Whether the line starting at an offset opens with a numbered candidate.</param>
    public int? Find(DocumentText document, Func<int, bool> numbered)
    {
        var counts = new Dictionary<int, (int All, int Asking, int Numbered)>();
        foreach (var (start, end, level) in document.HeadingsAndBoldParagraphs())
        {
            if (level <= 0) continue;
            var line = document.Text[start..end].Trim();
            if (line.Length == 0 || line.Length > MaxHeadingLength) continue;
            var (all, asking, withNumber) = counts.GetValueOrDefault(level);
            counts[level] = (all + 1, asking + (likeness.IsQuestionLike(line) ? 1 : 0), withNumber + (numbered(document.LineStart(start)) ? 1 : 0));
        }
        int? best = null;
        int bestAsking = 0;
        foreach (var (level, (all, asking, withNumber)) in counts)
            if (asking >= MinAsking && asking >= all * MinShare && withNumber < all * MinShare && asking > bestAsking) (best, bestAsking) = (level, asking);
        return best;
    }
}
