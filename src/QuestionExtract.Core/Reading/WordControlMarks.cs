using System.Text;

namespace QuestionExtract.Reading;

/// <summary>
/// The control characters a Word 97–2003 document keeps in its text stream, as tools that dump a .doc's text
/// (catdoc, antiword -r, olefile scripts) leave them: 0x07 ends a table cell and a row, 0x0B is a manual line
/// break, and 0x13 instruction 0x14 result 0x15 is a field (PAGE, NUMPAGES, TOC, HYPERLINK). Without them read,
/// a key table's cells glue into one word and a page footer reads "第 PAGE 2 页".
/// </summary>
public static class WordControlMarks
{
    public const char CellMark = '\u0007';
    public const char LineBreak = '\u000B';
    private const char FieldBegin = '\u0013';
    private const char FieldSeparator = '\u0014';
    private const char FieldEnd = '\u0015';

    // A row needs two cells: one stray bell character in a text is not a table.
    private const int MinCellMarks = 2;

    /// <summary>Whether the line holds any of Word's control marks.</summary>
    public static bool Has(string line) => line.AsSpan().IndexOfAny("\u0007\u000B\u0013") >= 0;

    /// <summary>
    /// The line with each field replaced by its shown result (the instruction is code, never text) and manual line
    /// breaks as line feeds, which a block keeps.
    /// </summary>
    public static string Resolve(string line)
    {
        if (line.AsSpan().IndexOfAny("\u000B\u0013\u0014\u0015") < 0) return line;
        var sb = new StringBuilder(line.Length);
        // Fields nest (a PAGE inside an IF): one entry per open field, true while its instruction is being read.
        var open = new Stack<bool>();
        int instructions = 0;
        foreach (char c in line)
        {
            switch (c)
            {
                case FieldBegin: open.Push(true); instructions++; break;
                case FieldSeparator:
                    if (open.TryPop(out bool inInstruction)) { if (inInstruction) instructions--; open.Push(false); }
                    break;
                case FieldEnd:
                    if (open.TryPop(out bool wasInstruction) && wasInstruction) instructions--;
                    break;
                default:
                    if (instructions == 0) sb.Append(c == LineBreak ? '\n' : c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>The cells of a table row written with cell marks, or null when the line is no such row.</summary>
    public static string[]? Cells(string line)
    {
        if (line.AsSpan().Count(CellMark) < MinCellMarks) return null;
        var cells = line.Split(CellMark).Select(c => c.Trim()).ToList();
        // Each cell ends with a mark and the row with one more: the empty pieces after the last cell are those ends.
        while (cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
        return cells.Count >= MinCellMarks ? [.. cells] : null;
    }
}
