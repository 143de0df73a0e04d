namespace QuestionExtract.Text;

/// <summary>
/// How wide text prints in columns: a Chinese, Japanese or Korean character (and any other from U+1100 up) takes
/// two, a Latin letter, digit or space one. Lengths compared across scripts (a title, a part's name, a wrapped line)
/// are compared so, not by characters.
/// </summary>
public static class PrintedWidth
{
    public static int Of(ReadOnlySpan<char> text)
    {
        int width = 0;
        foreach (var c in text) width += c >= 0x1100 ? 2 : 1;
        return width;
    }
}
