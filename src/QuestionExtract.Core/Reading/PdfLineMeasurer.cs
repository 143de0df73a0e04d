using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace QuestionExtract.Reading;

/// <summary>
/// Maps a page's letters onto the lines ContentOrderTextExtractor made of them, so the reader keeps the extractor's
/// text exactly and only learns each line's type size. The extractor emits the letters in content order and only
/// adds, drops or swaps whitespace, so non-whitespace letters are matched one by one against the text.
/// </summary>
internal static class PdfLineMeasurer
{
    // Font-name fragments of the monospace faces code is set in (PdfPig does not expose the fixed-pitch flag).
    private static readonly string[] MonospaceNames =
        ["mono", "courier", "consolas", "menlo", "monaco", "inconsolata", "code", "lucidaconsole", "lucida console", "fixed", "hack-"];

    /// <summary>
    /// One style per line of <paramref name="lines"/> (the page text split on '\n'), and the page's non-code letter
    /// sizes added to <paramref name="bodySizes"/> and code letter sizes to <paramref name="codeSizes"/> (size → letter count).
    /// Null when the letters do not line up with the text: the page then simply has no size information.
    /// </summary>
    public static PdfLineStyle[]? Measure(Page page, string text, int lineCount, Dictionary<double, int> bodySizes, Dictionary<double, int> codeSizes)
    {
        var perLine = new List<(double Size, bool Mono)>[lineCount];
        int cursor = 0, line = 0;
        foreach (var letter in page.Letters)
        {
            var value = letter.Value;
            if (string.IsNullOrWhiteSpace(value)) continue;
            while (cursor < text.Length && char.IsWhiteSpace(text[cursor]))
            {
                if (text[cursor] == '\n') line++;
                cursor++;
            }
            if (line >= lineCount || string.CompareOrdinal(text, cursor, value, 0, value.Length) != 0) return null;
            cursor += value.Length;
            if (IsMeasurable(letter))
                (perLine[line] ??= []).Add((Math.Round(letter.PointSize, 1), IsMonospace(letter.FontName)));
            line += value.Count(c => c == '\n');
        }

        var styles = new PdfLineStyle[lineCount];
        for (int i = 0; i < lineCount; i++)
        {
            if (perLine[i] is not { } letters) continue;
            foreach (var (size, mono) in letters)
            {
                var histogram = mono ? codeSizes : bodySizes;
                histogram[size] = histogram.GetValueOrDefault(size) + 1;
            }
            letters.Sort((a, b) => a.Size.CompareTo(b.Size));
            int monospace = letters.Count(l => l.Mono);
            styles[i] = new PdfLineStyle(letters[letters.Count / 2].Size, monospace * 2 > letters.Count);
        }
        return styles;
    }

    // Invisible text (an OCR layer) and rotated text (watermarks, margin notes) say nothing about the page's headings.
    private static bool IsMeasurable(Letter letter) =>
        letter.PointSize > 0
        && letter.TextOrientation == TextOrientation.Horizontal
        && letter.RenderingMode is not (TextRenderingMode.Neither or TextRenderingMode.NeitherClip);

    private static bool IsMonospace(string? fontName)
    {
        if (string.IsNullOrEmpty(fontName)) return false;
        foreach (var name in MonospaceNames)
            if (fontName.Contains(name, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
