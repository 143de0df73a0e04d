using QuestionExtract.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace QuestionExtract.Reading;

/// <summary>Reads PDF previews with PdfPig: the text lines of each page in reading order, one block per line.</summary>
public sealed class PdfReader : IDocumentReader
{
    public string Format => "pdf";

    public bool CanRead(string path, ReadOnlySpan<byte> content) => content.StartsWith("%PDF-"u8);

    public SourceDocument Read(string path, byte[] content)
    {
        try
        {
            using var pdf = PdfDocument.Open(content);
            var blocks = new List<Block>();
            int line = 0;
            foreach (var page in pdf.GetPages())
            {
                foreach (var text in ContentOrderTextExtractor.GetText(page).Split('\n'))
                {
                    line++;
                    if (text.Trim().Length > 0) blocks.Add(new Block(text, BlockKind.Paragraph, new SourceLocation(line, 1)));
                }
            }
            return new SourceDocument(SourceInfoFactory.Create(path, Format, "pdf", content), blocks, []);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not InvalidDataException)
        {
            throw new InvalidDataException($"not a readable pdf: {ex.Message}", ex);
        }
    }
}
