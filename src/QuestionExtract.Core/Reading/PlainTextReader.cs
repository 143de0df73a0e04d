using QuestionExtract.Model;

namespace QuestionExtract.Reading;

/// <summary>Reads text files: one block per line, located by line number.</summary>
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
            blocks.Add(new Block(lines[i], BlockKind.Paragraph, new SourceLocation(i + 1, 1)));
        return blocks;
    }
}
