using System.Text;

namespace QuestionExtract.Text;

/// <summary>
/// The form text is compared in: full-width forms to half-width, traditional folded to simplified,
/// whitespace removed. Rules and label words are written once, in simplified, and match both scripts.
/// </summary>
public static class FoldedText
{
    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) sb.Append(Narrow(c));
        return ChineseScript.Default.ToSimplified(sb.ToString());
    }

    /// <summary>
    /// The identity of a text: folded, only letters and digits, lower-cased. The same question typed with other
    /// width, script, spacing or punctuation has the same key (question ids, duplicate detection).
    /// </summary>
    public static string Key(string text)
    {
        var folded = Of(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded) if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    /// <summary>NFKC and simplified, but with spaces kept (for patterns over English words).</summary>
    public static string KeepingSpaces(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(Narrow(c));
        return ChineseScript.Default.ToSimplified(sb.ToString());
    }

    // Full-width ASCII forms to ASCII and the ideographic space to a space: the part of NFKC that matters
    // here, done by hand because the build runs with invariant globalization (no ICU normalization).
    private static char Narrow(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };
}
