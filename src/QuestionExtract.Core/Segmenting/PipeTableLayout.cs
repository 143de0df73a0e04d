using System.Text.RegularExpressions;
using QuestionExtract.Text;

namespace QuestionExtract.Segmenting;

/// <summary>
/// Reads questions laid out as a table (序号 | 问题 | 参考答案 |), whether written with pipes in text or
/// read from docx/html table rows: the header row names the columns, each later row is a question.
/// </summary>
public sealed partial class PipeTableLayout(LabelLexicon lexicon)
{

    public sealed record Row(string Number, string Question, string? Answer, int Start, int End);

    public sealed record Table(int Start, int HeaderEnd, int End, IReadOnlyList<Row> Rows, bool HasNumberColumn);

    /// <summary>Every question table of the text, in order: a category line between two tables ends one and the
    /// next header starts another (banks split by category repeat the header).</summary>
    public List<Table> FindAll(string text)
    {
        var tables = new List<Table>();
        // A header and two rows take at least six pipes; most documents have none, and need no line split.
        if (text.AsSpan().Count('|') < 6) return tables;
        var lines = Lines(text);
        int from = 0;
        while (Find(lines, from, tables.Count == 0 ? 2 : 1) is { } found)
        {
            tables.Add(found.Table);
            from = found.NextLine;
        }
        return tables;
    }

    public Table? Find(string text) => FindAll(text).FirstOrDefault();

    private (Table Table, int NextLine)? Find(List<(string Text, int Start, int End)> lines, int fromLine, int minRows)
    {
        for (int i = fromLine; i < lines.Count; i++)
        {
            var header = Cells(lines[i].Text);
            if (header.Count < 2) continue;
            var folded = header.Select(h => FoldedText.Of(h).ToLowerInvariant()).ToList();
            int q = folded.FindIndex(h => lexicon.TableQuestionHeaders.Any(h.Contains));
            int a = folded.FindIndex(h => lexicon.TableAnswerHeaders.Any(h.Contains));
            int n = folded.FindIndex(h => lexicon.TableNumberHeaders.Contains(h));
            if (q < 0 || a < 0 || q == a) continue;
            var rows = new List<Row>();
            int j = i + 1;
            for (; j < lines.Count; j++)
            {
                if (lines[j].Text.Trim().Length == 0) continue;
                var cells = Cells(lines[j].Text);
                if (cells.Count < 2) break;
                if (cells.All(c => c.Trim('-', ':', ' ').Length == 0)) continue; // markdown separator row
                string Cell(int k) => k >= 0 && k < cells.Count ? cells[k] : "";
                var number = n >= 0 ? Cell(n) : (rows.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var answer = Cell(a);
                rows.Add(new Row(number, Cell(q), answer.Length == 0 ? null : answer, lines[j].Start, lines[j].End));
            }
            if (rows.Count >= minRows) return (new Table(lines[i].Start, lines[i].End, rows[^1].End, rows, n >= 0), j);
        }
        return null;
    }

    // Rows come as "a | b |" (docx and html readers, pasted text) or "| a | b |" (Markdown); a pipe escaped
    // inside a Markdown cell ("\|") is the cell's own character, not a column break.
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

    private static List<(string Text, int Start, int End)> Lines(string text)
    {
        var result = new List<(string, int, int)>();
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            result.Add((text[start..end], start, end));
            start = end + 1;
        }
        return result;
    }
}
