using System.Text.RegularExpressions;
using QuestionExtract.Model;

namespace QuestionExtract.Cleaning;

/// <summary>
/// Removes blocks that recur across much of the batch (<see cref="RepetitionIndex"/>): furniture of a site no
/// rule knows. Conservative: a repeated block that looks like a question or an answer (a question mark, a
/// question number, an answer label) is kept, with a warning, because banks do share questions.
/// </summary>
public sealed partial class RepeatedBlockRule(RepetitionIndex index) : ICleaningRule
{
    [GeneratedRegex(@"[?？]|^\s*(?:第[一二三四五六七八九十\d]+[题題]|\d{1,3}[.．、]|Q\d)|(?:答案|解析|Answer)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionLikePattern();

    public string Id => "repeated-furniture";

    // Furniture sits around the content: only repeated blocks in the edge zones (everything before them, or
    // everything after them, is repeated too or short) are removed. Repeats inside the content are kept.
    private const int ShortBlock = 40;

    public void Apply(CleaningContext context)
    {
        var blocks = context.Blocks;
        var repeated = blocks.Select(b => index.IsRepeated(b.Text)).ToArray();
        var questionLike = blocks.Select(b => QuestionLikePattern().IsMatch(b.Text)).ToArray();
        bool Minor(int i) => !questionLike[i] && (repeated[i] || blocks[i].Text.Trim().Length < ShortBlock);
        var edgeBefore = new bool[blocks.Count];
        var edgeAfter = new bool[blocks.Count];
        for (int i = 0, ok = 1; i < blocks.Count; i++) { edgeBefore[i] = ok == 1; if (!Minor(i)) ok = 0; }
        for (int i = blocks.Count - 1, ok = 1; i >= 0; i--) { edgeAfter[i] = ok == 1; if (!Minor(i)) ok = 0; }

        var kept = new List<Block>(blocks.Count);
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (!repeated[i]) { kept.Add(block); continue; }
            // A block right after a question is its answer, however often the batch repeats it.
            bool answersQuestion = i > 0 && questionLike[i - 1];
            if (questionLike[i] || answersQuestion || !(edgeBefore[i] || edgeAfter[i]))
            {
                context.Warnings.Add(new ExtractionWarning("repeated-block", $"kept a block that recurs across the batch but may be content: {block.Text.Trim()}", block.Location.ToString()));
                kept.Add(block);
                continue;
            }
            context.Removed.Add(new RemovedPiece(Id, block.Text, block.Location));
        }
        blocks.Clear();
        blocks.AddRange(kept);
    }
}
