using System.Text;
using QuestionExtract.Text;

namespace QuestionExtract.Pipeline;

/// <summary>zh-Hans, zh-Hant or en, from the share of CJK characters and which script's own characters appear.</summary>
public static class LanguageDetector
{
    public static string Detect(string text)
    {
        int cjk = 0, latin = 0, hant = 0, hans = 0;
        var script = ChineseScript.Default;
        foreach (var rune in text.EnumerateRunes())
        {
            int value = rune.Value;
            if (value is >= 0x3400 and <= 0x9FFF)
            {
                cjk++;
                if (script.IsTraditionalOnly(rune)) hant++;
                else if (script.IsSimplifiedOnly(rune)) hans++;
            }
            else if (value < 0x250 && (value < 0x80 ? char.IsAsciiLetter((char)value) : Rune.IsLetter(rune))) latin++;
        }
        if (cjk == 0 && latin == 0) return "und";
        // Chinese text carries Latin words; a few CJK characters in English text do not make it Chinese.
        if (cjk * 3 < latin) return "en";
        return hant > hans ? "zh-Hant" : "zh-Hans";
    }
}
