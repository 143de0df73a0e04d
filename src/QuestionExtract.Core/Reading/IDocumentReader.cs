using QuestionExtract.Model;

namespace QuestionExtract.Reading;

/// <summary>Turns a file's bytes into blocks. Readers for new formats implement this and nothing after them changes.</summary>
public interface IDocumentReader
{
    /// <summary>Format name written to <c>source.format</c>.</summary>
    string Format { get; }

    /// <summary>True when this reader recognises the content (the extension is only a hint).</summary>
    bool CanRead(string path, ReadOnlySpan<byte> content);

    SourceDocument Read(string path, byte[] content);
}
