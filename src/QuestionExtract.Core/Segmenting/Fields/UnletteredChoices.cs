namespace QuestionExtract.Segmenting.Fields;

/// <summary>
/// A quiz page that prints its choices without letters (an InterviewBit or Quizizz list, an indented list under
/// each stem): read with no answer label, the choices would be taken for an unlabelled answer. Short lines under a
/// stem that asks to choose one thing (data <c>chooseOneStems</c>) are its choices: they stay with the question,
/// and the question has no answer. When most such items of a document ask to choose, its other items with the
/// same short lines under them are choice items too (What does 404 mean? ⏎ Server error ⏎ Not Found …).
/// </summary>
public sealed class UnletteredChoices(LabelLexicon lexicon)
{
    // A choice is a word or a short phrase: no sentence, no explanation after a colon.
    private const int MinChoices = 3;
    private const int MaxChoices = 6;
    private const int MaxChoiceWidth = 60;

    /// <summary>The lines of an item's unlabelled answer when it has the shape of a list of choices; null otherwise.</summary>
    public IReadOnlyList<(string Line, string? Mark)>? Shape(QuestionDraft draft) => draft.Options is null && draft.Answer is not null ? Choices(draft.Answer) : null;

    /// <summary>
    /// Gives the shaped items of one document that are choice items their choices back as question text; a choice
    /// the page marks right (Network layer (Correct), a （正确答案） line under it) is the answer.
    /// </summary>
    public void Apply(IReadOnlyList<(QuestionDraft Draft, IReadOnlyList<(string Line, string? Mark)> Choices)> shaped)
    {
        // A marked choice says as much as a stem that asks to choose.
        var choosesOne = shaped.Select(s => s.Choices.Any(c => c.Mark is not null) || lexicon.ChooseOneStems.Any(p => p.IsMatch(s.Draft.Question))).ToArray();
        int choosing = choosesOne.Count(c => c);
        bool all = choosing >= 2 && choosing * 2 >= shaped.Count;
        for (int i = 0; i < shaped.Count; i++)
        {
            if (!choosesOne[i] && !all) continue;
            var (draft, choices) = shaped[i];
            var marked = choices.Where(c => c.Mark is not null).ToList();
            // A wrongly picked choice's cross stays out of the choice: the pick was the taker's, not the question's.
            var lines = choices.Select(c => lexicon.TrailingWrongMark(c.Line) is { } cross ? c.Line[..^cross.Length].TrimEnd() : c.Line).ToList();
            draft.Consumed.AddRange(choices.Select(c => lexicon.TrailingWrongMark(c.Line)).OfType<string>());
            draft.Question = draft.Question + "\n" + string.Join("\n", lines);
            draft.Consumed.AddRange(marked.Select(c => c.Mark!));
            draft.Answer = marked.Count > 0 ? string.Join("\n", marked.Select(c => Choice(c.Line))) : null;
            draft.Type = marked.Count > 1 ? "multiple-choice" : "single-choice";
        }
    }

    // The lines of a list of choices (a heading over them kept as a line), each with the mark the page set after it;
    // null when the text is not such a list.
    private List<(string Line, string? Mark)>? Choices(string answer)
    {
        var lines = answer.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var result = new List<(string Line, string? Mark)>(lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            // A quiz site's heading over the choices (answer choices, 选项：) goes with them.
            if (i == 0 && lexicon.OptionListHeading.IsMatch(line))
            {
                result.Add((line, null));
                continue;
            }
            var mark = lexicon.TrailingOptionMark(line);
            // A mark on a line of its own marks the choice above it.
            if (mark is not null && mark.Length == line.Length)
            {
                if (result.Count == 0 || result[^1].Mark is not null) return null;
                result[^1] = (result[^1].Line, mark);
                continue;
            }
            var choice = Choice(mark is null ? line : line[..^mark.Length].TrimEnd());
            if (lexicon.TrailingWrongMark(choice) is { } cross) choice = choice[..^cross.Length].TrimEnd();
            if (!IsChoice(choice)) return null;
            result.Add((mark is null ? line : line[..^mark.Length].TrimEnd(), mark));
        }
        int count = result.Count(c => !lexicon.OptionListHeading.IsMatch(c.Line));
        // Two choices are a list only when one is marked right (True ✓ ⏎ False): two short lines may be anything.
        int fewest = result.Any(c => c.Mark is not null) ? 2 : MinChoices;
        return count < fewest || count > MaxChoices ? null : result;
    }

    // A choice without the bullet a list set before it.
    private string Choice(string line) => line.TrimStart(lexicon.ChoiceBullets);

    private static bool IsChoice(string choice)
    {
        if (choice.Length == 0 || Text.PrintedWidth.Of(choice) > MaxChoiceWidth) return false;
        if (choice[^1] is '。' or '.' or '!' or '！' or '?' or '？' or '；' or ';' or '：' or ':') return false;
        return !choice.Contains('：') && !choice.Contains(": ", StringComparison.Ordinal)
            && !(char.IsDigit(choice[0]) && choice.Length > 1 && choice[1] is '.' or '、' or '．');
    }
}
