using System.Text.RegularExpressions;
using QuestionExtract.Model;
using QuestionExtract.Text;

namespace QuestionExtract.Segmenting;

/// <summary>
/// An exam key printed as a grid: a row of question numbers under a number header (<c>题号 1 2 3 4 5</c>) and
/// under it a row of their answers (<c>答案 A A D C B</c>), cells apart by tabs, bars or spaces, as a Word
/// table or its text copy prints them. The answer in column i answers the number in column i. A part's name
/// may stand above a grid (<c>一、单项选择题</c>, the numeral read off as a key entry's number). The grid may stand
/// upright too, a page's key table: a header row (<c>题号 | 答案</c>, <c>Question | Answer | Explanation</c>), then one
/// row per question, its number first. A PDF's text copy may give each cell a line of its own (<c>题号</c> ⏎ 1 ⏎ 2 ⏎
/// 3 ⏎ <c>答案</c> ⏎ B ⏎ A ⏎ C): the number row's cells, then the answer row's, as many of each.
/// </summary>
public sealed partial class AnswerKeyGrid(LabelLexicon lexicon)
{
    private const int MaxPartName = 24;

    [GeneratedRegex(@"[ \t]*[|｜│┃\t][ \t]*|[ \t]+")]
    private static partial Regex CellSeparator();

    /// <summary>The first non-blank line at or after <paramref name="offset"/> is a grid's number row with its answer row under it.</summary>
    public bool StartsAt(string text, int offset)
    {
        return GridAt(Lines(text, offset, MaxStackedLines), 0, out _) is not null;
    }

    /// <summary>
    /// The entries of <paramref name="text"/> when it is made of grids only (a part name above each allowed);
    /// null otherwise. <paramref name="location"/> is where the text starts.
    /// </summary>
    public List<AnswerKeyEntry>? Parse(string text, int sectionOrdinal, SourceLocation location)
    {
        var lines = Lines(text, 0, int.MaxValue);
        var entries = new List<AnswerKeyEntry>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (GridAt(lines, i, out int taken) is { } grid)
            {
                entries.AddRange(grid.Select(p => new AnswerKeyEntry(sectionOrdinal, p.Number, p.Answer, p.Analysis, [], location)));
                i += taken - 1;
                continue;
            }
            // A part's name above its grid; anything else means this is no grid key.
            if (lines[i].Length > MaxPartName || i + 1 >= lines.Count || SentenceSplitter.SentenceEnds.Contains(lines[i][^1])) return null;
        }
        return entries.Count > 0 ? entries : null;
    }

    /// <summary>
    /// The entries of the grids that open <paramref name="text"/> (a part name above each allowed) when more text
    /// follows them (a paper's closing note); <paramref name="used"/> is where the last grid row ends. Null when
    /// no grid opens the text.
    /// </summary>
    public List<AnswerKeyEntry>? ParseLeading(string text, int sectionOrdinal, SourceLocation location, out int used)
    {
        used = 0;
        var entries = new List<AnswerKeyEntry>();
        // Each non-blank line with where it ends.
        var lines = new List<string>();
        var ends = new List<int>();
        int at = 0, lastEnd = 0;
        while (NextLine(text, ref at) is { } line)
        {
            lines.Add(line);
            ends.Add(at);
        }
        for (int i = 0; i < lines.Count; i++)
        {
            if (GridAt(lines, i, out int taken) is { } grid)
            {
                entries.AddRange(grid.Select(p => new AnswerKeyEntry(sectionOrdinal, p.Number, p.Answer, p.Analysis, [], location)));
                i += taken - 1;
                lastEnd = ends[i];
                continue;
            }
            // A part's name above its grid; anything else ends the key.
            if (lines[i].Length > MaxPartName || SentenceSplitter.SentenceEnds.Contains(lines[i][^1])) break;
        }
        if (entries.Count == 0) return null;
        used = Math.Min(lastEnd, text.Length);
        return entries;
    }

    /// <summary>
    /// Where a grid's number row starts in <paramref name="text"/> between <paramref name="from"/> and
    /// <paramref name="to"/> (at a line start, its answer row under it); -1 when none does.
    /// </summary>
    public int Find(string text, int from, int to)
    {
        int at = from;
        while (at < to)
        {
            int end = text.IndexOf('\n', at, to - at);
            if (end < 0) end = to;
            var line = text.AsSpan(at, end - at).Trim();
            if (line.Length > 0)
            {
                int next = end + 1;
                if (next < to && NextLine(text, ref next) is { } answers && next <= to + 1 && Pair(line.ToString(), answers) is not null) return at;
                if (Upright(Lines(text[at..to], 0, MinUprightRows + 1), 0, out _) is not null) return at;
                if (IsNumberHeader(line.ToString()) && Stacked(Lines(text[at..to], 0, MaxStackedLines), 0, out _) is not null) return at;
            }
            at = end + 1;
        }
        return -1;
    }

    /// <summary>
    /// Where each grid of <paramref name="text"/> stands, from its header line to the end of its last row. Only
    /// lines whose first cell is a number or question header are tried, so most lines cost a glance.
    /// </summary>
    public List<(int Start, int End)> Spans(string text)
    {
        var spans = new List<(int, int)>();
        int at = 0;
        while (at < text.Length)
        {
            int lineEnd = text.IndexOf('\n', at);
            if (lineEnd < 0) lineEnd = text.Length;
            if (OpensWithHeaderCell(text.AsSpan(at, lineEnd - at)) && MayHeadGrid(text, at, lineEnd))
            {
                var lines = new List<string>();
                var ends = new List<int>();
                int next = at;
                while (lines.Count < MaxStackedLines && NextLine(text, ref next) is { } line)
                {
                    lines.Add(line);
                    ends.Add(Math.Min(next, text.Length));
                }
                if (GridAt(lines, 0, out int taken) is not null)
                {
                    spans.Add((at, ends[taken - 1]));
                    at = ends[taken - 1];
                    continue;
                }
            }
            at = lineEnd + 1;
        }
        return spans;
    }

    // A line opening with a number or question header heads a grid only as a whole header row (its second cell the
    // answers'), as a stacked grid's header alone on its line, or over an answer row: most such lines (Question 12:
    // …, # Intro) are none, and are not read on for the lines a grid would take.
    private bool MayHeadGrid(string text, int at, int lineEnd)
    {
        var line = text[at..lineEnd];
        var cells = HeaderCells(line);
        if (cells.Length == 1 || (cells.Length >= 2 && lexicon.TableAnswerHeaders.Contains(FoldedText.Of(cells[1]).ToLowerInvariant()))) return true;
        int next = lineEnd + 1;
        return NextLine(text, ref next) is { } below && Cells(below) is { Length: > 0 } first && lexicon.TableAnswerHeaders.Contains(FoldedText.Of(first[0]).ToLowerInvariant());
    }

    // The line's first cell (after a table's opening bar) is a header of a number or question column.
    private bool OpensWithHeaderCell(ReadOnlySpan<char> line)
    {
        line = line.TrimStart().TrimStart("|｜│┃").TrimStart();
        int end = line.IndexOfAny(" \t|｜│┃");
        var cell = (end < 0 ? line : line[..end]).TrimEnd();
        if (cell.Length is 0 or > 12) return false;
        var folded = FoldedText.Of(cell.ToString()).ToLowerInvariant();
        return lexicon.TableNumberHeaders.Contains(folded) || lexicon.TableQuestionHeaders.Contains(folded);
    }

    // The next non-blank line from at, trimmed, with at moved past it; null at the end of the text.
    private static string? NextLine(string text, ref int at)
    {
        while (at < text.Length)
        {
            int end = text.IndexOf('\n', at);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(at, end - at).Trim();
            at = end + 1;
            if (line.Length > 0) return line.ToString();
        }
        return null;
    }

    // The grid of any form at lines[index], and how many lines it takes: a number row over an answer row, an upright
    // table, or a table's cells one to a line.
    private List<(int Number, string Answer, string? Analysis)>? GridAt(List<string> lines, int index, out int taken)
    {
        taken = 0;
        if (index + 1 < lines.Count && Pair(lines[index], lines[index + 1]) is { } pairs)
        {
            taken = 2;
            return [.. pairs.Select(p => (p.Number, p.Answer, (string?)null))];
        }
        if (Upright(lines, index, out int rows) is { } upright)
        {
            taken = rows + 1;
            return upright;
        }
        if (Stacked(lines, index, out int used) is { } stacked)
        {
            taken = used;
            return [.. stacked.Select(p => (p.Number, p.Answer, (string?)null))];
        }
        return null;
    }

    // The numbers of a number row and the answers of the answer row under it, column by column.
    private List<(int Number, string Answer)>? Pair(string numberRow, string answerRow)
    {
        var numbers = Cells(numberRow);
        var answers = Cells(answerRow);
        if (numbers.Length < 3 || numbers.Length != answers.Length) return null;
        if (!lexicon.TableNumberHeaders.Contains(FoldedText.Of(numbers[0]).ToLowerInvariant())
            || !lexicon.TableAnswerHeaders.Contains(FoldedText.Of(answers[0]).ToLowerInvariant())) return null;
        var pairs = new List<(int, string)>(numbers.Length - 1);
        for (int c = 1; c < numbers.Length; c++)
        {
            if (!int.TryParse(numbers[c], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)) return null;
            pairs.Add((n, answers[c]));
        }
        return pairs;
    }

    private const int MinUprightRows = 2;

    // The longest stacked key looked for: a header and 40 cells, twice.
    private const int MaxStackedLines = 82;
    private const int MinStackedCells = 3;
    private const int MaxStackedAnswer = 8;

    private bool IsNumberHeader(string cell) => lexicon.TableNumberHeaders.Contains(FoldedText.Of(cell).ToLowerInvariant());

    // A grid whose cells stand one to a line at lines[index]: the number header, its numbers, the answer header, as
    // many answers. used is how many lines it takes.
    private List<(int Number, string Answer)>? Stacked(List<string> lines, int index, out int used)
    {
        used = 0;
        if (index >= lines.Count || !IsNumberHeader(lines[index])) return null;
        var numbers = new List<int>();
        int k = index + 1;
        for (; k < lines.Count && int.TryParse(lines[k], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n); k++)
            numbers.Add(n);
        if (numbers.Count < MinStackedCells || k >= lines.Count || !lexicon.TableAnswerHeaders.Contains(FoldedText.Of(lines[k]).ToLowerInvariant())) return null;
        if (k + numbers.Count >= lines.Count) return null;
        var pairs = new List<(int, string)>(numbers.Count);
        for (int c = 0; c < numbers.Count; c++)
        {
            var answer = lines[k + 1 + c];
            if (answer.Length > MaxStackedAnswer || Cells(answer).Length != 1) return null;
            pairs.Add((numbers[c], answer));
        }
        used = k + 1 + numbers.Count - index;
        return pairs;
    }

    // An upright key at lines[index]: a header of a number (or question) column and an answer column, then rows of
    // the same cells, each opening with its question's number. Columns after the two may hold an analysis
    // (Explanation, Guidance) and a question's marks (a mark scheme: Question | Answer | Marks | Guidance); any
    // other column says this is no key. rows is how many rows follow the header.
    private List<(int Number, string Answer, string? Analysis)>? Upright(List<string> lines, int index, out int rows)
    {
        rows = 0;
        if (index >= lines.Count) return null;
        var header = HeaderCells(lines[index]);
        if (header.Length is < 2 or > 4) return null;
        var first = FoldedText.Of(header[0]).ToLowerInvariant();
        if (!lexicon.TableNumberHeaders.Contains(first) && !lexicon.TableQuestionHeaders.Contains(first)) return null;
        if (!lexicon.TableAnswerHeaders.Contains(FoldedText.Of(header[1]).ToLowerInvariant())) return null;
        int analysis = -1;
        for (int c = 2; c < header.Length; c++)
        {
            var folded = FoldedText.Of(header[c]).ToLowerInvariant();
            if (analysis < 0 && lexicon.TableAnalysisHeaders.Contains(folded)) analysis = c;
            else if (!lexicon.TablePointHeaders.Contains(folded)) return null;
        }
        var entries = new List<(int, string, string?)>();
        int k = index + 1;
        for (; k < lines.Count; k++)
        {
            var cells = Columns(lines[k]);
            // A Markdown table's delimiter row under the header.
            if (k == index + 1 && cells.Length > 0 && cells.All(c => c.Trim('-', ':', ' ').Length == 0)) continue;
            if (cells.Length < 2 || cells.Length > header.Length || cells[1].Length == 0 || KeyRowNumber.Parse(cells[0]) is not int n) break;
            entries.Add((n, cells[1], analysis >= 0 && analysis < cells.Length && cells[analysis].Length > 0 ? cells[analysis] : null));
        }
        if (entries.Count < MinUprightRows) return null;
        rows = k - index - 1;
        return entries;
    }

    // A header row's cells: apart by bars or tabs when it has them (Marking guidance is one cell), else by spaces.
    private static string[] HeaderCells(string row) => row.AsSpan().IndexOfAny(ColumnSeparators) >= 0 ? Columns(row) : Cells(row);

    // An upright row's cells, apart by bars or tabs only: an explanation cell holds spaces of its own. Between bars
    // an empty cell keeps its column (a row with no guidance still has its marks where the header says); runs of
    // tabs, as a text copy aligns columns with, are one separator.
    private static string[] Columns(string row)
    {
        var trimmed = row.Trim();
        if (trimmed.AsSpan().IndexOfAny(BarSeparators) < 0)
            return trimmed.Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
        if (trimmed.Length > 0 && BarSeparators.Contains(trimmed[0])) trimmed = trimmed[1..];
        if (trimmed.Length > 0 && BarSeparators.Contains(trimmed[^1])) trimmed = trimmed[..^1];
        var cells = trimmed.Split(ColumnSeparators).Select(c => c.Trim()).ToList();
        // An empty last column (| 题号 | 答案 | |) holds nothing to compare.
        while (cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
        return [.. cells];
    }

    private static readonly char[] BarSeparators = ['|', '｜', '│', '┃'];
    private static readonly char[] ColumnSeparators = ['|', '｜', '│', '┃', '\t'];

    private static string[] Cells(string row) =>
        CellSeparator().Split(row.Trim().Trim('|', '｜', '│', '┃').Trim()).Where(c => c.Length > 0).ToArray();

    // The trimmed non-blank lines from offset on, at most max of them.
    private static List<string> Lines(string text, int offset, int max)
    {
        var lines = new List<string>();
        int at = offset;
        while (lines.Count < max && NextLine(text, ref at) is { } line) lines.Add(line);
        return lines;
    }
}
