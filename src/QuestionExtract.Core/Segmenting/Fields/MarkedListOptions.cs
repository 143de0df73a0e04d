using System.Text.RegularExpressions;
using QuestionExtract.Model;

namespace QuestionExtract.Segmenting.Fields;

/// <summary>
/// A list of unlettered options under a question, the right ones marked (a quiz's ticked task boxes, - [x], which
/// the Markdown reader renders as the mark ✓ of data <c>optionMarks</c>): the lines are the options, lettered in
/// their order as the output's options need a label, and the answer is the marked options' text, as the document
/// names no letter. Only a part of nothing but such lines, some marked and some not, is read so.
/// </summary>
public sealed partial class MarkedListOptions(LabelLexicon lexicon)
{
    [GeneratedRegex(@"^[ \t]*[-*+•][ \t]+(?<t>\S.*?)[ \t]*$")]
    private static partial Regex BulletLine();

    private const int MaxOptions = 8;

    public void Apply(QuestionDraft draft)
    {
        if (draft.Options is not null || draft.Answer is not { } answer) return;
        var lines = answer.Split('\n').Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count is < 2 or > MaxOptions) return;
        var options = new List<ChoiceOption>(lines.Count);
        var right = new List<string>();
        var structure = new List<string>();
        foreach (var line in lines)
        {
            var bullet = BulletLine().Match(line.TrimEnd('\r'));
            if (!bullet.Success) return;
            var text = bullet.Groups["t"].Value;
            structure.Add(line[..bullet.Groups["t"].Index].Trim());
            if (lexicon.TrailingOptionMark(text) is { } mark)
            {
                text = text[..^mark.Length].TrimEnd();
                right.Add(text);
                structure.Add(mark);
            }
            options.Add(new ChoiceOption(((char)('A' + options.Count)).ToString(), text));
        }
        if (right.Count == 0 || right.Count == options.Count) return;
        draft.Options = options;
        draft.Answer = string.Join("\n", right);
        draft.DeclaredType ??= right.Count > 1 ? "multiple-choice" : "single-choice";
        draft.Consumed.AddRange(structure);
    }
}
