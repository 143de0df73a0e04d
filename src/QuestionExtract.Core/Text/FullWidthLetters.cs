namespace QuestionExtract.Text;

/// <summary>
/// Full-width Latin letters (Ａ–Ｚ, ａ–ｚ), as Chinese exam papers type option letters and answers, read as ASCII.
/// One character for one, so positions in the folded text are positions in the original.
/// </summary>
public static class FullWidthLetters
{
    private const char UpperA = '\uFF21', UpperZ = '\uFF3A', LowerA = '\uFF41', LowerZ = '\uFF5A';

    public static bool Occur(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange(UpperA, UpperZ) >= 0 || text.IndexOfAnyInRange(LowerA, LowerZ) >= 0;

    /// <summary>The text with its full-width letters as ASCII ones; the same string when it has none.</summary>
    public static string Fold(string text)
    {
        if (!Occur(text)) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                char c = source[i];
                span[i] = c is >= UpperA and <= UpperZ ? (char)(c - UpperA + 'A') : c is >= LowerA and <= LowerZ ? (char)(c - LowerA + 'a') : c;
            }
        });
    }
}
