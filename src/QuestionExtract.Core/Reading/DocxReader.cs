using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using QuestionExtract.Model;
using Break = DocumentFormat.OpenXml.Wordprocessing.Break;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace QuestionExtract.Reading;

/// <summary>
/// Reads .docx: body paragraphs in order, with automatic numbers rendered (<see cref="WordNumbering"/>);
/// table rows (cells joined by " | ", one block per row); text boxes once (not their VML fallback copy);
/// inserted tracked changes kept, deleted ones dropped; ruby guides dropped; headers and footers as page
/// furniture; an altChunk html body through the html reader. Footnotes and comments are not read.
/// </summary>
public sealed class DocxReader(ReadLimits limits) : IDocumentReader
{
    public string Format => "docx";

    public bool CanRead(string path, ReadOnlySpan<byte> content) =>
        content.Length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4 && HasWordDocument(content);

    public SourceDocument Read(string path, byte[] content)
    {
        CheckZip(content);
        try
        {
            // Opened editable (never saved) over a private copy: opened read-only, OpenXml first copies the whole
            // package to a temp file.
            using var stream = new MemoryStream(content.Length);
            stream.Write(content);
            stream.Position = 0;
            using var doc = WordprocessingDocument.Open(stream, true, new OpenSettings { AutoSave = false, MaxCharactersInPart = limits.MaxDecompressedBytes / 4 });
            var main = doc.MainDocumentPart ?? throw new InvalidDataException("the docx has no main document part");
            var walker = new Walker(main, limits);
            foreach (var header in main.HeaderParts) walker.Furniture(header.Header);
            foreach (var footer in main.FooterParts) walker.Furniture(footer.Footer);
            var body = main.Document?.Body ?? throw new InvalidDataException("the docx has no body");
            walker.Container(body);
            return new SourceDocument(SourceInfoFactory.Create(path, Format, "utf-8", content), walker.Blocks, walker.Warnings);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or XmlException or FileFormatException or InvalidOperationException)
        {
            throw new InvalidDataException($"not a readable docx: {ex.Message}", ex);
        }
    }

    private static bool HasWordDocument(ReadOnlySpan<byte> content) =>
        content.IndexOf("word/"u8) >= 0;

    // Zip bombs: refuse before OpenXml inflates anything.
    private void CheckZip(byte[] content)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            throw new InvalidDataException($"not a readable docx (broken zip): {ex.Message}", ex);
        }
        using (zip)
        {
            if (zip.Entries.Count > limits.MaxParts)
                throw new InvalidDataException($"the docx has {zip.Entries.Count} parts, more than the limit of {limits.MaxParts}");
            long total = zip.Entries.Sum(e => e.Length);
            if (total > limits.MaxDecompressedBytes)
                throw new InvalidDataException($"the docx expands to {total} bytes, more than the limit of {limits.MaxDecompressedBytes} (zip bomb?)");
            if (zip.GetEntry("word/document.xml") is null && !zip.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal)))
                throw new InvalidDataException("the zip holds no word/document.xml: not a docx");
        }
    }

    private sealed class Walker(MainDocumentPart main, ReadLimits limits)
    {
        private readonly WordNumbering _numbering = new(main);
        private int _paragraph;
        public List<Block> Blocks { get; } = [];
        public List<ExtractionWarning> Warnings { get; } = [];

        public void Furniture(OpenXmlElement? root)
        {
            if (root is null) return;
            foreach (var p in root.Descendants<Paragraph>())
            {
                var text = ParagraphText(p);
                if (text.Trim().Length > 0) Blocks.Add(new Block(text, BlockKind.PageFurniture, new SourceLocation(0, 1)));
            }
        }

        public void Container(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Paragraph p: Paragraph(p); break;
                    case Table t: Table(t); break;
                    case AltChunk chunk: AltChunk(chunk); break;
                    case SdtBlock or CustomXmlBlock or SdtContentBlock: Container(child); break;
                    default:
                        if (child.LocalName is "sdtContent" or "customXml") Container(child);
                        break;
                }
            }
        }

        private void Paragraph(Paragraph p)
        {
            _paragraph++;
            var text = ParagraphText(p);
            var number = _numbering.Next(p);
            var kind = IsHeading(p) ? BlockKind.Heading : number is null ? BlockKind.Paragraph : BlockKind.ListItem;
            // Generated files often carry the number twice: automatic and typed. Keep one.
            if (number is { Length: > 0 } && !text.TrimStart().StartsWith(number, StringComparison.Ordinal))
                text = number + " " + text;
            if (text.Trim().Length > 0) Blocks.Add(new Block(text, kind, new SourceLocation(_paragraph, 1)));
            foreach (var box in p.Descendants<TextBoxContent>())
            {
                if (box.Ancestors<AlternateContentFallback>().Any()) continue;
                Container(box);
            }
        }

        private void Table(Table table)
        {
            foreach (var row in table.Elements<TableRow>())
            {
                var cells = row.Elements<TableCell>().ToList();
                if (cells.Count == 1)
                {
                    Container(cells[0]);
                    continue;
                }
                _paragraph++;
                var texts = cells.Select(c => string.Join(" ", c.Elements<Paragraph>().Select(ParagraphText).Where(t => t.Trim().Length > 0)).Replace('|', '｜'));
                var line = string.Join(" | ", texts) + " |";
                if (texts.Any(t => t.Trim().Length > 0)) Blocks.Add(new Block(line, BlockKind.TableRow, new SourceLocation(_paragraph, 1)));
                foreach (var nested in cells.SelectMany(c => c.Elements<Table>())) Table(nested);
            }
        }

        private void AltChunk(AltChunk chunk)
        {
            var id = chunk.Id?.Value;
            if (id is null || main.GetPartById(id) is not AlternativeFormatImportPart part) return;
            using var stream = part.GetStream();
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var html = new HtmlReader(limits).Read("altChunk", memory.ToArray());
            foreach (var block in html.Blocks)
            {
                _paragraph++;
                Blocks.Add(block with { Location = new SourceLocation(_paragraph, 1) });
            }
        }

        // Style id → is a heading, looked up once per style rather than once per paragraph.
        private readonly Dictionary<string, bool> _headingStyles = [];

        private bool IsHeading(Paragraph p)
        {
            var styleId = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            if (styleId is null) return false;
            if (!_headingStyles.TryGetValue(styleId, out var heading)) _headingStyles[styleId] = heading = IsHeadingStyle(styleId);
            return heading;
        }

        private bool IsHeadingStyle(string styleId)
        {
            var style = main.StyleDefinitionsPart?.Styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
            var name = style?.StyleName?.Val?.Value ?? styleId;
            return name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) || name.StartsWith("标题", StringComparison.Ordinal)
                   || styleId.StartsWith("Heading", StringComparison.Ordinal) || name.Equals("Title", StringComparison.OrdinalIgnoreCase);
        }

        public static string ParagraphText(OpenXmlElement p)
        {
            var sb = new StringBuilder();
            foreach (var el in p.Descendants())
            {
                switch (el)
                {
                    case WordText t when Keep(t, p): sb.Append(t.Text); break;
                    case TabChar when Keep(el, p): sb.Append('\t'); break;
                    case Break or CarriageReturn when Keep(el, p): sb.Append('\n'); break;
                }
            }
            return sb.ToString();
        }

        // Deleted and moved-away runs, ruby guides, and text boxes (read as blocks of their own) are not
        // part of this paragraph's text.
        private static bool Keep(OpenXmlElement el, OpenXmlElement paragraph)
        {
            for (var a = el.Parent; a is not null && a != paragraph; a = a.Parent)
            {
                if (a is DeletedRun or MoveFromRun or RubyContent or TextBoxContent or AlternateContentFallback) return false;
                if (a.LocalName is "del" or "moveFrom" or "rt") return false;
            }
            return true;
        }
    }
}
