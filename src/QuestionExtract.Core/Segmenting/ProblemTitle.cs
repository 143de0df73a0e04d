using System.Text.RegularExpressions;

namespace QuestionExtract.Segmenting;

/// <summary>
/// A problem's title after its decimal number (<c>3. 爬楼梯</c>, <c>1. Two Sum</c>; a part's <c>一、</c> names a part): a few words, no sentence, no clause, no
/// label. Its statement, and the question it ends with, stand on the lines under it.
/// </summary>
public static partial class ProblemTitle
{
    private const int MaxLength = 16;

    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create("。？！?!；;，,：:");

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Length is > 0 and <= MaxLength && text.IndexOfAny(SentencePunctuation) < 0;
    }

    /// <summary>
    /// A title that only counts the question (<c>1. 第一问</c>, <c>2. 问题二</c>, <c>3. Question 3</c>), as an interview
    /// write-up heads each exchange: it names no problem, and the labelled question under it (面试官：…) is the question.
    /// </summary>
    public static bool CountsOnly(ReadOnlySpan<char> text) => CountingTitle().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:第[一二三四五六七八九十百零两0-9]{1,4}[问問题題轮輪]|(?:问题|問題|题目|題目|(?i:question)|Q)[ \t]*[一二三四五六七八九十0-9]{1,3})$")]
    private static partial Regex CountingTitle();
}
