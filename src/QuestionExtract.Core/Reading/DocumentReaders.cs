namespace QuestionExtract.Reading;

/// <summary>The readers in the order they are asked; the first that recognises the content reads it.</summary>
public sealed class DocumentReaders(IReadOnlyList<IDocumentReader> readers)
{
    /// <summary>File extensions searched for when a folder is given.</summary>
    public static readonly IReadOnlySet<string> SupportedExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".text" };

    public static DocumentReaders CreateDefault(string? forcedEncoding = null) => new([new PlainTextReader(forcedEncoding)]);

    public IDocumentReader For(string path, ReadOnlySpan<byte> content)
    {
        foreach (var reader in readers)
            if (reader.CanRead(path, content)) return reader;
        throw new NotSupportedException("unsupported file format");
    }
}
