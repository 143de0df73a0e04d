namespace QuestionExtract.Segmenting;

/// <summary>
/// A problem's title after its decimal number (<c>3. 爬楼梯</c>, <c>1. Two Sum</c>; a part's <c>一、</c> names a part): a few words, no sentence, no clause, no
/// label. Its statement, and the question it ends with, stand on the lines under it.
/// </summary>
public static class ProblemTitle
{
    private const int MaxLength = 16;

    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create("。？！?!；;，,：:");

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Length is > 0 and <= MaxLength && text.IndexOfAny(SentencePunctuation) < 0;
    }
}
