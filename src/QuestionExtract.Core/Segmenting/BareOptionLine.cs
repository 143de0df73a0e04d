namespace QuestionExtract.Segmenting;

/// <summary>
/// A line that opens with an option's bare letter and a space (A ls -l ⏎ B ls -a), as question-bank pages copied as
/// text print their options. The letter alone says little (A is also an article); callers ask for the next letter
/// on the neighbouring lines.
/// </summary>
internal static class BareOptionLine
{
    /// <summary>Where the option's text starts when the line from <paramref name="lineStart"/> opens (after its
    /// indent) with <paramref name="letter"/>, blanks and text; else -1.</summary>
    public static int TextStart(ReadOnlySpan<char> text, int lineStart, char letter)
    {
        int at = lineStart;
        while (at < text.Length && text[at] is ' ' or '\t') at++;
        if (at + 2 >= text.Length || text[at] != letter || text[at + 1] is not (' ' or '\t')) return -1;
        int textStart = at + 1;
        while (textStart < text.Length && text[textStart] is ' ' or '\t') textStart++;
        return textStart < text.Length && text[textStart] != '\n' ? textStart : -1;
    }
}
