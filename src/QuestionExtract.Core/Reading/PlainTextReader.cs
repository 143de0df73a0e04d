using QuestionExtract.Model;

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
        for (int i = 0; i < lines.Length; i++)
        {
            int run = TabTableRun(lines, i);
            if (run > 0)
            {
                // A spreadsheet saved as text: each line a row, its cells apart by tabs, read as a table's rows.
                for (int j = i; j < i + run; j++)
                {
                    var cells = lines[j].Split('\t').Select(c => c.Trim()).ToArray();
                    blocks.Add(new Block("| " + string.Join(" | ", cells) + " |", BlockKind.TableRow, new SourceLocation(j + 1, 1)) { Cells = cells });
                }
                i += run - 1;
                continue;
            }
            blocks.Add(new Block(lines[i], BlockKind.Paragraph, new SourceLocation(i + 1, 1)));
        }
        return blocks;
    }

    private const int MinTableRows = 3;
    private const int MinTabs = 2;

    // The number of lines from start on that hold the same number of tabs (two or more) as the first: a table
    // exported as tab-separated text has one row per line and one tab count throughout. 0 when fewer than three.
    // A row opens with its first cell: lines indented by tabs are code or an outline.
    private static int TabTableRun(string[] lines, int start)
    {
        int tabs = RowTabs(lines[start]);
        if (tabs < MinTabs) return 0;
        int end = start + 1;
        while (end < lines.Length && RowTabs(lines[end]) == tabs) end++;
        return end - start >= MinTableRows ? end - start : 0;
    }

    private static int RowTabs(string line) => line.Length == 0 || char.IsWhiteSpace(line[0]) ? 0 : line.AsSpan().Count('\t');
}
