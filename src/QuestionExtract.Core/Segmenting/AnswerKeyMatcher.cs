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
        if (entries.Count == 0) return;
        bool keyHasSections = entries.Any(e => e.SectionOrdinal > 0);
        var waiting = Waiting(questions, keyHasSections);
        foreach (var entry in entries)
        {
            // The first question in document order with the entry's number (and section) that no entry took yet.
            var target = waiting.TryGetValue((entry.Number, keyHasSections ? entry.SectionOrdinal : 0), out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
            if (target is null)
            {
                // The whole text goes into the warning: an answer without its question is still the user's text.
                var text = string.Join("\n", new[] { entry.Answer, entry.Analysis }.Where(s => s is not null));
                warnings.Add(new ExtractionWarning("unmatched-answer",
                    $"answer-key entry {(entry.SectionOrdinal > 0 ? entry.SectionOrdinal + "." : "")}{entry.Number} has no question: {text}",
                    entry.Location.ToString()));
                continue;
            }
            target.Answer = Merge(target.Answer, entry.Answer, target.Consumed);
            target.Analysis = Merge(target.Analysis, entry.Analysis, target.Consumed);
            foreach (var s in entry.Skills) if (!target.Skills.Contains(s)) target.Skills.Add(s);
        }
    }

    // The questions an entry can go to, in document order, by number and (when the key has sections) section:
    // each entry takes the first still waiting, as a scan of all questions for the first unused match would,
    // without scanning them for every entry.
    private static Dictionary<(int Number, int Section), Queue<QuestionDraft>> Waiting(IReadOnlyList<QuestionDraft> questions, bool bySection)
    {
        var waiting = new Dictionary<(int, int), Queue<QuestionDraft>>();
        foreach (var q in questions)
        {
            if (q.NumberValue is not int number) continue;
            var key = (number, bySection ? q.SectionOrdinal : 0);
            if (!waiting.TryGetValue(key, out var queue)) waiting[key] = queue = new Queue<QuestionDraft>();
            queue.Enqueue(q);
        }
        return waiting;
    }

    // The key saying again what the question already says (答案：B, and B in the key) adds nothing: the copy is
    // recorded as consumed, not written twice.
    private static string? Merge(string? own, string? fromKey, List<string> consumed)
    {
        if (own is null) return fromKey;
        if (fromKey is null) return own;
        if (own.Trim() == fromKey.Trim())
        {
            consumed.Add(fromKey);
            return own;
        }
        return own + "\n" + fromKey;
    }
}
