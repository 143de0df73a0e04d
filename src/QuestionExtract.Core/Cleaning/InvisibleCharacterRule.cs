using System.Text;

namespace QuestionExtract.Cleaning;

/// <summary>Drops zero-width and control characters (kept: tab). They break matching and are never content.</summary>
public sealed class InvisibleCharacterRule : BlockTextRepairRule
{
    public override string Id => "invisible-characters";

    protected override string Repair(string text)
    {
        if (!text.Any(IsInvisible)) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) if (!IsInvisible(c)) sb.Append(c);
        return sb.ToString();
    }

    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' || (char.IsControl(c) && c != '\t');
}
