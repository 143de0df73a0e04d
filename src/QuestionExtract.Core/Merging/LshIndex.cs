namespace QuestionExtract.Merging;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: the signature is cut into bands, and items sharing
/// any whole band are candidates. The band width is chosen from the threshold so that a pair at the
/// threshold is missed with probability below one in a million; candidates are then checked exactly.
/// </summary>
public sealed class LshIndex
{
    private readonly int _rows;
    private readonly Dictionary<(int Band, ulong Hash), List<int>> _buckets = [];

    public LshIndex(double threshold)
    {
        _rows = RowsFor(threshold);
    }

    /// <summary>Signature positions per band.</summary>
    public int Rows => _rows;

    public static int RowsFor(double threshold)
    {
        // Widest band (fewest false candidates) that still finds a pair at the threshold almost surely:
        // P(miss) = (1 - t^r)^(n/r).
        foreach (var rows in new[] { 16, 8, 4, 2, 1 })
            if (Math.Pow(1 - Math.Pow(threshold, rows), MinHashSignature.Length / rows) < 1e-6) return rows;
        return 1;
    }

    public void Add(int item, ulong[] signature)
    {
        for (int band = 0; band * _rows < signature.Length; band++)
        {
            ulong h = 0xcbf29ce484222325UL;
            for (int k = band * _rows; k < (band + 1) * _rows; k++) h = (h ^ signature[k]) * 0x100000001b3UL;
            if (!_buckets.TryGetValue((band, h), out var list)) _buckets[(band, h)] = list = [];
            list.Add(item);
        }
    }

    /// <summary>Every pair (a, b), a &lt; b, that shares a band, once, in ascending order.</summary>
    public List<(int A, int B)> CandidatePairs()
    {
        var pairs = new HashSet<(int, int)>();
        foreach (var items in _buckets.Values)
            for (int i = 0; i < items.Count; i++)
                for (int j = i + 1; j < items.Count; j++)
                    pairs.Add(items[i] < items[j] ? (items[i], items[j]) : (items[j], items[i]));
        var sorted = pairs.ToList();
        sorted.Sort();
        return sorted;
    }
}
