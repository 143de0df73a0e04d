using System.Text.RegularExpressions;

namespace QuestionExtract.Text;

/// <summary>
/// The literal text every match of a start-anchored pattern begins with (<c>^本文档由.{1,30}</c> → <c>本文档由</c>),
/// so that a text not starting with it can be passed over without running the regex. Patterns read from data
/// files are interpreted in the native build, and trying each of them on every block cost more than the
/// rest of the site rules together. Conservative: any doubt gives no prefix.
/// </summary>
public static class RegexLiteralPrefix
{
    private const RegexOptions Unsupported = RegexOptions.IgnoreCase | RegexOptions.Multiline |
        RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft;

    /// <summary>The prefix, or null when the pattern is not anchored at the start, has an alternation anywhere,
    /// sets options, or starts with something other than a plain character.</summary>
    public static string? Of(Regex regex)
    {
        var pattern = regex.ToString();
        if ((regex.Options & Unsupported) != 0 || pattern.Length < 2 || pattern[0] != '^' || pattern.Contains('|')) return null;
        int end = 1;
        while (end < pattern.Length && !IsSpecial(pattern[end])) end++;
        // A quantifier binds to the character before it, which may then be absent or repeated.
        if (end < pattern.Length && pattern[end] is '*' or '?' or '{' or '+') end--;
        return end > 1 ? pattern[1..end] : null;
    }

    private static bool IsSpecial(char c) => c is '\\' or '.' or '(' or ')' or '[' or ']' or '{' or '}' or '*' or '+' or '?' or '|' or '^' or '$' or '#' || char.IsWhiteSpace(c);
}
