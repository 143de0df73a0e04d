using QuestionExtract.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace QuestionExtract.Reading;

/// <summary>
/// Reads PDF previews with PdfPig: the text lines of each page in reading order, one block per line. Lines set
/// clearly larger than the body text become headings, levelled by size (PDFs printed from Markdown or Word).
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    public string Format => "pdf";

    public bool CanRead(string path, ReadOnlySpan<byte> content) => content.StartsWith("%PDF-"u8);

    public SourceDocument Read(string path, byte[] content)
    {
        try
        {
            using var pdf = PdfDocument.Open(content);
            var lines = new List<(string Text, PdfLineStyle Style)>();
            var locations = new List<SourceLocation>();
            var bodySizes = new Dictionary<double, int>();
            var codeSizes = new Dictionary<double, int>();
            int line = 0;
            foreach (var page in pdf.GetPages())
            {
                var text = ContentOrderTextExtractor.GetText(page);
                var pageLines = text.Split('\n');
                var styles = PdfLineMeasurer.Measure(page, text, pageLines.Length, bodySizes, codeSizes);
                for (int i = 0; i < pageLines.Length; i++)
                {
                    line++;
                    if (pageLines[i].Trim().Length == 0) continue;
                    lines.Add((pageLines[i], styles?[i] ?? default));
                    locations.Add(new SourceLocation(line, 1));
                }
            }
            // Levels need the whole document's body size, so kinds are decided once every page is read.
            var levels = PdfHeadingDetector.Levels(lines, bodySizes, codeSizes);
            var blocks = new List<Block>(lines.Count);
            for (int i = 0; i < lines.Count; i++)
                blocks.Add(levels[i] > 0
                    ? new Block(lines[i].Text, BlockKind.Heading, locations[i], levels[i])
                    : new Block(lines[i].Text, BlockKind.Paragraph, locations[i]));
            return new SourceDocument(SourceInfoFactory.Create(path, Format, "pdf", content), blocks, []);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not InvalidDataException)
        {
            throw new InvalidDataException($"not a readable pdf: {ex.Message}", ex);
        }
    }
}
