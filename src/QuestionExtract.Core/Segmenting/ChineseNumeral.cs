namespace QuestionExtract.Segmenting;

/// <summary>Reads the numbers documents use in markers: 一…九十九, 〇/零, 两, Arabic digits, Roman numerals.</summary>
public static class ChineseNumeral
{
    private const string Digits = "零一二三四五六七八九";

    public static int? Parse(string text)
    {
        text = text.Trim();
        if (text.Length == 0) return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var arabic)) return arabic;
        var roman = ParseRoman(text);
        if (roman is not null) return roman;
        int total = 0, current = 0;
        foreach (var c in text.Replace('〇', '零').Replace('两', '二').Replace('兩', '二'))
        {
            var d = Digits.IndexOf(c);
            if (d >= 0) { current = d; continue; }
            if (c == '十') { total += (current == 0 ? 1 : current) * 10; current = 0; continue; }
            if (c == '百') { total += (current == 0 ? 1 : current) * 100; current = 0; continue; }
            return null;
        }
        var value = total + current;
        return value > 0 ? value : null;
    }

    private static int? ParseRoman(string text)
    {
        int total = 0, previous = 0;
        for (int i = text.Length - 1; i >= 0; i--)
        {
            int v = char.ToUpperInvariant(text[i]) switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 0 };
            if (v == 0) return null;
            total += v < previous ? -v : v;
            previous = Math.Max(previous, v);
        }
        return total > 0 ? total : null;
    }
}
