using System.Buffers;
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
        // One pass into a buffer (whitespace dropped, forms narrowed), then one string out of the script folding.
        char[]? rented = null;
        Span<char> buffer = text.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        int n = 0;
        foreach (var c in text)
            if (!IsWhiteSpace(c)) buffer[n++] = Narrow(c);
        var folded = ChineseScript.Default.ToSimplifiedInPlace(buffer[..n]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return folded;
    }

    // CJK ideographs through the half-width forms hold no whitespace: most characters skip the Unicode lookup.
    private static bool IsWhiteSpace(char c) => c is < '\u3400' or >= '\uFF00' && char.IsWhiteSpace(c);

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
