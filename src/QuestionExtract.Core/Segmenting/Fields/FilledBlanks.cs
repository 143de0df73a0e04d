using System.Text.RegularExpressions;
using QuestionExtract.Text;

namespace QuestionExtract.Segmenting.Fields;

/// <summary>
/// A fill-in part printed with its blanks filled (脉搏为（60～100）次/分, 任期【五】年): under a heading or title naming a
/// fill-in part (data <c>statementParts</c>), an item with no answer of its own has the text in its brackets
/// as its answer (several blanks joined by ；), and the brackets stay in the question as the gap.
/// </summary>
public sealed partial class FilledBlanks(LabelLexicon lexicon)
{
    private const string FillIn = "fill-in";

    // Answer editions fill the blanks in round brackets or in 【】 (我国现行宪法于【1982】年通过).
    [GeneratedRegex(@"[(（](?<a>[^()（）\n]{1,40})[)）]|【(?<a>[^【】\n]{1,40})】")]
    private static partial Regex FilledPattern();

    public void Apply(QuestionDraft draft, string? part)
    {
        if (draft.Answer is not null || draft.Options is not null || lexicon.StatementPartKind(part) != FillIn) return;
        var answers = new List<string>();
        var text = draft.Question;
        int filledSpans = FilledPattern().Count(text);
        var question = FilledPattern().Replace(text, m =>
        {
            var filled = m.Groups["a"].Value.Trim();
            // A points note in brackets ((2分)) is no filled blank.
            if (filled.Length == 0 || lexicon.PointsNotes.Any(p => p.IsMatch(m.Value))) return m.Value;
            // One character inside a word (旅游团（者）人数: the word's other reading) beside another filled
            // bracket is a note of the text; the other bracket is the blank.
            // 【】 holds no such note.
            if (filledSpans > 1 && filled.Length == 1 && m.Value[0] != '【' && IsHan(text, m.Index - 1) && IsHan(text, m.Index + m.Length)) return m.Value;
            answers.Add(filled);
            return $"{m.Value[0]}{m.Value[^1]}";
        });
        if (answers.Count == 0) return;
        draft.Question = question;
        draft.Answer = string.Join("；", answers);
    }

    private static bool IsHan(string text, int at) => HanCharacter.IsAt(text, at);
}
