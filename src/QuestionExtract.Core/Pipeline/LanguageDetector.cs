using QuestionExtract.Text;

namespace QuestionExtract.Pipeline;

/// <summary>zh-Hans, zh-Hant or en, from the share of CJK characters and which script's own characters appear.</summary>
public static class LanguageDetector
{
    public static string Detect(string text)
    {
        int cjk = 0, latin = 0, hant = 0, hans = 0;
        var script = ChineseScript.Default;
        // By char, not by rune: both counted ranges lie in the BMP, and a surrogate is in neither.
        foreach (var c in text)
        {
            if (HanCharacter.Is(c))
            {
                cjk++;
                if (script.IsTraditionalOnly(c)) hant++;
                else if (script.IsSimplifiedOnly(c)) hans++;
            }
            else if (c < '\u0250' && (c < '\u0080' ? char.IsAsciiLetter(c) : char.IsLetter(c))) latin++;
        }
        if (cjk == 0 && latin == 0) return "und";
        // Chinese text carries Latin words; a few CJK characters in English text do not make it Chinese.
        if (cjk * 3 < latin) return "en";
        return hant > hans ? "zh-Hant" : "zh-Hans";
    }
}
