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
        if (BoxedItems(answer) is { } boxed) { Take(draft, boxed); return; }
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
        Take(draft, new MarkedItems(options, string.Join("\n", right), right.Count, structure));
    }

    private void Take(QuestionDraft draft, MarkedItems items)
    {
        draft.Options = items.Options;
        draft.Answer = items.Answer;
        draft.DeclaredType ??= items.Options.All(o => lexicon.TrueFalseAnswers.Contains(o.Text)) ? "true-false"
            : items.Marked > 1 ? "multiple-choice" : "single-choice";
        draft.Consumed.AddRange(items.Structure);
    }

    private sealed record MarkedItems(List<ChoiceOption> Options, string Answer, int Marked, List<string> Structure);

    [GeneratedRegex(@"^(?<l>[A-Ha-h])[ \t]*[.．、)）][ \t\u3000]*")]
    private static partial Regex OptionLetter();

    // Options each behind a box, the chosen ones ticked (☐A．110　☑B．119, ☐正确　☑错误: a filled-in answer sheet,
    // a form): the answer is the ticked options' letters, or their text when the options have none. The whole
    // answer must be such items, some ticked and some not.
    private MarkedItems? BoxedItems(string answer)
    {
        var text = answer.Trim();
        if (text.Length == 0 || !lexicon.IsOptionBox(text[0])) return null;
        var options = new List<ChoiceOption>();
        var ticked = new List<ChoiceOption>();
        var structure = new List<string>();
        bool lettered = true;
        int at = 0;
        while (at < text.Length)
        {
            char box = text[at];
            int end = at + 1;
            while (end < text.Length && !lexicon.IsOptionBox(text[end])) end++;
            var item = text[(at + 1)..end].Trim();
            if (item.Length == 0 || options.Count == MaxOptions) return null;
            structure.Add(box.ToString());
            var letter = OptionLetter().Match(item);
            string label = ((char)('A' + options.Count)).ToString();
            if (letter.Success && string.Equals(letter.Groups["l"].Value, label, StringComparison.OrdinalIgnoreCase))
            {
                structure.Add(letter.Value.Trim());
                label = letter.Groups["l"].Value;
                item = item[letter.Length..].Trim();
            }
            else lettered = false;
            var option = new ChoiceOption(label, item);
            options.Add(option);
            if (lexicon.IsTickedBox(box)) ticked.Add(option);
            at = end;
        }
        if (options.Count < 2 || ticked.Count == 0 || ticked.Count == options.Count) return null;
        var chosen = lettered ? string.Concat(ticked.Select(o => o.Label)) : string.Join("\n", ticked.Select(o => o.Text));
        return new MarkedItems(options, chosen, ticked.Count, structure);
    }
}
