using System.Text;

namespace QuestionExtract.Cleaning;

/// <summary>Drops zero-width and control characters (kept: tab). They break matching and are never content.</summary>
public sealed class InvisibleCharacterRule : ICleaningRule
{
    public string Id => "invisible-characters";

    public void Apply(CleaningContext context)
    {
        for (int i = 0; i < context.Blocks.Count; i++)
        {
            var block = context.Blocks[i];
            if (!block.Text.Any(IsInvisible)) continue;
            var sb = new StringBuilder(block.Text.Length);
            foreach (var c in block.Text) if (!IsInvisible(c)) sb.Append(c);
            var after = sb.ToString();
            context.Repairs.Add(new Model.Repair(Id, block.Text, after, block.Location));
            context.Blocks[i] = block with { Text = after };
        }
    }

    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' || (char.IsControl(c) && c != '\t');
}
