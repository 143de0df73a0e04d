using QuestionExtract.Model;

namespace QuestionExtract.Segmenting;

/// <summary>
/// Puts the entries of a separate answer key back on their questions: by section and number, or by number
/// alone when the key has no sections. What cannot be matched becomes a warning, never a silent drop.
/// </summary>
public sealed class AnswerKeyMatcher
{
    public void Match(IReadOnlyList<QuestionDraft> questions, IReadOnlyList<AnswerKeyEntry> entries, List<ExtractionWarning> warnings)
    {
        bool keyHasSections = entries.Any(e => e.SectionOrdinal > 0);
        var used = new HashSet<QuestionDraft>();
        foreach (var entry in entries)
        {
            var target = questions.FirstOrDefault(q => !used.Contains(q) && q.NumberValue == entry.Number
                                                       && (!keyHasSections || q.SectionOrdinal == entry.SectionOrdinal));
            if (target is null)
            {
                // The whole text goes into the warning: an answer without its question is still the user's text.
                var text = string.Join("\n", new[] { entry.Answer, entry.Analysis }.Where(s => s is not null));
                warnings.Add(new ExtractionWarning("unmatched-answer",
                    $"answer-key entry {(entry.SectionOrdinal > 0 ? entry.SectionOrdinal + "." : "")}{entry.Number} has no question: {text}",
                    entry.Location.ToString()));
                continue;
            }
            used.Add(target);
            target.Answer = Merge(target.Answer, entry.Answer);
            target.Analysis = Merge(target.Analysis, entry.Analysis);
            foreach (var s in entry.Skills) if (!target.Skills.Contains(s)) target.Skills.Add(s);
        }
    }

    private static string? Merge(string? own, string? fromKey) =>
        own is null ? fromKey : fromKey is null ? own : own + "\n" + fromKey;
}
