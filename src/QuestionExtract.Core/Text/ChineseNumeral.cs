namespace QuestionExtract.Text;

/// <summary>
/// Reads the numbers documents use in markers: 一…九十九, 〇/零, 两, Arabic digits (also full-width, １２, which
/// typeset Chinese documents use for numbering), Roman numerals (also Ⅰ–Ⅻ), English number words (one … ten).
/// </summary>
public static class ChineseNumeral
{
    private const string Digits = "零一二三四五六七八九";

    // Part One … Part Ten, as English papers name their parts.
    private static readonly string[] EnglishNumbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    public static int? Parse(string text)
    {
        text = text.Trim();
        if (text.Length == 0) return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var arabic)) return arabic;
        if (text.Length <= 9 && text.All(char.IsDigit)) return text.Aggregate(0, (value, c) => value * 10 + (int)char.GetNumericValue(c));
        var word = Array.IndexOf(EnglishNumbers, text.ToLowerInvariant());
        if (word >= 0) return word + 1;
        // Ⅰ–Ⅻ: one character each, as Chinese papers print part numbers (Ⅰ.听力).
        if (text.Length == 1 && text[0] is >= 'Ⅰ' and <= 'Ⅻ') return text[0] - 'Ⅰ' + 1;
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

    /// <summary>Writes a number in Chinese counting: 1 一, 10 十, 11 十一, 20 二十, 105 一百零五.</summary>
    public static string Format(int value)
    {
        if (value <= 0) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (value >= 10000) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sb = new System.Text.StringBuilder();
        int[] units = [1000, 100, 10, 1];
        string[] names = ["千", "百", "十", ""];
        bool zero = false;
        for (int i = 0; i < units.Length; i++)
        {
            int d = value / units[i] % 10;
            if (d == 0) { zero = sb.Length > 0; continue; }
            if (zero) { sb.Append('零'); zero = false; }
            // 十一 rather than 一十一 when the number starts with the tens.
            if (!(d == 1 && units[i] == 10 && sb.Length == 0)) sb.Append(Digits[d]);
            sb.Append(names[i]);
        }
        return sb.ToString();
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
