using System.Globalization;

namespace QuestionExtract.Cli;

/// <summary>
/// <c>--shard K/N</c>: this run takes every N-th input starting with the K-th (1-based), in the ordinal
/// order of the expanded inputs, so N machines given the same paths split the work without overlap.
/// </summary>
public sealed record ShardSpec(int Index, int Count)
{
    public static bool TryParse(string text, out ShardSpec? shard)
    {
        shard = null;
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || n < 1 || k < 1 || k > n) return false;
        shard = new ShardSpec(k, n);
        return true;
    }

    public IEnumerable<T> Select<T>(IReadOnlyList<T> items) => items.Where((_, i) => i % Count == Index - 1);
}
