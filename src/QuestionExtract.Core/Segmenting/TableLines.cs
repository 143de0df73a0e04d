using System.Text.RegularExpressions;

namespace QuestionExtract.Segmenting;

/// <summary>
/// The lines of a document for <see cref="PipeTableLayout"/>: a row a reader read from a table (docx, html,
/// Markdown) is one line with the reader's cells, however many lines its text spans; any other line is split on
/// its pipes, for tables typed as text (| 问题 | 答案 |).
/// </summary>
public static partial class TableLines
{
    public static List<TableLine> Of(DocumentText document)
    {
        var text = document.Text;
        var lines = new List<TableLine>();
        using var rows = document.TableRows().GetEnumerator();
        bool hasRow = rows.MoveNext();
        int start = 0;
        while (start <= text.Length)
        {
            // Blocks start lines, so a row read from a table starts where a line does.
            while (hasRow && rows.Current.Start < start) hasRow = rows.MoveNext();
            if (hasRow && rows.Current.Start == start)
            {
                var (rowStart, rowEnd, cells) = rows.Current;
                lines.Add(new TableLine(text[rowStart..rowEnd], rowStart, rowEnd, cells.Select(c => c.Trim()).ToArray()));
                start = rowEnd + 1;
                continue;
            }
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text[start..end];
            lines.Add(new TableLine(line, start, end, Cells(line)));
            start = end + 1;
        }
        return lines;
    }

    // Rows come as "a | b |" (pasted from a page) or "| a | b |" (Markdown typed as text); a pipe escaped inside
    // a Markdown cell ("\|") is the cell's own character, not a column break.
    private static List<string> Cells(string line)
    {
        if (line.AsSpan().Count('|') < 2) return [];
        var parts = UnescapedPipePattern().Split(line).Select(p => p.Replace(@"\|", "|").Trim()).ToList();
        if (parts.Count > 0 && parts[0].Length == 0) parts.RemoveAt(0);
        if (parts.Count > 0 && parts[^1].Length == 0) parts.RemoveAt(parts.Count - 1);
        return parts;
    }

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipePattern();
}
