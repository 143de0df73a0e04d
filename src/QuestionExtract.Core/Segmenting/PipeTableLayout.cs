using QuestionExtract.Text;

namespace QuestionExtract.Segmenting;

/// <summary>
/// Reads questions laid out as a table (序号 | 问题 | 参考答案 |), whether read from docx/html/Markdown table rows
/// (their cells, as the reader kept them) or written with pipes in text: the header row names the columns, each
/// later row is a question. A row of one cell inside the table (Java基础 spanning the width) names the section
/// of the rows under it.
/// </summary>
public sealed class PipeTableLayout(LabelLexicon lexicon)
{
    /// <summary>A question row; <paramref name="Separators"/> is its text in no cell (pipes), <paramref name="Section"/> the category row over it.</summary>
    public sealed record Row(string Number, string Question, string? Answer, int Start, int End, string Separators, string? Section)
    {
        /// <summary>The row's options, from columns headed by their letters (选项A …); null when the table has none or the row leaves them empty.</summary>
        public IReadOnlyList<Model.ChoiceOption>? Options { get; init; }
        public string? Analysis { get; init; }
        /// <summary>The type column's cell (单选, 判断): the output's type says it.</summary>
        public string? TypeCell { get; init; }
    }

    /// <summary>
    /// A question table from <paramref name="Start"/> to <paramref name="End"/>: its rows, the lines that are
    /// its structure (header, Markdown delimiter rows, category rows over questions), and category rows with no
    /// question under them (<paramref name="Unclaimed"/>: text, not structure).
    /// </summary>
    public sealed record Table(int Start, int End, IReadOnlyList<Row> Rows, IReadOnlyList<TableLine> Structure, IReadOnlyList<TableLine> Unclaimed, bool HasNumberColumn);

    // A category row is a short label (Java基础, 二、数据库), never a paragraph.
    private const int MaxCategoryLength = 40;

    /// <summary>Every question table of the document, in order: a category line between two tables ends one and
    /// the next header starts another (banks split by category may repeat the header).</summary>
    public List<Table> FindAll(DocumentText document)
    {
        var tables = new List<Table>();
        // A header and two rows take at least six pipes; most documents have none, and need no line split.
        if (document.Text.AsSpan().Count('|') < 6) return tables;
        var lines = TableLines.Of(document);
        int from = 0;
        while (Find(lines, from, tables.Count == 0 ? 2 : 1) is { } found)
        {
            tables.Add(found.Table);
            from = found.NextLine;
        }
        return tables;
    }

    private (Table Table, int NextLine)? Find(List<TableLine> lines, int fromLine, int minRows)
    {
        for (int i = fromLine; i < lines.Count; i++)
        {
            var header = lines[i].Cells;
            if (header.Count < 2) continue;
            var folded = header.Select(h => FoldedText.Of(h).ToLowerInvariant()).ToList();
            int q = folded.FindIndex(h => lexicon.TableQuestionHeaders.Any(h.Contains));
            int a = folded.FindIndex(h => lexicon.TableAnswerHeaders.Any(h.Contains));
            if (a < 0) a = folded.FindIndex(h => lexicon.TableAnswerPointHeaders.Any(h.Contains));
            int n = folded.FindIndex(h => lexicon.TableNumberHeaders.Contains(h));
            // No header, but rows of a question and its answer (a flashcard export: question⇥answer): the first row
            // is a question too.
            bool headerless = (q < 0 || a < 0 || q == a) && (i == 0 || lines[i - 1].Cells.Count != 2) && IsQuestionAnswerPairs(lines, i);
            if (headerless) (q, a, n) = (0, 1, -1);
            if (q < 0 || a < 0 || q == a) continue;
            int x = folded.FindIndex(h => lexicon.TableAnalysisHeaders.Any(h.Contains));
            if (x == q || x == a) x = -1;
            int type = folded.FindIndex(h => lexicon.TableTypeHeaders.Contains(h));
            if (headerless) (x, type) = (-1, -1);
            var optionColumns = headerless ? [] : folded.Select((h, k) => (Letter: OptionLetter(h), Column: k)).Where(o => o.Letter is not null && o.Column != q && o.Column != a).ToList();
            // One column holding all of a row's options (选项: A.TN-S ⏎ B.TN-C …): they are read as if printed under the stem.
            int allOptions = headerless ? -1 : folded.FindIndex(h => lexicon.TableOptionHeaders.Any(w => h == w || h == w + "s"));
            if (allOptions == q || allOptions == a) allOptions = -1;
            var rows = new List<Row>();
            var structure = headerless ? new List<TableLine>() : new List<TableLine> { lines[i] };
            var unclaimed = new List<TableLine>();
            // A category row names the rows after it once a question row follows; until then it is pending.
            TableLine? pending = null;
            string? section = null;
            int j = headerless ? i : i + 1;
            for (; j < lines.Count; j++)
            {
                var line = lines[j];
                if (line.IsBlank) continue;
                var cells = line.Cells;
                if (cells.Count == 0) break;
                if (cells.All(c => c.Trim('-', ':', ' ').Length == 0))  // a Markdown delimiter row, or an empty row
                {
                    structure.Add(line);
                    continue;
                }
                if (IsCategory(cells, q))
                {
                    // Two category rows in a row: the first has no question of its own.
                    if (pending is not null) unclaimed.Add(pending);
                    pending = line;
                    continue;
                }
                if (cells.Count < 2) break;
                if (pending is not null)
                {
                    structure.Add(pending);
                    section = pending.Cells[0];
                    pending = null;
                }
                string Cell(int k) => k >= 0 && k < cells.Count ? cells[k] : "";
                var number = n >= 0 ? Cell(n) : (rows.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var answer = Cell(a);
                var options = optionColumns.Where(o => Cell(o.Column).Length > 0).Select(o => new Model.ChoiceOption(o.Letter!, Cell(o.Column))).ToList();
                var question = allOptions >= 0 && Cell(allOptions).Length > 0 ? Cell(q) + "\n" + Cell(allOptions) : Cell(q);
                rows.Add(new Row(number, question, answer.Length == 0 ? null : answer, line.Start, line.End, line.Separators(), section)
                {
                    Options = options.Count >= 2 ? options : null,
                    Analysis = x >= 0 && Cell(x).Length > 0 ? Cell(x) : null,
                    TypeCell = type >= 0 && Cell(type).Length > 0 ? Cell(type) : null,
                });
            }
            if (rows.Count < minRows) continue;
            // A table whose question column holds only numbers (Question | Answer ⏎ 1 | C, a mark scheme's 01.1) is an
            // answer key, not the questions: the key grid reads it.
            if (rows.All(r => KeyRowNumber.Parse(r.Question) is not null)) continue;
            // Category rows after the last question (a closing note across the table) are not the table's: they
            // are text after it.
            unclaimed.RemoveAll(u => u.Start > rows[^1].Start);
            structure.RemoveAll(u => u.Start > rows[^1].Start);
            return (new Table(lines[i].Start, rows[^1].End, rows, structure, unclaimed, n >= 0), j);
        }
        return null;
    }

    // Consecutive rows of two cells from this line on that read as cards (question | answer, term | definition).
    private static bool IsQuestionAnswerPairs(List<TableLine> lines, int start)
    {
        var rows = new List<(string, string)>();
        for (int k = start; k < lines.Count && !lines[k].IsBlank && lines[k].Cells.Count == 2; k++) rows.Add((lines[k].Cells[0], lines[k].Cells[1]));
        return CardRows.AreCards(rows);
    }

    // A column headed by an option's letter, alone or after an option word (A, 选项A, Option B): the letter.
    private string? OptionLetter(string foldedHeader)
    {
        var h = foldedHeader;
        foreach (var word in lexicon.TableOptionHeaders)
            if (h.StartsWith(word, StringComparison.Ordinal)) { h = h[word.Length..]; break; }
        return h.Length == 1 && h[0] is >= 'a' and <= 'h' ? char.ToUpperInvariant(h[0]).ToString() : null;
    }

    // A row of one short cell, or (in a table whose first column is not the questions) a row whose first cell
    // alone holds text: a category label spanning the table. In a table whose first column is the questions, such
    // a row is a question with no answer; a bare number alone is a question row left empty.
    private static bool IsCategory(IReadOnlyList<string> cells, int questionColumn)
    {
        var label = cells[0];
        if (label.Length == 0 || label.Length > MaxCategoryLength || label.Contains('\n') || label.All(char.IsDigit)) return false;
        return cells.Count == 1 || (questionColumn > 0 && cells.Skip(1).All(c => c.Length == 0));
    }
}
