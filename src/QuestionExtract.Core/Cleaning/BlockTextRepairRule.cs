using QuestionExtract.Model;

namespace QuestionExtract.Cleaning;

/// <summary>A repair that rewrites each block's text as a whole; every changed block is recorded with the rule id.</summary>
public abstract class BlockTextRepairRule : ICleaningRule
{
    public abstract string Id { get; }

    /// <summary>The block's text after the repair (the same instance when nothing changes).</summary>
    protected abstract string Repair(string text);

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
