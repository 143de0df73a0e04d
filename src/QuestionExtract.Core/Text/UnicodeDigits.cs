using System.Buffers;

namespace QuestionExtract.Text;

/// <summary>
/// Whether a text holds decimal digits other than 0–9 (Arabic-Indic, Devanagari, fullwidth ０–９…): the
/// characters a regex's \d matches besides ASCII. Where there are none, a pattern may use [0-9] instead.
/// </summary>
public static class UnicodeDigits
{
    // Every such character of the Basic Multilingual Plane (360 of them), searched as a bitmap: several times
    // faster than testing each character's category. A regex sees UTF-16 code units, so digits beyond the
    // BMP never match \d.
    private static readonly SearchValues<char> BeyondAscii = SearchValues.Create(
        Enumerable.Range(0x80, 0x10000 - 0x80).Select(c => (char)c).Where(char.IsDigit).ToArray());

    public static bool AnyBeyondAscii(ReadOnlySpan<char> text) => text.IndexOfAny(BeyondAscii) >= 0;
}
