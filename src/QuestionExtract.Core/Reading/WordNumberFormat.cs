using System.Globalization;
using System.Text;
using QuestionExtract.Text;

namespace QuestionExtract.Reading;

/// <summary>Renders a list counter in one of Word's number formats (numFmt values).</summary>
public static class WordNumberFormat
{
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";
    private const string LegalDigits = "零壹贰叁肆伍陆柒捌玖";

    public static string Render(string format, int value) => format switch
    {
        "decimal" => value.ToString(CultureInfo.InvariantCulture),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "upperLetter" => Letters(value).ToUpperInvariant(),
        "lowerLetter" => Letters(value),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "chineseCounting" or "chineseCountingThousand" or "japaneseCounting" or "taiwaneseCounting" or "koreanCounting" => ChineseNumeral.Format(value),
        "ideographDigital" or "taiwaneseDigital" => string.Concat(value.ToString(CultureInfo.InvariantCulture).Select(c => "〇一二三四五六七八九"[c - '0'])),
        "ideographTraditional" => value is >= 1 and <= 10 ? HeavenlyStems[value - 1].ToString() : value.ToString(CultureInfo.InvariantCulture),
        "chineseLegalSimplified" => Legal(value),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => value is >= 1 and <= 20 ? ((char)('①' + value - 1)).ToString() : value.ToString(CultureInfo.InvariantCulture),
        "decimalEnclosedParen" => $"({value})",
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(value.ToString(CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０'))),
        "none" => "",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Letters(int value)
    {
        // Word repeats the letter: a … z, aa … zz.
        if (value <= 0) return "";
        char c = (char)('a' + (value - 1) % 26);
        return new string(c, (value - 1) / 26 + 1);
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000) return value.ToString(CultureInfo.InvariantCulture);
        (int, string)[] table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var sb = new StringBuilder();
        foreach (var (n, s) in table) while (value >= n) { sb.Append(s); value -= n; }
        return sb.ToString();
    }

    private static string Legal(int value)
    {
        var plain = ChineseNumeral.Format(value);
        return string.Concat(plain.Select(c => "零一二三四五六七八九".IndexOf(c) is var i and >= 0 ? LegalDigits[i] : c == '十' ? '拾' : c == '百' ? '佰' : c == '千' ? '仟' : c));
    }
}
