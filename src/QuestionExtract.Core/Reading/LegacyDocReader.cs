using QuestionExtract.Model;

namespace QuestionExtract.Reading;

/// <summary>
/// Reads Word 97–2003 .doc files (the OLE signature) by converting them to .docx with LibreOffice
/// (<see cref="LibreOfficeConverter"/>), then reading that with <see cref="DocxReader"/>. Without soffice on
/// the PATH the file fails with a message saying so.
/// </summary>
public sealed class LegacyDocReader(DocxReader docx, LibreOfficeConverter? converter = null) : IDocumentReader
{
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private readonly LibreOfficeConverter _converter = converter ?? new LibreOfficeConverter();

    public string Format => "doc";

    public bool CanRead(string path, ReadOnlySpan<byte> content) => content.StartsWith(OleSignature);

    public SourceDocument Read(string path, byte[] content)
    {
        var doc = docx.Read(path, _converter.ConvertToDocx(content, ".doc", "legacy Word .doc"));
        return doc with { Source = SourceInfoFactory.Create(path, Format, "utf-8", content) };
    }
}
