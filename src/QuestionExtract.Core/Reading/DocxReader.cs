using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using QuestionExtract.Model;

namespace QuestionExtract.Reading;

/// <summary>
/// Reads .docx: body paragraphs in order, with automatic numbers rendered (<see cref="WordNumbering"/>);
/// table rows (cells joined by " | ", one block per row, keeping its cells; a one-cell row of a table with
/// columns as a row of one cell); text boxes once (not their VML fallback copy);
/// inserted tracked changes kept, deleted ones dropped; ruby guides dropped; headers and footers as page
/// furniture; an altChunk html body through the html reader; a footnote or endnote right after the paragraph that
/// refers to it (a 讲义's answers kept in footnotes: 【答案】A【解析】…). Comments are not read.
/// </summary>
public sealed class DocxReader(ReadLimits limits) : IDocumentReader
{
    public string Format => "docx";

    public bool CanRead(string path, ReadOnlySpan<byte> content) =>
        content.Length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4 && HasWordDocument(content);

    public SourceDocument Read(string path, byte[] content)
    {
        using var package = WordPackage.Open(content, limits);
        try
        {
            var relationships = package.DocumentRelationships;
            var walker = new Walker(package, limits);
            foreach (var header in relationships.Where(r => r.Is("header") && package.Exists(r.Target))) walker.Furniture(package.LoadXml(header.Target).Root);
            foreach (var footer in relationships.Where(r => r.Is("footer") && package.Exists(r.Target))) walker.Furniture(package.LoadXml(footer.Target).Root);
            var body = WordXml.Child(package.LoadXml(package.MainDocument).Root, "body") ?? throw new InvalidDataException("the docx has no body");
            walker.Container(body);
            return new SourceDocument(SourceInfoFactory.Create(path, Format, "utf-8", content), walker.Blocks, walker.Warnings);
        }
        // OpenXml parses numbering and styles lazily: bad XML or a value of the wrong type in them surfaces here.
        catch (Exception ex) when (ex is XmlException or InvalidOperationException or FormatException or OverflowException)
        {
            throw new InvalidDataException($"not a readable docx: {ex.Message}", ex);
        }
    }

    private static bool HasWordDocument(ReadOnlySpan<byte> content) =>
        content.IndexOf("word/"u8) >= 0;

    private sealed class Walker(WordPackage package, ReadLimits limits)
    {
        // numbering.xml and styles.xml are typed by OpenXml, and only when a paragraph needs them.
        private readonly Lazy<Styles?> _styles = new(() => Typed(package, "styles", xml => new Styles(xml)), LazyThreadSafetyMode.None);
        private readonly Lazy<Numbering?> _numberingDefinitions = new(() => Typed(package, "numbering", xml => new Numbering(xml)), LazyThreadSafetyMode.None);
        private WordNumbering? _numberingState;
        private WordNumbering Numbering => _numberingState ??= new WordNumbering(_numberingDefinitions, _styles);
        private int _paragraph;
        public List<Block> Blocks { get; } = [];
        public List<ExtractionWarning> Warnings { get; } = [];

        public void Furniture(XElement? root)
        {
            if (root is null) return;
            foreach (var p in root.Descendants())
            {
                if (!WordXml.Is(p, "p")) continue;
                var text = ParagraphText(p).Replace(PageBreak, '\n');
                if (text.Trim().Length > 0) Blocks.Add(new Block(text, BlockKind.PageFurniture, new SourceLocation(0, 1)));
            }
        }

        public void Container(XElement container)
        {
            foreach (var child in container.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "p" when WordXml.IsWord(child): Paragraph(child); break;
                    case "tbl" when WordXml.IsWord(child): Table(child); break;
                    case "altChunk" when WordXml.IsWord(child): AltChunk(child); break;
                    case "sdt" when WordXml.IsWord(child): Container(child); break;
                    case "sdtContent" or "customXml": Container(child); break;
                }
            }
        }

        private void Paragraph(XElement p)
        {
            _paragraph++;
            var props = WordXml.Child(p, "pPr");
            var styleId = WordXml.Val(WordXml.Child(props, "pStyle"));
            var numbering = WordXml.Child(props, "numPr");
            var number = Numbering.Next(WordXml.IntVal(WordXml.Child(numbering, "numId")), WordXml.IntVal(WordXml.Child(numbering, "ilvl")), styleId);
            // A label Word shows as nothing (blank bullet, lvlText " ") leaves an ordinary paragraph.
            int level = HeadingLevel(styleId);
            var kind = level >= 0 ? BlockKind.Heading : string.IsNullOrEmpty(number) ? BlockKind.Paragraph : BlockKind.ListItem;
            // A page or column break ends the paragraph on the page: what follows it is a block of its own.
            var segments = ParagraphText(p).Split(PageBreak).Where(t => t.Trim().Length > 0).ToList();
            // A number with no text after it ("第一题" on a line of its own) is still a block.
            if (segments.Count == 0 && number is { Length: > 0 }) segments.Add("");
            for (int i = 0; i < segments.Count; i++)
            {
                var text = segments[i];
                // Generated files often carry the number twice: automatic and typed. Keep one.
                if (i == 0 && number is { Length: > 0 } && !text.TrimStart().StartsWith(number, StringComparison.Ordinal))
                    text = number + " " + text;
                Blocks.Add(i == 0 ? new Block(text, kind, new SourceLocation(_paragraph, 1), Math.Max(level, 0)) : new Block(text, BlockKind.Paragraph, new SourceLocation(_paragraph, 1)));
            }
            foreach (var box in p.Descendants())
            {
                if (!WordXml.Is(box, "txbxContent") || box.Ancestors().Any(WordXml.IsFallback)) continue;
                Container(box);
            }
            foreach (var reference in p.Descendants())
            {
                if (!WordXml.IsWord(reference) || reference.Name.LocalName is not ("footnoteReference" or "endnoteReference")) continue;
                var notes = reference.Name.LocalName == "footnoteReference" ? _footnotes.Value : _endnotes.Value;
                if (notes.TryGetValue(WordXml.Attribute(reference, "id") ?? "", out var note)) Container(note);
            }
        }

        // The notes of the footnotes or endnotes part by id; the separators Word keeps there (w:type) are no notes.
        private readonly Lazy<Dictionary<string, XElement>> _footnotes = new(() => Notes(package, "footnotes", "footnote"), LazyThreadSafetyMode.None);
        private readonly Lazy<Dictionary<string, XElement>> _endnotes = new(() => Notes(package, "endnotes", "endnote"), LazyThreadSafetyMode.None);

        private static Dictionary<string, XElement> Notes(WordPackage package, string relationship, string element)
        {
            var notes = new Dictionary<string, XElement>(StringComparer.Ordinal);
            var part = package.DocumentRelationships.FirstOrDefault(r => r.Is(relationship));
            if (part is null || !package.Exists(part.Target) || package.LoadXml(part.Target).Root is not { } root) return notes;
            foreach (var note in root.Elements())
                if (WordXml.Is(note, element) && WordXml.Attribute(note, "type") is null && WordXml.Attribute(note, "id") is { } id) notes.TryAdd(id, note);
            return notes;
        }

        private void Table(XElement table)
        {
            var rows = WordXml.Children(table, "tr").Select(row => WordXml.Children(row, "tc").ToList()).ToList();
            // A table of one-cell rows only is a layout box; in a table of several columns, a one-cell row is a
            // category spanning the width (Java基础 above its questions).
            bool columns = rows.Any(cells => cells.Count > 1);
            foreach (var cells in rows)
            {
                if (cells.Count == 1)
                {
                    int before = Blocks.Count;
                    Container(cells[0]);
                    if (columns && Blocks.Count == before + 1 && Blocks[before] is { Kind: not BlockKind.TableRow } spanning)
                        Blocks[before] = spanning with { Kind = BlockKind.TableRow, Level = 0, Cells = [spanning.Text] };
                    continue;
                }
                _paragraph++;
                var paragraphs = cells.Select(c => WordXml.Children(c, "p").Select(p => ParagraphText(p).Replace(PageBreak, '\n')).Where(t => t.Trim().Length > 0).ToList()).ToList();
                // The row's text has each cell on one line; the cells keep their paragraphs as lines.
                var line = string.Join(" | ", paragraphs.Select(p => string.Join(" ", p))) + " |";
                if (paragraphs.Any(p => p.Count > 0))
                    Blocks.Add(new Block(line, BlockKind.TableRow, new SourceLocation(_paragraph, 1)) { Cells = paragraphs.Select(p => string.Join("\n", p)).ToArray() });
                foreach (var nested in cells.SelectMany(c => WordXml.Children(c, "tbl"))) Table(nested);
            }
        }

        private void AltChunk(XElement chunk)
        {
            var id = WordXml.RelationshipId(chunk);
            var part = package.DocumentRelationships.FirstOrDefault(r => r.Id == id && r.Is("aFChunk"));
            if (part is null || !package.Exists(part.Target)) return;
            var html = new HtmlReader(limits).Read("altChunk", package.ReadBytes(part.Target));
            foreach (var block in html.Blocks)
            {
                _paragraph++;
                Blocks.Add(block with { Location = new SourceLocation(_paragraph, 1) });
            }
        }

        private static T? Typed<T>(WordPackage package, string relationship, Func<string, T> create) where T : class
        {
            var part = package.DocumentRelationships.FirstOrDefault(r => r.Is(relationship));
            if (part is null || !package.Exists(part.Target)) return null;
            var root = package.LoadXml(part.Target).Root;
            return root is null ? null : create(root.ToString(SaveOptions.DisableFormatting));
        }

        // Style id → heading level (-1: not a heading, 0: a heading of unknown level), looked up once per style.
        private readonly Dictionary<string, int> _headingStyles = [];

        private int HeadingLevel(string? styleId)
        {
            if (styleId is null) return -1;
            if (!_headingStyles.TryGetValue(styleId, out var level)) _headingStyles[styleId] = level = StyleHeadingLevel(styleId);
            return level;
        }

        // "heading 2", "Heading2", "标题 2": the trailing number is the level; "Title" is a heading without one.
        private int StyleHeadingLevel(string styleId)
        {
            var style = _styles.Value?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
            var name = style?.StyleName?.Val?.Value ?? styleId;
            bool heading = name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) || name.StartsWith("标题", StringComparison.Ordinal)
                           || styleId.StartsWith("Heading", StringComparison.Ordinal) || name.Equals("Title", StringComparison.OrdinalIgnoreCase);
            if (!heading) return -1;
            var digits = new string(name.Reverse().TakeWhile(char.IsAsciiDigit).Reverse().ToArray());
            return int.TryParse(digits, out var level) && level is >= 1 and <= 9 ? level : 0;
        }

        // Stands for a page or column break in ParagraphText: XML 1.0 cannot carry U+000C, so no w:t holds one.
        private const char PageBreak = '\f';

        /// <summary>
        /// The paragraph's text: line breaks (w:br, w:cr) as '\n', tabs as '\t', non-breaking hyphens as '-',
        /// page or column breaks as <see cref="PageBreak"/>, and symbol-font glyphs as their characters.
        /// </summary>
        public static string ParagraphText(XElement p)
        {
            var sb = new StringBuilder();
            foreach (var el in p.Descendants())
            {
                // An equation reads as a line of its own characters; nothing inside it is the paragraph's run text.
                if (OfficeMathText.IsEquation(el) && Keep(el, p)) sb.Append(OfficeMathText.Linear(el));
                if (!WordXml.IsWord(el)) continue;
                switch (el.Name.LocalName)
                {
                    // Text, tabs and breaks count inside runs only: w:tab is also a tab stop in paragraph properties.
                    case "t" when WordXml.InRun(el) && Keep(el, p): sb.Append(el.Value); break;
                    case "tab" when WordXml.InRun(el) && Keep(el, p): sb.Append('\t'); break;
                    case "br" when WordXml.InRun(el) && Keep(el, p): sb.Append(WordXml.Attribute(el, "type") is "page" or "column" ? PageBreak : '\n'); break;
                    case "cr" when WordXml.InRun(el) && Keep(el, p): sb.Append('\n'); break;
                    case "noBreakHyphen" when WordXml.InRun(el) && Keep(el, p): sb.Append('-'); break;
                    case "sym" when WordXml.InRun(el) && Keep(el, p)
                        && WordSymbolFont.Character(WordXml.Attribute(el, "font"), WordXml.Attribute(el, "char")) is { } glyph:
                        sb.Append(glyph); break;
                }
            }
            return sb.ToString();
        }

        // Deleted and moved-away runs, ruby guides, and text boxes (read as blocks of their own) are not
        // part of this paragraph's text; neither is the fallback copy of alternate content.
        private static bool Keep(XElement el, XElement paragraph)
        {
            for (var a = el.Parent; a is not null && a != paragraph; a = a.Parent)
            {
                if (a.Name.LocalName is "del" or "moveFrom" or "rt" || WordXml.Is(a, "txbxContent") || WordXml.IsFallback(a) || OfficeMathText.IsEquation(a)) return false;
            }
            return true;
        }
    }
}
