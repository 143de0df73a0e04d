using QuestionExtract.Text;

namespace QuestionExtract.Segmenting;

/// <summary>
/// A page that renders its questions twice (a desktop block and a phone block, one of them hidden by the page's
/// style) gives the same run of questions again: each the same section, number, stem, options and answer as the one
/// at the same place in an earlier run (a bank that asks a question again numbers it on; unnumbered questions are
/// never taken for copies). A run of at least
/// <see cref="MinRun"/> such copies is dropped, said in a warning; one question asked again is no run and stays.
/// </summary>
public static class RepeatedQuestionRun
{
    public const int MinRun = 3;

    /// <summary>Removes the repeated runs from <paramref name="drafts"/>; returns the removed copies in order.</summary>
    public static List<(QuestionDraft Copy, QuestionDraft Original)> Remove(List<QuestionDraft> drafts)
    {
        var removed = new List<(QuestionDraft, QuestionDraft)>();
        if (drafts.Count < 2 * MinRun) return removed;
        // Unnumbered questions say nothing of where a rendering restarts: a list of bare asks may ask again.
        var keys = drafts.Select((d, i) => d.Number.Length > 0 ? Key(d) : "\u0003" + i).ToList();
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var drop = new bool[drafts.Count];
        for (int i = 0; i < drafts.Count; i++)
        {
            if (first.TryGetValue(keys[i], out int j))
            {
                int run = 0;
                while (i + run < drafts.Count && j + run < i && keys[i + run] == keys[j + run]) run++;
                if (run >= MinRun)
                {
                    for (int k = 0; k < run; k++)
                    {
                        drop[i + k] = true;
                        removed.Add((drafts[i + k], drafts[j + k]));
                    }
                    i += run - 1;
                    continue;
                }
            }
            first.TryAdd(keys[i], i);
        }
        if (removed.Count > 0)
        {
            int at = 0;
            drafts.RemoveAll(_ => drop[at++]);
        }
        return removed;
    }

    private static string Key(QuestionDraft d) =>
        string.Join('\u0001', d.Section, d.Number, FoldedText.Of(d.Question), string.Join('\u0002', d.Options?.Select(o => o.Label + FoldedText.Of(o.Text)) ?? []),
            FoldedText.Of(d.Answer ?? ""), FoldedText.Of(d.Analysis ?? ""));
}
