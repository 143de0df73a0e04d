using System.Text.RegularExpressions;
using QuestionExtract.Model;
using QuestionExtract.Text;

namespace QuestionExtract.Cleaning;

/// <summary>
/// A quiz platform's result report prints, under each item's right answer, a table of the choices with how many
/// respondents chose each (选项 小计 比例 ⏎ A.位（bit） 41 85.42%). The table's header is furniture the site rule
/// <see cref="HeaderRuleId"/> names; the lettered rows under it are the item's options with two columns of
/// statistics after them. This rule keeps each such row's option alone (A.位（bit）), as a line of text, so the
/// item reads its options; rows that are no option (对 47 97.92%, Mars 28) are left to the rows' site rule.
/// </summary>
public sealed partial class QuizStatisticsColumnsRule(SiteRuleSet rules) : ICleaningRule
{
    public const string HeaderRuleId = "quiz-statistics";

    public string Id => "quiz-statistics-columns";

    // A lettered option, then its count and its share (either order), each apart by spaces or tabs.
    [GeneratedRegex(@"^(?<o>[A-H][.．、][^\t]*?\S)[ \t]+(?:\d+[ \t]+\d{1,3}(?:\.\d+)?%|\d{1,3}(?:\.\d+)?%[ \t]+\d+)$")]
    private static partial Regex OptionRowPattern();

    [GeneratedRegex(@"^[A-H][.．、]\S")]
    private static partial Regex OptionCellPattern();

    [GeneratedRegex(@"^(?:\d+|\d{1,3}(?:\.\d+)?%)$")]
    private static partial Regex FigureCellPattern();

    public void Apply(CleaningContext context)
    {
        var blocks = context.Blocks;
        for (int i = 0; i < blocks.Count; i++)
        {
            // The header is looked up among the site rules (a fold and a pass over them) only above an option row
            // with its figures, which few blocks stand above: the rule runs on every block of every document.
            if (NextWithText(blocks, i + 1) is not int first || OptionOf(blocks[first]) is null || !IsHeader(blocks[i])) continue;
            for (int j = i + 1; j < blocks.Count; j++)
            {
                var row = blocks[j];
                if (string.IsNullOrWhiteSpace(row.Text)) continue;
                if (OptionOf(row) is not { } option) break;
                if (context.RecordsRepairs) context.Repairs.Add(new Repair(Id, row.Text, option, row.Location));
                blocks[j] = new Block(option, BlockKind.Paragraph, row.Location);
                i = j;
            }
        }
    }

    private static int? NextWithText(List<Block> blocks, int from)
    {
        for (int j = from; j < blocks.Count; j++)
            if (!string.IsNullOrWhiteSpace(blocks[j].Text)) return j;
        return null;
    }

    private bool IsHeader(Block block) =>
        block.Text.Length <= 80 && rules.MatchFolded(FoldedText.Of(block.Text), out _)?.Id == HeaderRuleId;

    // The option of a statistics row: from a table's cells (the option, then only figures), or from a line.
    private static string? OptionOf(Block row)
    {
        if (row.Cells is { Count: >= 2 } cells)
            return OptionCellPattern().IsMatch(cells[0].Trim()) && cells.Skip(1).All(c => FigureCellPattern().IsMatch(c.Trim())) ? cells[0].Trim() : null;
        var m = OptionRowPattern().Match(row.Text.Trim());
        return m.Success ? m.Groups["o"].Value : null;
    }
}
