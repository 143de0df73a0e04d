namespace QuestionExtract.Segmenting.Fields;

/// <summary>
/// A choice question answered by its worked solution (【解答】解：|﹣3|＝3，故选：B．, as 菁优网 papers print
/// them): the choice the solution concludes with (data <c>solutionConclusions</c>) is the answer, and the working
/// joins the analysis, after what the analysis already holds. An analysis that concludes so under a question with
/// options and no answer (【解析】…故正确答案为D。) gives the answer too.
/// </summary>
public sealed class WorkedSolution(LabelLexicon lexicon)
{
    public void Apply(QuestionDraft draft)
    {
        // A choice question with no answer whose analysis concludes with its choice (【解析】…故正确答案为D。): the
        // choice is the answer, and the analysis stays as it is.
        if (draft.Answer is null && draft.Analysis is { } analysis && ChoiceParser.HasOptions(draft.Question))
        {
            if (Conclusion(analysis) is { } choice) draft.Answer = choice;
            return;
        }
        // Only a choice question's answer concludes with a choice: an open answer may name a letter (B-tree, C++).
        if (draft.Answer is not { } working || ChoiceParser.IsOptionLetters(working) || !ChoiceParser.HasOptions(draft.Question)) return;
        // The last conclusion counts: a solution may weigh an option before it chooses.
        if (Conclusion(working) is not { } chosen) return;
        draft.Answer = chosen;
        draft.Analysis = draft.Analysis is null ? working : draft.Analysis + "\n" + working;
    }

    // The choice the text concludes with: the last conclusion counts, of the first pattern that has one.
    private string? Conclusion(string text)
    {
        foreach (var pattern in lexicon.SolutionConclusions)
        {
            var matches = pattern.Matches(text);
            if (matches.Count > 0) return matches[^1].Groups["a"].Value;
        }
        return null;
    }
}
