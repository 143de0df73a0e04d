using QuestionExtract.Model;

namespace QuestionExtract.Cleaning;

/// <summary>Takes chosen lines out of the blocks (a block left empty goes), each recorded under the rule's id.</summary>
internal static class BlockLineRemoval
{
    /// <param name="drop">Per block index, the line indexes to take out.</param>
    public static void Remove(CleaningContext context, string ruleId, IReadOnlyDictionary<int, HashSet<int>> drop)
    {
        if (drop.Count == 0) return;
        var blocks = context.Blocks;
        var kept = new List<Block>(blocks.Count);
        for (int b = 0; b < blocks.Count; b++)
        {
            if (!drop.TryGetValue(b, out var lines)) { kept.Add(blocks[b]); continue; }
            var split = blocks[b].Text.Split('\n');
            foreach (var l in lines.Order()) context.Removed.Add(new RemovedPiece(ruleId, split[l].Trim(), blocks[b].Location));
            var rest = split.Where((_, l) => !lines.Contains(l)).ToArray();
            if (rest.Any(r => !string.IsNullOrWhiteSpace(r))) kept.Add(blocks[b] with { Text = string.Join('\n', rest).Trim('\n') });
        }
        blocks.Clear();
        blocks.AddRange(kept);
    }
}
