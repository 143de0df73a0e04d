using System.Text;

namespace QuestionExtract.Reading;

/// <summary>
/// Decodes text files: a BOM decides; else strict UTF-8; else strict GB18030 (covers GBK/GB2312) or Big5; else
/// windows-1252 only on the evidence of its byte shape; never latin-1 as a fallback, which "succeeds" on any bytes
/// and hides the damage. Invalid bytes are reported by offset.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool IsKnownEncoding(string name)
    {
        try { Encoding.GetEncoding(name); return true; }
        catch (ArgumentException) { return false; }
    }

    /// <summary>
    /// Decodes in the charset a document declares (a meta tag, a MIME header), or null when .NET does not know it.
    /// GBK and GB2312 are read as GB18030, their superset: pages labelled gb2312 hold GBK characters.
    /// </summary>
    public static DecodedText? DecodeDeclared(byte[] bytes, string charset)
    {
        if (!IsKnownEncoding(charset)) return null;
        return Decode(bytes, charset.ToLowerInvariant() is "gbk" or "gb2312" ? "gb18030" : charset);
    }

    public static DecodedText Decode(byte[] bytes, string? forcedEncoding = null)
    {
        if (forcedEncoding is not null)
        {
            var forced = Encoding.GetEncoding(forcedEncoding);
            return new DecodedText(forced.GetString(bytes), forced.WebName, FirstInvalid(forced, bytes));
        }
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Strict(new UTF8Encoding(false, true), bytes, 3, "utf-8-bom") ?? Lossy(Encoding.UTF8, bytes, 3, "utf-8-bom");
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Lossy(Encoding.Unicode, bytes, 2, "utf-16le");
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Lossy(Encoding.BigEndianUnicode, bytes, 2, "utf-16be");

        if (LooksLikeUtf16(bytes, out bool bigEndian))
        {
            // Line feeds in 16-bit units are the hint; text that reads as ordinary characters is the proof.
            var utf16 = Strict(new UnicodeEncoding(bigEndian, false, true), bytes, 0, bigEndian ? "utf-16be" : "utf-16le");
            if (utf16 is not null && CommonShare(utf16.Text) >= 0.9) return utf16;
        }
        if (Strict(new UTF8Encoding(false, true), bytes, 0, "utf-8") is { } utf8) return utf8;
        var gb = Strict(Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), bytes, 0, "gb18030");
        // A four-byte GB18030 sequence (81 30 84 38 is ©) is no broken UTF-8: an English page with one © in it.
        if (gb is not null && HasFourByteGb18030(bytes)) return gb;
        var big5 = Strict(Encoding.GetEncoding(950, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), bytes, 0, "big5");
        // UTF-8 with a few broken bytes is still UTF-8: decoding it as GB18030 would garble everything. But an
        // English page with one dash in GBK or Big5 has no UTF-8 character at all, only bytes a legacy code reads.
        bool utf8Sequence = HasUtf8Sequence(bytes);
        if (gb is null && big5 is null && !utf8Sequence && LooksLikeWindows1252(bytes))
            return new DecodedText(Encoding.GetEncoding(1252).GetString(bytes), "windows-1252", -1);
        var lossy = Encoding.UTF8.GetString(bytes);
        bool someUtf8 = utf8Sequence || (gb is null && big5 is null);
        if (someUtf8 && lossy.Count(c => c == '\uFFFD') * 100 < Math.Max(lossy.Length, 1)) return Lossy(Encoding.UTF8, bytes, 0, "utf-8");
        if (gb is not null && big5 is not null)
            return CommonShare(big5.Text) > CommonShare(gb.Text) ? big5 : gb;
        return gb ?? big5 ?? Lossy(Encoding.UTF8, bytes, 0, "utf-8");
    }

    // A Western page saved by Word or Notepad in windows-1252 (curly quotes 93 94, dashes 96 97, é E9): text that
    // is mostly ASCII, its other bytes mostly standing alone between ASCII ones and all defined in that code
    // page. A Chinese legacy code writes its characters as pairs of high bytes, which Chinese text cannot avoid.
    private static bool LooksLikeWindows1252(ReadOnlySpan<byte> bytes)
    {
        int high = 0, alone = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x80) continue;
            if (bytes[i] is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D) return false;
            high++;
            if ((i == 0 || bytes[i - 1] < 0x80) && (i + 1 == bytes.Length || bytes[i + 1] < 0x80)) alone++;
        }
        return high > 0 && alone * 3 >= high * 2 && high * 100 <= bytes.Length * 15;
    }

    // A well-formed UTF-8 sequence of two to four bytes somewhere in the bytes: a character UTF-8 wrote.
    private static bool HasUtf8Sequence(ReadOnlySpan<byte> bytes)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            int length = bytes[i] switch { >= 0xC2 and <= 0xDF => 2, >= 0xE0 and <= 0xEF => 3, >= 0xF0 and <= 0xF4 => 4, _ => 0 };
            if (length == 0 || i + length > bytes.Length) continue;
            bool well = true;
            for (int k = 1; k < length && well; k++) well = bytes[i + k] is >= 0x80 and <= 0xBF;
            if (well) return true;
        }
        return false;
    }

    // GB18030's four-byte form: a lead byte, a digit, a lead byte, a digit. UTF-8 never follows a lead byte with
    // a digit, and a double-byte GBK character never has a digit second, so the shape names GB18030.
    private static bool HasFourByteGb18030(ReadOnlySpan<byte> bytes)
    {
        for (int i = 0; i + 3 < bytes.Length; i++)
        {
            if (bytes[i] < 0x80) continue;
            if (bytes[i] is >= 0x81 and <= 0xFE && bytes[i + 1] is >= 0x30 and <= 0x39 && bytes[i + 2] is >= 0x81 and <= 0xFE && bytes[i + 3] is >= 0x30 and <= 0x39) return true;
            i++; // the second byte of a double-byte character
        }
        return false;
    }

    /// <summary>
    /// UTF-16 without a byte order mark: an even length and line feeds that sit in 16-bit units
    /// (0A 00 little-endian, 00 0A big-endian), which no 8-bit encoding of text produces.
    /// </summary>
    public static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return false;
        int little = 0, big = 0;
        for (int i = 0; i + 1 < bytes.Length; i += 2)
        {
            if (bytes[i] == 0x0A && bytes[i + 1] == 0) little++;
            else if (bytes[i] == 0 && bytes[i + 1] == 0x0A) big++;
        }
        bigEndian = big > little;
        return little + big > 0 && (little == 0 || big == 0);
    }

    // Share of characters that are CJK ideographs in the common range or ASCII: wrong decodings produce rare ones.
    private static double CommonShare(string text)
    {
        if (text.Length == 0) return 0;
        int common = text.Count(c => (c < 0x80 && (c >= ' ' || c is '\n' or '\r' or '\t')) || c is >= '\u4E00' and <= '\u9FA5' || c is >= '\u3000' and <= '\u303F' || c is >= '\uFF00' and <= '\uFFEF' || c is >= '\u2010' and <= '\u2027');
        return (double)common / text.Length;
    }

    private static DecodedText? Strict(Encoding encoding, byte[] bytes, int offset, string name)
    {
        try
        {
            return new DecodedText(encoding.GetString(bytes, offset, bytes.Length - offset), name, -1);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static DecodedText Lossy(Encoding encoding, byte[] bytes, int offset, string name) =>
        new(encoding.GetString(bytes, offset, bytes.Length - offset), name, FirstInvalid(encoding, bytes, offset));

    private static int FirstInvalid(Encoding encoding, byte[] bytes, int offset = 0)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            strict.GetString(bytes, offset, bytes.Length - offset);
            return -1;
        }
        catch (DecoderFallbackException ex)
        {
            return offset + Math.Max(0, ex.Index);
        }
    }
}
