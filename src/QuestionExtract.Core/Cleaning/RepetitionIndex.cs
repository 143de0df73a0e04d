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

    /// <summary>
    /// Entries kept before blocks seen only once are dropped, so memory stays flat however large the batch:
    /// furniture is seen again and again, a block seen once so far is almost never furniture.
    /// </summary>
    public int MaxEntries { get; init; } = 250_000;

    public void Add(IEnumerable<Block> blocks)
    {
        Documents++;
        var seen = new HashSet<ulong>();
        foreach (var block in blocks)
        {
            var folded = FoldedText.Of(block.Text);
            if (folded.Length < 2) continue;
            var hash = Hash(folded);
            if (seen.Add(hash)) _documentsPerBlock[hash] = _documentsPerBlock.GetValueOrDefault(hash) + 1;
        }
        if (_documentsPerBlock.Count > MaxEntries)
            foreach (var single in _documentsPerBlock.Where(kv => kv.Value == 1).Select(kv => kv.Key).ToList())
                _documentsPerBlock.Remove(single);
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
