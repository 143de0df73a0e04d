namespace QuestionExtract.Reading;

/// <summary>
/// Decides which PDF lines are headings from their type size: a line set clearly larger than the body text is a
/// heading, and each distinct heading size is a level (largest = 1). Conservative by design: a document set in
/// one size, code, long lines and long runs of large lines (a paragraph set large) give no headings.
/// </summary>
internal static class PdfHeadingDetector
{
    // "Clearly larger": Word's smallest heading step over 11 pt body is 12 pt (x1.09), Chinese 五号 → 小四 is x1.14.
    private const double MinSizeRatio = 1.08;
    private const double MinSizeGap = 0.5;
    // Sizes this close (relative) are one level: the same style drifts a little between pages and producers.
    private const double LevelTolerance = 0.05;
    // A heading is at most a couple of wrapped lines of moderate length; more is body text set large.
    private const int MaxHeadingLength = 120;
    private const int MaxRunLines = 8;

    /// <summary>Heading level per line (0 = not a heading); <paramref name="lines"/> are the non-blank lines in reading order.</summary>
    public static int[] Levels(IReadOnlyList<(string Text, PdfLineStyle Style)> lines, Dictionary<double, int> bodySizes, Dictionary<double, int> codeSizes)
    {
        var levels = new int[lines.Count];
        // Code listings can outweigh the prose (notes with long snippets), so the body size is the prose's when there is any.
        var histogram = bodySizes.Count > 0 ? bodySizes : codeSizes;
        if (histogram.Count == 0) return levels;
        double body = histogram.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
        double threshold = Math.Max(body * MinSizeRatio, body + MinSizeGap);

        var candidate = new bool[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            var (text, style) = lines[i];
            candidate[i] = style.Size >= threshold && !style.IsCode && text.Trim().Length <= MaxHeadingLength && text.Any(char.IsLetter);
        }
        var sizeLevels = LevelsBySize(lines.Where((_, i) => candidate[i]).Select(l => l.Style.Size));

        for (int start = 0; start < lines.Count;)
        {
            if (!candidate[start]) { start++; continue; }
            int level = sizeLevels[lines[start].Style.Size];
            int end = start + 1;
            while (end < lines.Count && candidate[end] && sizeLevels[lines[end].Style.Size] == level) end++;
            if (end - start <= MaxRunLines)
                for (int i = start; i < end; i++) levels[i] = level;
            start = end;
        }
        return Renumber(levels);
    }

    // Distinct sizes, largest first; a size within the tolerance of the level's largest size joins that level.
    private static Dictionary<double, int> LevelsBySize(IEnumerable<double> sizes)
    {
        var levels = new Dictionary<double, int>();
        int level = 0;
        double top = double.MaxValue;
        foreach (var size in sizes.Distinct().OrderByDescending(s => s))
        {
            if (size < top * (1 - LevelTolerance)) { level++; top = size; }
            levels[size] = level;
        }
        return levels;
    }

    // Dropping a level's only run (a large paragraph) must not leave a gap: levels stay 1, 2, 3… in size order.
    private static int[] Renumber(int[] levels)
    {
        var used = levels.Where(l => l > 0).Distinct().Order().Select((level, index) => (level, index)).ToDictionary(p => p.level, p => p.index + 1);
        return [.. levels.Select(l => l > 0 ? used[l] : 0)];
    }
}
