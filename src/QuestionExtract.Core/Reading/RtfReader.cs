using QuestionExtract.Model;

namespace QuestionExtract.Reading;

/// <summary>
/// Reads RTF, recognised by its content (<c>{\rtf</c> at the start, whatever the extension: sites serve RTF
/// as .doc, and it is text, so the text reader would otherwise print its control words). Converted to .docx
/// with LibreOffice (<see cref="LibreOfficeConverter"/>) and read with <see cref="DocxReader"/>; without
/// soffice the file fails with a message saying so.
/// </summary>
public sealed class RtfReader(DocxReader docx, LibreOfficeConverter? converter = null) : IDocumentReader
{
    private readonly LibreOfficeConverter _converter = converter ?? new LibreOfficeConverter();

    public string Format => "rtf";

    public bool CanRead(string path, ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("\uFEFF"u8)) content = content[3..];
        int start = 0;
        while (start < content.Length && start < 1024 && content[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') start++;
        return content[start..].StartsWith(@"{\rtf"u8);
    }

    public SourceDocument Read(string path, byte[] content)
    {
        var doc = docx.Read(path, _converter.ConvertToDocx(content, ".rtf", $"RTF document {Path.GetFileName(path)}"));
        return doc with { Source = SourceInfoFactory.Create(path, Format, "utf-8", content) };
    }
}
