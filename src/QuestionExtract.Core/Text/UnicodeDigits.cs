namespace QuestionExtract.Text;

/// <summary>
/// Whether a text holds decimal digits other than 0–9 (Arabic-Indic, Devanagari, fullwidth ０–９…): the
/// characters a regex's \d matches besides ASCII. Where there are none, a pattern may use [0-9] instead.
/// </summary>
public static class UnicodeDigits
{
    // The non-ASCII decimal digits of the Basic Multilingual Plane lie between U+0660 and U+1FFF or from
    // U+A620 on (Unicode's Nd category); CJK and most other text falls in the gap, so most characters are
    // passed over with a range test. A regex sees UTF-16 code units, so digits beyond the BMP never match \d.
    private const char FirstBeyondAscii = '\u0660';
    private const char GapStart = '\u2000';
    private const char GapEnd = '\uA61F';

    public static bool AnyBeyondAscii(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c < FirstBeyondAscii || (c >= GapStart && c <= GapEnd)) continue;
            if (char.IsDigit(c)) return true;
        }
        return false;
    }
}
