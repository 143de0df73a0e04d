namespace QuestionExtract.Merging;

/// <summary>
/// A MinHash signature of a shingle set: for each of <see cref="Length"/> hash functions the smallest hash of
/// any shingle. Two signatures agree at a position with probability equal to the sets' Jaccard similarity,
/// which is what lets <see cref="LshIndex"/> find similar questions without comparing every pair.
/// </summary>
public static class MinHashSignature
{
    public const int Length = 128;

    // Fixed seeds and odd multipliers (not random per run) so the same input always gives the same candidates.
    private static readonly ulong[] Seeds = CreateSeeds(1);
    private static readonly ulong[] Multipliers = CreateSeeds(2).Select(m => m | 1).ToArray();

    public static ulong[] Of(ShingleSet set)
    {
        var signature = new ulong[Length];
        Array.Fill(signature, ulong.MaxValue);
        Span<ulong> minimum = signature;
        ReadOnlySpan<ulong> seeds = Seeds.AsSpan(0, minimum.Length), multipliers = Multipliers.AsSpan(0, minimum.Length);
        foreach (var shingle in set.Shingles)
        {
            ulong h = Mix(shingle);
            for (int i = 0; i < minimum.Length; i++)
            {
                // One strong hash per shingle, then one xor and multiply per function: the high bits that
                // decide the minimum depend on every bit of the input (a full mix per function was 10x slower).
                ulong v = (h ^ seeds[i]) * multipliers[i];
                if (v < minimum[i]) minimum[i] = v;
            }
        }
        return signature;
    }

    // splitmix64's finaliser: a well-mixed 64-bit permutation.
    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebUL;
        return x ^ (x >> 31);
    }

    private static ulong[] CreateSeeds(ulong stream)
    {
        var seeds = new ulong[Length];
        ulong state = 0x9E3779B97F4A7C15UL * stream;
        for (int i = 0; i < seeds.Length; i++) seeds[i] = Mix(state += 0x9E3779B97F4A7C15UL);
        return seeds;
    }
}
