using System.Text.RegularExpressions;

namespace QuestionExtract.Segmenting.Fields;

/// <summary>
/// A definitions part printed with its definitions (化生：一种分化成熟的细胞类型被…取代的过程。): under a heading
/// or title naming such a part (data <c>statementParts</c>, kind definition), an item with no answer of its own
/// that is a short term, a colon and the rest has the term as its question and the rest as its answer.
/// </summary>
public sealed partial class TermDefinitions(LabelLexicon lexicon)
{
    private const string Definition = "definition";

    // A term: short, no sentence or clause mark in it; the colon after it, then the definition.
    [GeneratedRegex(@"^(?<term>[^:：。？?！!，,；;\n]{1,24}?)\s*[:：]\s*(?<definition>\S[\s\S]*)$")]
    private static partial Regex TermPattern();

    public void Apply(QuestionDraft draft, string? part)
    {
        if (draft.Answer is not null || draft.Analysis is not null || draft.Options is not null || lexicon.StatementPartKind(part) != Definition) return;
        var m = TermPattern().Match(draft.Question);
        if (!m.Success) return;
        var term = m.Groups["term"].Value.Trim();
        draft.Consumed.Add(draft.Question[(m.Groups["term"].Index + m.Groups["term"].Length)..m.Groups["definition"].Index].Trim());
        draft.Question = term;
        draft.Answer = m.Groups["definition"].Value.Trim();
    }
}
