namespace QuestionExtract.Segmenting;

/// <summary>
/// Hard-wrapped text (PDF, fixed-width pages) breaks a sentence where the printed line was full. A line that
/// goes on with a small letter, under a line that stops without ending its sentence and was long enough to
/// have been full, continues that line: together they are one logical line. (A short line above is a
/// heading or a title of its own, however it ends; a line above that ends in a Chinese character is no
/// English sentence to go on.)
/// </summary>
public static class WrappedLines
{
    // Display width (a CJK character counts two) below which a line was not full, so it did not wrap.
    private const int MinWrappedWidth = 40;

    /// <summary>The line starting at <paramref name="lineStart"/> goes on from the line above it.</summary>
    public static bool ContinuesAbove(string text, int lineStart)
    {
        if (lineStart <= 0 || lineStart >= text.Length) return false;
        int first = lineStart;
        while (first < text.Length && text[first] is ' ' or '\t') first++;
        if (first >= text.Length || !char.IsAsciiLetterLower(text[first])) return false;
        var above = text.AsSpan(0, lineStart - 1);
        var line = above[(above.LastIndexOf('\n') + 1)..].TrimEnd();
        // The small letter says "same sentence" only after Latin text: under a Chinese line it opens code or a
        // term (play()开始…), the start of what answers the line.
        return line.Length > 0 && !SentenceSplitter.SentenceEnds.Contains(line[^1]) && line[^1] is not (':' or '：') && line[^1] < 0x1100 && Width(line) >= MinWrappedWidth;
    }

    private static int Width(ReadOnlySpan<char> line)
    {
        int width = 0;
        foreach (var c in line) width += c >= 0x1100 ? 2 : 1;
        return width;
    }

    /// <summary>Offset of the line break (or text end) after the logical line that the line at <paramref name="lineEnd"/> ends.</summary>
    public static int LogicalLineEnd(string text, int lineEnd)
    {
        while (lineEnd < text.Length && ContinuesAbove(text, lineEnd + 1))
        {
            int next = text.IndexOf('\n', lineEnd + 1);
            lineEnd = next < 0 ? text.Length : next;
        }
        return lineEnd;
    }

    /// <summary>Offset of the start of the logical line that the line at <paramref name="lineStart"/> belongs to.</summary>
    public static int LogicalLineStart(string text, int lineStart)
    {
        while (ContinuesAbove(text, lineStart)) lineStart = text.LastIndexOf('\n', lineStart - 2) + 1;
        return lineStart;
    }
}
