using QuestionExtract.Model;
using QuestionExtract.Reading.MarkupSource;
using QuestionExtract.Text;

namespace QuestionExtract.Reading;

/// <summary>Reads text files: one block per line, located by line number; tab-separated rows as a table's rows.</summary>
public sealed class PlainTextReader(string? forcedEncoding = null) : IDocumentReader
{
    public string Format => "text";

    // Text unless it holds NUL bytes without a UTF-16 byte order mark: then it is binary (zip, executable, …).
    public bool CanRead(string path, ReadOnlySpan<byte> content) =>
        content.IndexOf((byte)0) < 0 || (content.Length >= 2 && (content[0], content[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        || (TextDecoder.LooksLikeUtf16(content, out _) && TextDecoder.Decode(content.ToArray()).EncodingName.StartsWith("utf-16", StringComparison.Ordinal));

    public SourceDocument Read(string path, byte[] content)
    {
        var decoded = TextDecoder.Decode(content, forcedEncoding);
        var warnings = decoded.Warnings();
        return new SourceDocument(SourceInfoFactory.Create(path, Format, decoded.EncodingName, content), Lines(decoded.Text), warnings);
    }

    /// <summary>A document from text already decoded (for callers that hold a string, and for fuzzing the later stages).</summary>
    public static SourceDocument FromText(string path, string text) =>
        new(SourceInfoFactory.Create(path, "text", "utf-16", System.Text.Encoding.UTF8.GetBytes(text)), Lines(text), []);

    private static List<Block> Lines(string text)
    {
        var blocks = new List<Block>();
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        if (AnkiExportHeader.Read(lines) is { } anki) return AnkiNotes(lines, anki);
        var numbers = TabRecords(ref lines);
        int csvRows = CsvTableRun(lines, out int csvStart);
        for (int i = 0; i < lines.Length; i++)
        {
            if (i == csvStart && csvRows > 0)
            {
                // A question bank saved as comma-separated values (an import template): each line a row.
                for (int j = i; j < i + csvRows; j++)
                {
                    var cells = CsvFields(lines[j])!;
                    blocks.Add(TableRow(cells, numbers[j]));
                }
                i += csvRows - 1;
                continue;
            }
            int run = TabTableRun(lines, i);
            if (run > 0)
            {
                // A spreadsheet saved as text: each line a row, its cells apart by tabs, read as a table's rows.
                for (int j = i; j < i + run; j++)
                {
                    var cells = lines[j].Split('\t').Select(c => Unquoted(c.Trim())).ToArray();
                    blocks.Add(TableRow(cells, numbers[j]));
                }
                i += run - 1;
                continue;
            }
            if (WordControlMarks.Has(lines[i]))
            {
                // Text dumped from a Word 97–2003 file: a row of cell marks is a table's row, fields show their result.
                if (WordControlMarks.Cells(lines[i]) is { } cells) { blocks.Add(TableRow([.. cells.Select(WordControlMarks.Resolve)], numbers[i])); continue; }
                blocks.Add(new Block(WordControlMarks.Resolve(lines[i]), BlockKind.Paragraph, new SourceLocation(numbers[i], 1)));
                continue;
            }
            blocks.Add(new Block(lines[i], BlockKind.Paragraph, new SourceLocation(numbers[i], 1)));
        }
        // A question bank kept as a markup language's source reads as its rendering would.
        return [.. MarkupSourceNormaliser.Normalise(blocks)];
    }

    /// <summary>Rule id of an Anki export's header lines and its notes' metadata cells (note type, deck, tags).</summary>
    public const string AnkiMetadataRule = "anki-metadata";

    // A deck exported from Anki: its header is metadata, each note a table's row of its fields (front, back, …);
    // the #columns: line names them as a header row does.
    private static List<Block> AnkiNotes(string[] lines, AnkiExportHeader anki)
    {
        var blocks = new List<Block>();
        for (int i = 0; i < lines.Length; i++)
        {
            var location = new SourceLocation(i + 1, 1);
            if (i < anki.LineCount && i != anki.ColumnsLine)
            {
                blocks.Add(new Block(lines[i], BlockKind.PageFurniture, location) { FurnitureRule = AnkiMetadataRule });
                continue;
            }
            if (string.IsNullOrWhiteSpace(lines[i])) { blocks.Add(new Block("", BlockKind.Paragraph, location)); continue; }
            var cells = i == anki.ColumnsLine ? anki.ColumnNames! : lines[i].Split('\t');
            var fields = cells.Where((_, c) => !anki.MetadataColumns.Contains(c)).Select(anki.FieldText).ToArray();
            var metadata = string.Join(" ", cells.Where((c, k) => anki.MetadataColumns.Contains(k) && c.Trim().Length > 0).Select(c => c.Trim()));
            if (i == anki.ColumnsLine) metadata = string.Join(" ", new[] { "#columns:", metadata }.Where(m => m.Length > 0));
            if (metadata.Length > 0) blocks.Add(new Block(metadata, BlockKind.PageFurniture, location) { FurnitureRule = AnkiMetadataRule });
            blocks.Add(TableRow(fields, i + 1));
        }
        return blocks;
    }

    // A spreadsheet row read from one line: its cells, and its text as a pipe table's row.
    private static Block TableRow(string[] cells, int line) =>
        new("| " + string.Join(" | ", cells) + " |", BlockKind.TableRow, new SourceLocation(line, 1)) { Cells = cells };

    private const int MaxRecordLines = 50;

    // A spreadsheet saved as tab-separated text (Excel's Unicode Text) puts a cell that holds line breaks in quotes
    // (a long answer): the lines up to the closing quote are one record. Returns each record's first line number;
    // lines stay as they are where no quoted cell is left open on a line with a tab.
    private static int[] TabRecords(ref string[] lines)
    {
        var numbers = Enumerable.Range(1, lines.Length).ToArray();
        if (!lines.Any(l => l.Contains('\t') && l.Contains('"'))) return numbers;
        var records = new List<string>(lines.Length);
        var recordNumbers = new List<int>(lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            int end = i;
            if (lines[i].Contains('\t') && EndsInsideQuotes(lines[i], false))
            {
                bool open = true;
                for (end = i + 1; end < lines.Length && end - i <= MaxRecordLines && (open = EndsInsideQuotes(lines[end], true)); end++) { }
                if (open || end >= lines.Length) end = i;
            }
            records.Add(string.Join("\n", lines[i..(end + 1)]));
            recordNumbers.Add(i + 1);
            i = end;
        }
        lines = [.. records];
        return [.. recordNumbers];
    }

    // Whether a line of a tab-separated record leaves a quoted cell open: a quote opens a cell only at its start,
    // and "" inside one is a quote of the text.
    private static bool EndsInsideQuotes(string line, bool inQuotes)
    {
        bool cellStart = !inQuotes;
        for (int k = 0; k < line.Length; k++)
        {
            char c = line[k];
            if (inQuotes)
            {
                if (c != '"') continue;
                if (k + 1 < line.Length && line[k + 1] == '"') { k++; continue; }
                inQuotes = false;
                continue;
            }
            if (c == '"' && cellStart) { inQuotes = true; cellStart = false; continue; }
            cellStart = c == '\t';
        }
        return inQuotes;
    }

    // A cell the export quoted ("第一行⏎第二行", "say ""hi""") without its quotes.
    private static string Unquoted(string cell) =>
        cell.Length >= 2 && cell[0] == '"' && cell[^1] == '"' && cell.Contains('\n') ? cell[1..^1].Replace("\"\"", "\"") : cell;

    private const int MinTableRows = 3;
    private const int MinTabs = 2;

    // The number of lines from start on that hold the same number of tabs (two or more) as the first: a table
    // exported as tab-separated text has one row per line and one tab count throughout. 0 when fewer than three.
    // A row opens with its first cell: lines indented by tabs are code or an outline.
    // Two cells a line (a flashcard export: question⇥answer, term⇥definition) make a table only when every line has
    // both cells and they read as cards: a tab inside prose or between an option's letter and text is common.
    private static int TabTableRun(string[] lines, int start)
    {
        int tabs = RowTabs(lines[start]);
        if (tabs < 1) return 0;
        int end = start + 1;
        while (end < lines.Length && RowTabs(lines[end]) == tabs) end++;
        if (tabs >= MinTabs) return end - start >= MinTableRows ? end - start : 0;
        var rows = new List<(string, string)>(end - start);
        for (int j = start; j < end; j++)
        {
            if (lines[j].Split('\t') is not [var first, var second]) return 0;
            rows.Add((first, second));
        }
        return CardRows.AreCards(rows) ? end - start : 0;
    }

    private const int MinCsvFields = 3;

    // Lines from the document's first on that parse as comma-separated rows of one field count (three or more),
    // under a header row of column names, covering nearly the whole text: a spreadsheet saved as CSV. Prose with
    // commas never starts and fills a file so.
    private static int CsvTableRun(string[] lines, out int start)
    {
        start = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (start < 0 || CsvFields(lines[start]) is not { Length: >= MinCsvFields } header || !header.All(IsHeaderField)) return 0;
        int end = start + 1;
        while (end < lines.Length && CsvFields(lines[end]) is { } row && row.Length == header.Length) end++;
        int nonEmpty = lines.Count(l => l.Trim().Length > 0);
        int rows = end - start;
        return rows >= MinTableRows && rows * 10 >= nonEmpty * 9 ? rows : 0;
    }

    // A header row names its columns: each field a short name (题目, 选项A, Answer), no sentence.
    private const int MaxHeaderField = 20;

    private static bool IsHeaderField(string field) =>
        field.Length is > 0 and <= MaxHeaderField && field.AsSpan().IndexOfAny("。？?！!，;；") < 0 && !field.All(char.IsAsciiDigit);

    // One line's comma-separated fields, quotes ("a, b", "say ""hi""") honoured; null when a quote is left open.
    private static string[]? CsvFields(string line)
    {
        if (line.IndexOf(',') < 0) return null;
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int k = 0; k < line.Length; k++)
        {
            char c = line[k];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (k + 1 < line.Length && line[k + 1] == '"') { field.Append('"'); k++; }
                else quoted = false;
            }
            else if (c == '"' && field.ToString().Trim().Length == 0) { field.Clear(); quoted = true; }
            else if (c == ',') { fields.Add(field.ToString().Trim()); field.Clear(); }
            else field.Append(c);
        }
        if (quoted) return null;
        fields.Add(field.ToString().Trim());
        return [.. fields];
    }

    private static int RowTabs(string line) => line.Length == 0 || char.IsWhiteSpace(line[0]) ? 0 : line.AsSpan().Count('\t');
}
