using System.Text;
using QuestionExtract.Text;

namespace QuestionExtract.Cleaning;

/// <summary>
/// Normalises spacing noise: no-break and ideographic spaces become plain spaces, and spaced-out Chinese
/// characters (面 试 题) are joined — Chinese is written without spaces, so those are layout debris. A space
/// between two words of several Chinese characters, and spaces next to Latin letters or digits, are kept.
/// </summary>
public sealed class SpacingNoiseRule : BlockTextRepairRule
{
    public override string Id => "spacing-noise";

    protected override string Repair(string text) => Normalise(text);

    public static string Normalise(string text)
    {
        if (!text.AsSpan().ContainsAny(' ', '\u00A0', '\u3000')) return text;
        var chars = text.Replace('\u00A0', ' ').Replace('\u3000', ' ');
        var sb = new StringBuilder(chars.Length);
        int leading = 0;
        while (leading < chars.Length && chars[leading] == ' ') leading++;
        sb.Append(' ', leading);
        for (int i = leading; i < chars.Length; i++)
        {
            if (chars[i] != ' ') { sb.Append(chars[i]); continue; }
            int j = i;
            while (j < chars.Length && chars[j] == ' ') j++;
            bool between = i > 0 && j < chars.Length && IsCjk(chars[i - 1]) && IsCjk(chars[j])
                           && (LoneBefore(chars, i) || LoneAfter(chars, j));
            if (!between) sb.Append(' ', j == chars.Length ? j - i : 1);
            i = j - 1;
        }
        return sb.ToString();
    }

    // Spaced-out text puts a space after every character (面 试 题): a character standing alone between spaces.
    // A space between two words of several characters (设计模式 解析:) is where a line break was on a flattened
    // page, and the only trace of the boundary a label or a number needs.
    private static bool LoneBefore(string chars, int space) => space < 2 || chars[space - 2] is ' ' or '\t' or '\n';

    private static bool LoneAfter(string chars, int next) => next + 1 >= chars.Length || chars[next + 1] is ' ' or '\t' or '\n';

    private static bool IsCjk(char c) => HanCharacter.Is(c) || c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF';
}
