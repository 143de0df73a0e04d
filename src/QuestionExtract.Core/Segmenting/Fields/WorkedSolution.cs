namespace QuestionExtract.Segmenting.Fields;

/// <summary>
/// A choice question answered by its worked solution (【解答】解：|﹣3|＝3，故选：B．, as 菁优网 papers print
/// them): the choice the solution concludes with (data <c>solutionConclusions</c>) is the answer, and the working
/// joins the analysis, after what the analysis already holds.
/// </summary>
public sealed class WorkedSolution(LabelLexicon lexicon)
{
    public void Apply(QuestionDraft draft)
    {
        if (draft.Answer is not { } working || ChoiceParser.IsOptionLetters(working)) return;
        foreach (var pattern in lexicon.SolutionConclusions)
        {
            // The last conclusion counts: a solution may weigh an option before it chooses.
            var matches = pattern.Matches(working);
            if (matches.Count == 0) continue;
            draft.Answer = matches[^1].Groups["a"].Value;
            draft.Analysis = draft.Analysis is null ? working : draft.Analysis + "\n" + working;
            return;
        }
    }
}
