namespace QuestionExtract.Segmenting;

/// <summary>
/// Splits an item with no answer label: the question runs to its last asking sentence (interrogative or
/// imperative), the answer starts with the first declarative sentence after it. When nothing asks, the
/// first line is the question and the following lines the answer.
/// </summary>
public sealed class UnlabeledAnswerSplitter(QuestionLikeness likeness)
{
    // How many leading declarative sentences may set the scene before the question proper.
    private const int MaxContextSentences = 6;

    public (string Question, string? Answer) Split(string body)
    {
        body = body.Trim();
        int firstLineEnd = body.IndexOf('\n');
        if (firstLineEnd < 0) firstLineEnd = body.Length;
        var sentences = SentenceSplitter.Split(body);

        int asking = -1;
        for (int i = 0; i < sentences.Count && i <= MaxContextSentences; i++)
        {
            if (sentences[i].Start >= firstLineEnd) break;
            if (likeness.Asks(sentences[i].Of(body))) { asking = i; break; }
        }
        if (asking < 0)
        {
            // Nothing asks: a title-like question line, with the answer on the lines after it.
            return (body[..firstLineEnd].Trim(), NullIfEmpty(body[firstLineEnd..]));
        }
        // The question runs on through the asking sentences of its line; an asking line after it is the answer's
        // own sub-heading (为什么不是两次呢?), not more question.
        int lineEnd = body.IndexOf('\n', sentences[asking].Start);
        if (lineEnd < 0) lineEnd = body.Length;
        int last = asking;
        while (last + 1 < sentences.Count && sentences[last + 1].Start < lineEnd && likeness.Asks(sentences[last + 1].Of(body))) last++;
        int split = sentences[last].End;
        return (body[..split].Trim(), NullIfEmpty(body[split..]));
    }

    private static string? NullIfEmpty(string s)
    {
        s = s.Trim();
        return s.Length == 0 ? null : s;
    }
}
