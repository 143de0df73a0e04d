using QuestionExtract.Model;
using QuestionExtract.Text;

namespace QuestionExtract.Cleaning;

/// <summary>
/// How many documents of a batch each block occurs in (by a hash of its folded text). A site's furniture
/// repeats from page to page; questions mostly do not. Built in a first pass over the batch.
/// </summary>
public sealed class RepetitionIndex
{
    private readonly Dictionary<ulong, int> _documentsPerBlock = [];

    /// <summary>Fewest documents a block must be in to count as furniture.</summary>
    public int MinDocuments { get; init; } = 3;
    /// <summary>Smallest share of the batch a block must be in to count as furniture.</summary>
    public double MinShare { get; init; } = 0.5;
    public int Documents { get; private set; }

    public void Add(IEnumerable<Block> blocks)
    {
        Documents++;
        var seen = new HashSet<ulong>();
        foreach (var block in blocks)
        {
            var folded = FoldedText.Of(block.Text);
            if (folded.Length < 2) continue;
            if (seen.Add(Hash(folded))) _documentsPerBlock[Hash(folded)] = _documentsPerBlock.GetValueOrDefault(Hash(folded)) + 1;
        }
    }

    public bool IsRepeated(string blockText)
    {
        var folded = FoldedText.Of(blockText);
        if (folded.Length < 2 || Documents < MinDocuments) return false;
        int count = _documentsPerBlock.GetValueOrDefault(Hash(folded));
        return count >= MinDocuments && count >= Documents * MinShare;
    }

    // FNV-1a, 64 bits: stable across runs and machines, unlike string.GetHashCode.
    private static ulong Hash(string text)
    {
        ulong hash = 14695981039346656037;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211;
        }
        return hash;
    }
}
