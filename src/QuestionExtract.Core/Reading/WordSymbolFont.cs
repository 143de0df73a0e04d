namespace QuestionExtract.Reading;

/// <summary>
/// The Unicode characters of the symbol-font glyphs Word inserts with w:sym (Insert ▸ Symbol): a ticked box in
/// Wingdings is character F0FE of that font, which means nothing outside it. Only the glyphs that carry meaning in
/// a question paper are mapped (boxes, ticks, crosses, bullets); others read as nothing, as before.
/// </summary>
public static class WordSymbolFont
{
    // Keyed by font and the glyph's code in the font's private area (Word writes F0xx for a symbol font's xx).
    private static readonly Dictionary<(string Font, int Code), char> Glyphs = new()
    {
        [("Wingdings", 0x6F)] = '☐', [("Wingdings", 0x71)] = '☐', [("Wingdings", 0xA8)] = '☐',
        [("Wingdings", 0xFE)] = '☑', [("Wingdings", 0xFD)] = '☒', [("Wingdings", 0x78)] = '☒',
        [("Wingdings", 0xFC)] = '✓', [("Wingdings", 0xFB)] = '✗',
        [("Wingdings", 0x6C)] = '●', [("Wingdings", 0xA1)] = '○', [("Wingdings", 0x6E)] = '■', [("Wingdings", 0xA7)] = '▪',
        [("Wingdings 2", 0xA3)] = '☐', [("Wingdings 2", 0x30)] = '☐', [("Wingdings 2", 0x52)] = '☑', [("Wingdings 2", 0x54)] = '☒',
        [("Wingdings 2", 0x53)] = '☒', [("Wingdings 2", 0x50)] = '✓', [("Wingdings 2", 0x4F)] = '✗', [("Wingdings 2", 0xCF)] = '✗',
        [("Symbol", 0xD6)] = '√', [("Symbol", 0xB4)] = '×', [("Symbol", 0xB7)] = '•',
    };

    /// <summary>The character a w:sym glyph shows, or null when it is not one we read.</summary>
    public static char? Character(string? font, string? hexCode)
    {
        if (font is null || hexCode is null || !int.TryParse(hexCode, System.Globalization.NumberStyles.HexNumber, null, out int code)) return null;
        // F0xx and xx name the same glyph.
        if (code is >= 0xF000 and <= 0xF0FF) code -= 0xF000;
        return Glyphs.TryGetValue((font.Trim(), code), out char c) ? c : null;
    }
}
