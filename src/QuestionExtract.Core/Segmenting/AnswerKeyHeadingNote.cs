using System.Text.RegularExpressions;

namespace QuestionExtract.Segmenting;

/// <summary>
/// A note in brackets that a key's heading carries on its own line or after its word (管理学原理试题答案及评分参考 ⏎
/// （课程代码 00054）, ANSWER KEY (for markers only)): it says what the key is, so it is the heading's, not text
/// between the heading and its first entry.
/// </summary>
public static partial class AnswerKeyHeadingNote
{
    [GeneratedRegex(@"^[ \t\u3000]*[(（][^()（）\n]{1,40}[)）][ \t\u3000]*$", RegexOptions.Multiline)]
    private static partial Regex NoteLine();

    /// <summary>The text between a key's heading and its first entry without the heading's bracketed notes.</summary>
    public static string Without(string gap) => NoteLine().Replace(gap, "");
}
