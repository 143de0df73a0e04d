namespace QuestionExtract.Reading;

/// <summary>
/// The readers in the order they are asked; the format is chosen by content (zip with word/, %PDF-, OLE,
/// {\rtf, MIME headers, html markup); the extension only picks Markdown (which plain text cannot be told from) and breaks ties
/// for markup-looking text.
/// </summary>
public sealed class DocumentReaders(IReadOnlyList<IDocumentReader> readers, ReadLimits limits)
{
    /// <summary>File extensions searched for when a folder is given.</summary>
    public static readonly IReadOnlySet<string> SupportedExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".txt", ".text", ".docx", ".html", ".htm", ".xhtml", ".pdf", ".doc", ".rtf", ".md", ".markdown", ".mht", ".mhtml",
          // Markup source kept as text (read as text; MarkupSource renders the dialect it recognises).
          ".org", ".tex", ".adoc", ".asciidoc", ".rst", ".wiki" };

    public static DocumentReaders CreateDefault(string? forcedEncoding = null, ReadLimits? limits = null)
    {
        limits ??= ReadLimits.Default;
        var docx = new DocxReader(limits);
        var libreOffice = new LibreOfficeConverter();
        var html = new HtmlReader(limits, HtmlChromeRules.BuiltInOnFirstUse);
        // MHTML before Markdown, html and text: its MIME headers are text too, and it comes named .doc.
        return new([docx, new PdfReader(), new LegacyDocReader(docx, libreOffice), new RtfReader(),
            new MhtmlReader(html), new MarkdownReader(limits, forcedEncoding), html, new PlainTextReader(forcedEncoding)], limits);
    }

    public IDocumentReader For(string path, ReadOnlySpan<byte> content)
    {
        if (content.Length > limits.MaxFileBytes)
            throw new InvalidDataException($"the file is {content.Length} bytes, more than the limit of {limits.MaxFileBytes}");
        foreach (var reader in readers)
            if (reader.CanRead(path, content)) return reader;
        bool zip = content.Length >= 4 && content[0] == 'P' && content[1] == 'K';
        // A zip named .docx whose directory is cut off (an interrupted download): the docx reader says what is wrong.
        if (zip && Path.GetExtension(path).Equals(".docx", StringComparison.OrdinalIgnoreCase))
            return readers.OfType<DocxReader>().First();
        throw new NotSupportedException(zip ? "unsupported file format (a zip archive that is not a docx)" : "unsupported file format (binary content)");
    }
}
