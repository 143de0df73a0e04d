using QuestionExtract.Model;

namespace QuestionExtract.Cleaning;

/// <summary>A repair that rewrites each block's text as a whole; every changed block is recorded with the rule id.</summary>
public abstract class BlockTextRepairRule : ICleaningRule
{
    public abstract string Id { get; }

    /// <summary>The block's text after the repair (the same instance when nothing changes).</summary>
    protected abstract string Repair(string text);

    /// <summary>
    /// The line around <c>text[index..(index + length)]</c>: where it starts and ends, and whether it holds other text
    /// before and after that span (a marker run into a sentence, or alone on its line).
    /// </summary>
    protected static (int LineStart, int LineEnd, bool TextBefore, bool TextAfter) LineAround(string text, int index, int length)
    {
        int lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        int lineEnd = text.IndexOf('\n', index + length);
        if (lineEnd < 0) lineEnd = text.Length;
        return (lineStart, lineEnd, !text.AsSpan(lineStart, index - lineStart).IsWhiteSpace(), !text.AsSpan(index + length, lineEnd - index - length).IsWhiteSpace());
    }

    public void Apply(CleaningContext context)
    {
        for (int i = 0; i < context.Blocks.Count; i++)
        {
            var block = context.Blocks[i];
            var after = Repair(block.Text);
            if (after == block.Text) continue;
            if (context.RecordsRepairs) context.Repairs.Add(new Repair(Id, block.Text, after, block.Location));
            context.Blocks[i] = block.Repaired(after, Repair);
        }
    }
}
