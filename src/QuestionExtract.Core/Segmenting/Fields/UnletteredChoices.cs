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
    private const int MaxChoiceWidth = 40;

    /// <summary>True when an item's unlabelled answer has the shape of a list of choices.</summary>
    public bool Shaped(QuestionDraft draft)
    {
        if (draft.Options is not null || draft.Answer is null) return false;
        // A quiz site's heading over the choices (answer choices, 选项：) goes with them.
        var answer = draft.Answer.Trim();
        int firstLineEnd = answer.IndexOf('\n');
        if (firstLineEnd > 0 && lexicon.OptionListHeading.IsMatch(answer[..firstLineEnd])) answer = answer[(firstLineEnd + 1)..];
        return IsChoiceList(answer);
    }

    /// <summary>Gives the shaped items of one document that are choice items their choices back as question text.</summary>
    public void Apply(IReadOnlyList<QuestionDraft> shaped)
    {
        var choosesOne = shaped.Select(d => lexicon.ChooseOneStems.Any(p => p.IsMatch(d.Question))).ToArray();
        int choosing = choosesOne.Count(c => c);
        bool all = choosing >= 2 && choosing * 2 >= shaped.Count;
        for (int i = 0; i < shaped.Count; i++)
        {
            if (!choosesOne[i] && !all) continue;
            var draft = shaped[i];
            draft.Question = draft.Question + "\n" + draft.Answer!.Trim();
            draft.Answer = null;
            draft.Type = "single-choice";
        }
    }

    private static bool IsChoiceList(string answer)
    {
        var lines = answer.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length is < MinChoices or > MaxChoices) return false;
        foreach (var line in lines)
        {
            var choice = line.TrimStart('•', '·', '-', '*', '○', '◯', '□', '☐', ' ');
            if (choice.Length == 0 || Text.PrintedWidth.Of(choice) > MaxChoiceWidth) return false;
            if (choice[^1] is '。' or '.' or '!' or '！' or '?' or '？' or '；' or ';' or '：' or ':') return false;
            if (choice.Contains('：') || choice.Contains(": ", StringComparison.Ordinal) || char.IsDigit(choice[0]) && choice.Length > 1 && choice[1] is '.' or '、' or '．') return false;
        }
        return true;
    }
}
