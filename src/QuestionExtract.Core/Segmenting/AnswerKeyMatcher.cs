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
                var text = entry.Answer ?? entry.Analysis ?? "";
                warnings.Add(new ExtractionWarning("unmatched-answer",
                    $"answer-key entry {(entry.SectionOrdinal > 0 ? entry.SectionOrdinal + "." : "")}{entry.Number} has no question: {Preview(text)}",
                    entry.Location.ToString()));
                continue;
            }
            used.Add(target);
            target.Answer ??= entry.Answer;
            target.Analysis ??= entry.Analysis;
            foreach (var s in entry.Skills) if (!target.Skills.Contains(s)) target.Skills.Add(s);
        }
    }

    private static string Preview(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
