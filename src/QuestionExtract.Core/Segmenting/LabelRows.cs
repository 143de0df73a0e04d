using QuestionExtract.Model;

namespace QuestionExtract.Segmenting;

/// <summary>
/// A table row of two cells whose first names a field (正确答案 | C, 解析 | 80-5=75, Answer | B): a Word or html
/// bank puts each question's answer and analysis in a small table under it, a label and its value a row. Such a row
/// reads as the labelled line it stands for (正确答案：C), so the field splitter finds the label as in running text.
/// Other rows stay rows.
/// </summary>
public sealed partial class LabelRows(LabelLexicon lexicon)
{
    /// <summary>
    /// The blocks with each label row as its labelled line; <paramref name="consumed"/> gets the table's markup
    /// that goes with it (the bars, a Markdown header's delimiter row under such a row).
    /// </summary>
    public IReadOnlyList<Block> Rewrite(IReadOnlyList<Block> blocks, List<string> consumed)
    {
        List<Block>? result = null;
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (LabelOf(block) is not { } label)
            {
                result?.Add(block);
                continue;
            }
            result ??= [.. blocks.Take(i)];
            result.Add(new Block(label + "：" + block.Cells![1].Trim(), BlockKind.Paragraph, block.Location, block.Level) { Collapsed = block.Collapsed });
            // The bars between the cells, and what was trimmed off the label (【】, a colon), are the row's markup.
            consumed.Add(string.Concat(block.Text.Where(c => c == '|')) + block.Cells[0].Trim().Replace(label, ""));
            // A Markdown table's first row is its header, the delimiter row under it markup of that header.
            if (i + 1 < blocks.Count && blocks[i + 1].Cells is { Count: > 0 } next && next.All(c => DelimiterCell().IsMatch(c)))
            {
                consumed.Add(blocks[i + 1].Text);
                i++;
            }
        }
        return result ?? blocks;
    }

    // The answer or analysis label a two-cell row opens with, its value cell not empty; null for any other row.
    private string? LabelOf(Block block)
    {
        if (block.Cells is not [var first, var second] || second.Trim().Length == 0) return null;
        var label = first.Trim().Trim("【】[]*:： \t\u3000".ToCharArray());
        return label.Length > 0 && lexicon.FieldOfLabel(label) is LabelKind.Answer or LabelKind.Analysis ? label : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^:?-{3,}:?$")]
    private static partial System.Text.RegularExpressions.Regex DelimiterCell();
}
