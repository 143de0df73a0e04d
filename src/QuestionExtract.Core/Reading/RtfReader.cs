using QuestionExtract.Model;

namespace QuestionExtract.Reading;

/// <summary>
/// Reads RTF, recognised by its content (<c>{\rtf</c> at the start, whatever the extension: sites serve RTF
/// as .doc, and it is text, so the text reader would otherwise print its control words). Read natively by
/// <see cref="RtfDocumentBuilder"/>, never through LibreOffice: most machines have no soffice, and a document
/// should give the same output on every machine (Word 97–2003 .doc, which is binary, still needs it).
/// </summary>
public sealed class RtfReader : IDocumentReader
{
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
        var rtf = RtfDocumentBuilder.Build(content);
        return new SourceDocument(SourceInfoFactory.Create(path, Format, rtf.EncodingName, content), rtf.Blocks, []);
    }
}
