using QuestionExtract.Text;

namespace QuestionExtract.Merging;

/// <summary>
/// The distinct 3-character shingles of a question's folded key (width, script, spacing, punctuation and
/// case folded), sorted. Three UTF-16 units pack exactly into 48 bits, so a shingle is its own hash: no
/// collisions, and the exact Jaccard similarity is a merge of two sorted arrays.
/// </summary>
public sealed class ShingleSet
{
    public const int Width = 3;

    public ulong[] Shingles { get; }

    private ShingleSet(ulong[] shingles) => Shingles = shingles;

    public static ShingleSet Of(string foldedKey)
    {
        if (foldedKey.Length == 0) return new ShingleSet([]);
        // A key shorter than a shingle is one shingle of itself (padded), so two equal short keys still match.
        if (foldedKey.Length < Width) return new ShingleSet([Pack(foldedKey.PadRight(Width, '\0'), 0)]);
        var shingles = new ulong[foldedKey.Length - Width + 1];
        for (int i = 0; i < shingles.Length; i++) shingles[i] = Pack(foldedKey, i);
        Array.Sort(shingles);
        int n = 0;
        for (int i = 0; i < shingles.Length; i++)
            if (n == 0 || shingles[n - 1] != shingles[i]) shingles[n++] = shingles[i];
        return new ShingleSet(n == shingles.Length ? shingles : shingles[..n]);
    }

    public static ShingleSet OfText(string text) => Of(FoldedText.Key(text));

    /// <summary>|A ∩ B| / |A ∪ B|; two empty sets are equal (1).</summary>
    public double Jaccard(ShingleSet other)
    {
        ulong[] a = Shingles, b = other.Shingles;
        if (a.Length == 0 && b.Length == 0) return 1;
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { common++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return (double)common / (a.Length + b.Length - common);
    }

    private static ulong Pack(string s, int at) => (ulong)s[at] << 32 | (ulong)s[at + 1] << 16 | s[at + 2];
}
