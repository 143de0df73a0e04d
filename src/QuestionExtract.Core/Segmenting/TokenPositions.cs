namespace QuestionExtract.Segmenting;

/// <summary>Lookups in a list of tokens sorted by their start offset.</summary>
public static class TokenPositions
{
    /// <summary>The index of the first token starting at or after <paramref name="offset"/> (the count when none does).</summary>
    public static int FirstAtOrAfter(IReadOnlyList<StructuralToken> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
