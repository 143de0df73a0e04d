using System.Text.RegularExpressions;
using QuestionExtract.Model;

namespace QuestionExtract.Cleaning;

/// <summary>
/// A learning platform's attempt review, saved by the student, marks the choices rather than labelling an answer.
/// Canvas prints a marker on a line of its own before a choice (<c>Correct!</c> before the taker's right choice,
/// <c>Correct Answer</c> before the right one the taker missed, <c>You Answered</c> before the taker's wrong one);
/// Blackboard prints the taker's choice under <c>Selected Answer:</c> and every choice under <c>Answers:</c>, above
/// its <c>Correct Answer:</c>. This rule reads them as the question's parts: the marked right choices become one
/// <c>Correct Answer:</c> line closing the question (before the next <c>Question N</c>), the choices stay under the
/// stem, the taker's selection goes. Only in a document that shows the platform's review (a taker's marker or
/// selection, a question's points line); <c>You Answered</c> itself is left to the site rule that names it.
/// </summary>
public sealed partial class AttemptReviewMarkersRule : ICleaningRule
{
    public string Id => "lms-answer-markers";

    // Canvas' markers before the right choices; the choice may follow on the marker's line after a tab.
    [GeneratedRegex(@"^[ \t]*(?:Correct!|Correct Answers?)(?:[ \t]*\t[ \t]*(?<c>\S.*?))?[ \t]*$")]
    private static partial Regex RightMarker();

    // What shows the page is such a review: a taker's marker or selection, a question's points as the platforms print them.
    [GeneratedRegex(@"^[ \t]*(?:You Answered|Correct!|Flag question|Mark[ \t]+\d+(?:\.\d+)?[ \t]+out of[ \t]+\d+(?:\.\d+)?|Selected Answers?:.*|\d+(?:\.\d+)?[ \t]*/[ \t]*\d+(?:\.\d+)?[ \t]*pts|\d+(?:\.\d+)?[ \t]+out of[ \t]+\d+(?:\.\d+)?[ \t]+points?)[ \t]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReviewEvidence();

    [GeneratedRegex(@"^[ \t]*(?:Selected Answers?|Given Answer)[ \t]*[:：][ \t]*(?<v>.*?)[ \t]*$")]
    private static partial Regex Selection();

    [GeneratedRegex(@"^[ \t]*Answers[ \t]*[:：][ \t]*(?<c>.*?)[ \t]*$")]
    private static partial Regex ChoicesLabel();

    // A line that opens the next question of the review (Question 2, Question 2 of 10).
    [GeneratedRegex(@"^[ \t]*Question[ \t]*\d{1,4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionHeader();

    // A label line of Blackboard's, which is no choice and no selected value.
    [GeneratedRegex(@"^[ \t]*(?:Answers|Correct Answers?|Response Feedback|Selected Answers?)[ \t]*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex LabelLine();

    private const int MaxChoiceLength = 300;
    private const int MinEvidence = 2;

    // A form's stem with its required-field star (Which organelle …? *), and the question's points line under it (1/1).
    [GeneratedRegex(@"^(?<stem>.*\S)[ \t]+\*[ \t]*$")]
    private static partial Regex StarredStem();

    [GeneratedRegex(@"^[ \t]*\d{1,3}(?:\.\d{1,2})?[ \t]*/[ \t]*\d{1,3}(?:\.\d{1,2})?[ \t]*$")]
    private static partial Regex PointsLine();

    public void Apply(CleaningContext context)
    {
        var blocks = context.Blocks;
        TakeFormPoints(context);
        // Two lines of evidence at least: one Correct! or 8 out of 10 points may be a quiz page's own words.
        if (blocks.Count(b => b.Text.Length <= 60 && ReviewEvidence().IsMatch(b.Text)) < MinEvidence) return;
        TakeSelections(context);
        // The right choices are gathered per question, up to the next Question N line: without such lines they would
        // pile onto the last question.
        if (blocks.Count(b => QuestionHeader().IsMatch(b.Text)) >= MinEvidence) TakeRightMarkers(context);
        JoinChoiceLetters(context);
    }

    // A form's score view (Google Forms): each stem carries the form's required star and the points the taker got
    // for it on the line under it. The star goes from the stem, the points line goes; only where two stems at least
    // show the pair, as a lone 1/2 under a starred line may be a fraction.
    private void TakeFormPoints(CleaningContext context)
    {
        var blocks = context.Blocks;
        var pairs = new List<(int Stem, int Points)>();
        for (int i = 0; i < blocks.Count; i++)
            if (StarredStem().IsMatch(blocks[i].Text) && NextWithText(blocks, i) is int next && PointsLine().IsMatch(blocks[next].Text))
                pairs.Add((i, next));
        if (pairs.Count < MinEvidence) return;
        for (int p = 0; p < pairs.Count; p++)
        {
            var (stem, points) = pairs[p];
            var text = StarredStem().Match(blocks[stem].Text).Groups["stem"].Value;
            if (context.RecordsRepairs) context.Repairs.Add(new Repair(Id, blocks[stem].Text, text, blocks[stem].Location));
            // The star said the line is the form's question, whether it asks or states (Water boils at 100 °C. *):
            // it is kept as a heading, as the form shows its questions.
            blocks[stem] = blocks[stem].Repaired(text, _ => text) with { Kind = BlockKind.Heading, Level = FormQuestionLevel };
            Remove(context, points);
            MarkCorrectAnswerBlock(context, points + 1, p + 1 < pairs.Count ? pairs[p + 1].Stem : blocks.Count);
        }
        blocks.RemoveAll(b => b.Text.Length == 0 && b.Kind == BlockKind.PageFurniture);
    }

    private const int FormQuestionLevel = 3;

    [GeneratedRegex(@"^[ \t]*Correct answers?[ \t]*$", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerBlockHeading();

    // The mark an answer sheet prints after a right option (data optionMarks), as the reader writes it for a styled one.
    private const string RightMark = "\t✓";

    // The form's block under a wrongly answered question (Correct answer ⏎ Leaves) names one of the choices above it:
    // that choice is marked right, as the ones the taker got right are, and the block goes.
    private void MarkCorrectAnswerBlock(CleaningContext context, int from, int to)
    {
        var blocks = context.Blocks;
        for (int i = from; i < to; i++)
        {
            if (!AnswerBlockHeading().IsMatch(blocks[i].Text)) continue;
            if (NextWithText(blocks, i) is not int named || named >= to) return;
            var choice = blocks[named].Text.Trim();
            for (int j = from; j < i; j++)
            {
                if (blocks[j].Text.Trim() != choice) continue;
                var marked = blocks[j].Text.TrimEnd() + RightMark;
                if (context.RecordsRepairs) context.Repairs.Add(new Repair(Id, blocks[j].Text, marked, blocks[j].Location));
                blocks[j] = blocks[j].Repaired(marked, _ => marked);
                Remove(context, i);
                Remove(context, named);
                return;
            }
            return;
        }
    }

    // Moodle's saved page: the hidden legend Answer over the choices, and each choice's letter in an element of its
    // own (a. ⏎ HAVING), which joins the choice's text (a. HAVING).
    [GeneratedRegex(@"^[ \t]*[a-h][.．][ \t]*$")]
    private static partial Regex LetterAlone();

    private void JoinChoiceLetters(CleaningContext context)
    {
        var blocks = context.Blocks;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (!LetterAlone().IsMatch(blocks[i].Text) || NextWithText(blocks, i) is not int choice || i + 1 != choice || !IsChoice(blocks[choice].Text)) continue;
            if (blocks[i].Text.Trim() == "a." && PreviousWithText(blocks, i) is int legend && blocks[legend].Text.Trim() == "Answer") Remove(context, legend);
            var joined = blocks[i].Text.Trim() + " " + blocks[choice].Text.Trim();
            if (context.RecordsRepairs) context.Repairs.Add(new Repair(Id, blocks[i].Text + "\n" + blocks[choice].Text, joined, blocks[i].Location));
            blocks[i] = blocks[i].Repaired(joined, _ => joined);
            blocks[choice] = new Block("", BlockKind.PageFurniture, blocks[choice].Location);
            i = choice;
        }
        blocks.RemoveAll(b => b.Text.Length == 0 && b.Kind == BlockKind.PageFurniture);
    }

    private static int? PreviousWithText(List<Block> blocks, int i)
    {
        for (int j = i - 1; j >= 0; j--)
            if (!string.IsNullOrWhiteSpace(blocks[j].Text)) return j;
        return null;
    }

    // Blackboard: the taker's selection goes (a value alone on the line under the label goes with it); the label
    // over every choice goes, its first choice staying on its line.
    private void TakeSelections(CleaningContext context)
    {
        var blocks = context.Blocks;
        // The label over every choice is Blackboard's only beside its selections: elsewhere Answers: 1.B 2.C heads a key.
        bool selections = blocks.Any(b => Selection().IsMatch(b.Text));
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (Selection().Match(block.Text) is { Success: true } selection)
            {
                Remove(context, i);
                if (selection.Groups["v"].Length == 0) RemoveSelectedValues(context, i);
            }
            else if (selections && ChoicesLabel().Match(block.Text) is { Success: true } choices)
            {
                var first = choices.Groups["c"].Value;
                if (first.Length == 0) { Remove(context, i); continue; }
                if (context.RecordsRepairs) context.Repairs.Add(new Repair(Id, block.Text, first, block.Location));
                blocks[i] = block.Repaired(first, _ => first);
            }
        }
        blocks.RemoveAll(b => b.Text.Length == 0 && b.Kind == BlockKind.PageFurniture);
    }

    // The values under a bare Selected Answers: label, one a line: down to the next label of the review (Answers:,
    // Correct Answer:); only the first line where no such label follows before the next question.
    private void RemoveSelectedValues(CleaningContext context, int label)
    {
        var blocks = context.Blocks;
        int end = label + 1;
        while (end < blocks.Count && !QuestionHeader().IsMatch(blocks[end].Text) && !LabelLine().IsMatch(blocks[end].Text)) end++;
        bool labelled = end < blocks.Count && LabelLine().IsMatch(blocks[end].Text);
        for (int j = label + 1; j < end; j++)
        {
            if (string.IsNullOrWhiteSpace(blocks[j].Text)) continue;
            if (!IsChoice(blocks[j].Text)) return;
            Remove(context, j);
            if (!labelled) return;
        }
    }

    // Canvas: each question's right choices, after their markers, are named on a Correct Answer line closing it.
    private void TakeRightMarkers(CleaningContext context)
    {
        var blocks = context.Blocks;
        var right = new List<string>();
        var at = new SourceLocation(1, 1);
        for (int i = 0; i <= blocks.Count; i++)
        {
            if (i == blocks.Count || QuestionHeader().IsMatch(blocks[i].Text))
            {
                if (right.Count > 0)
                {
                    var line = "Correct Answer: " + string.Join("\n", right);
                    if (context.RecordsRepairs) context.Repairs.Add(new Repair(Id, "", line, at));
                    blocks.Insert(EndOfQuestion(blocks, i), new Block(line, BlockKind.Paragraph, at));
                    i++;
                    right.Clear();
                }
                continue;
            }
            if (RightMarker().Match(blocks[i].Text) is not { Success: true } marker) continue;
            var onLine = marker.Groups["c"].Value;
            if (onLine.Length > 0)
            {
                right.Add(onLine);
                at = blocks[i].Location;
                if (context.RecordsRepairs) context.Repairs.Add(new Repair(Id, blocks[i].Text, onLine, blocks[i].Location));
                blocks[i] = blocks[i].Repaired(onLine, _ => onLine);
            }
            else if (NextWithText(blocks, i) is int choice && IsChoice(blocks[choice].Text) && !RightMarker().IsMatch(blocks[choice].Text))
            {
                right.Add(blocks[choice].Text.Trim());
                at = blocks[i].Location;
                Remove(context, i);
            }
        }
        blocks.RemoveAll(b => b.Text.Length == 0 && b.Kind == BlockKind.PageFurniture);
    }

    // Where a question's answer line goes: after its last line with text, before the next question's header.
    private static int EndOfQuestion(List<Block> blocks, int next)
    {
        int end = next;
        while (end > 0 && string.IsNullOrWhiteSpace(blocks[end - 1].Text)) end--;
        return end;
    }

    private static bool IsChoice(string text) =>
        text.Trim().Length is > 0 and <= MaxChoiceLength && !QuestionHeader().IsMatch(text) && !LabelLine().IsMatch(text);

    private static int? NextWithText(List<Block> blocks, int i)
    {
        for (int j = i + 1; j < blocks.Count; j++)
            if (!string.IsNullOrWhiteSpace(blocks[j].Text)) return j;
        return null;
    }

    // The block is recorded as removed and left empty, to be dropped once the pass is done (indexes stay put).
    private void Remove(CleaningContext context, int i)
    {
        var block = context.Blocks[i];
        context.Removed.Add(new RemovedPiece(Id, block.Text, block.Location));
        context.Blocks[i] = new Block("", BlockKind.PageFurniture, block.Location);
    }
}
