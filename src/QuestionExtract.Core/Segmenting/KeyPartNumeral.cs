using System.Text.RegularExpressions;

namespace QuestionExtract.Segmenting;

/// <summary>
/// An exam key's part numeral, printed before the part's first entry (<c>一、1. B  2. D</c> / <c>二、1. ×</c>):
/// structure of the key, where its numbering may start again, not text of an answer.
/// </summary>
public static partial class KeyPartNumeral
{
    /// <summary>The numeral as a pattern (一、 十二．), for the patterns of key text that may open with it.</summary>
    public const string Pattern = @"[一二三四五六七八九十]{1,3}[、.．]";

    [GeneratedRegex(@"^\s*" + Pattern + @"\s*$")]
    private static partial Regex AlonePattern();

    [GeneratedRegex(@"\n[ \t]*" + Pattern + @"[ \t]*$")]
    private static partial Regex ClosingPattern();

    /// <summary>The text is a part numeral and nothing else (spaces aside).</summary>
    public static bool IsAlone(ReadOnlySpan<char> text) => AlonePattern().IsMatch(text);

    /// <summary>The next part's numeral on the last line of an entry's text (…D\n二、), or an unsuccessful match.</summary>
    public static Match Closing(string body) => ClosingPattern().Match(body);
}
