using QuestionExtract.Model;

namespace QuestionExtract.Cleaning;

/// <summary>The nearest blocks before and after a block that hold more than whitespace (-1 or the count when none).</summary>
internal static class BlockNeighbours
{
    public static (int Before, int After) Of(List<Block> blocks, int i)
    {
        int before = i - 1;
        while (before >= 0 && string.IsNullOrWhiteSpace(blocks[before].Text)) before--;
        int after = i + 1;
        while (after < blocks.Count && string.IsNullOrWhiteSpace(blocks[after].Text)) after++;
        return (before, after);
    }
}
