using System.Text.RegularExpressions;

namespace QuestionExtract.Segmenting;

/// <summary>
/// A Q&amp;A site's question that asks for questions (产品经理面试一般会问哪些问题？, What are the most common nursing
/// interview questions?): as a page's first line it is the page's title, and the answers under it are the list it
/// asks for, not the answer to a question of the list. The site's name may follow it (… - 知乎).
/// </summary>
public static partial class CollectionQuestion
{
    public static bool IsMatch(ReadOnlySpan<char> line) => Pattern().IsMatch(line);

    [GeneratedRegex(@"(?:(?:哪些|什么样的|什么)[^？?。]{0,8}(?:问题|题目|面试题|题)[？?]|^(?i:what\s+(?:are|kind\s+of|type\s+of|sort\s+of)[^?]{0,60}questions[^?]{0,30}\?))(?:\s+[-|–—_]\s*[^\s?？]{1,20})?$")]
    private static partial Regex Pattern();
}
