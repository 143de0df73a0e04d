using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace QuestionExtract.Tests.Reading.Fixtures;

/// <summary>Builds .docx files in memory for reader tests: paragraphs, automatic numbering, headers, footers.</summary>
public sealed class DocxFixture
{
    public const int DecimalAbstract = 1;
    public const int OrdinalAbstract = 2;

    private readonly List<OpenXmlElement> _body = [];
    private readonly List<string> _header = [];
    private readonly List<string> _footer = [];
    private readonly List<NumberingInstance> _instances = [];
    private readonly List<AbstractNum> _abstracts = [];

    public DocxFixture Paragraph(string text, int? numId = null, int level = 0, string? style = null)
    {
        var props = new ParagraphProperties();
        if (style is not null) props.Append(new ParagraphStyleId { Val = style });
        if (numId is not null)
            props.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId }));
        var p = new Paragraph(props);
        var lines = text.Split('\n');
        var run = new Run();
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new WordText(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        p.Append(run);
        _body.Add(p);
        return this;
    }

    public DocxFixture Element(OpenXmlElement element)
    {
        _body.Add(element);
        return this;
    }

    public DocxFixture Header(string text) { _header.Add(text); return this; }

    public DocxFixture Footer(string text) { _footer.Add(text); return this; }

    private readonly List<string> _footnotes = [];

    /// <summary>A paragraph whose last run refers to a footnote holding <paramref name="note"/> (ids from 1).</summary>
    public DocxFixture ParagraphWithFootnote(string text, string note)
    {
        _footnotes.Add(note);
        _body.Add(new Paragraph(new Run(new WordText(text)), new Run(new FootnoteReference { Id = _footnotes.Count })));
        return this;
    }

    /// <summary>An abstract list definition with one level per (format, lvlText, start).</summary>
    public DocxFixture AbstractList(int id, params (string Format, string Text, int Start)[] levels)
    {
        var abs = new AbstractNum { AbstractNumberId = id };
        for (int i = 0; i < levels.Length; i++)
        {
            abs.Append(new Level(
                new StartNumberingValue { Val = levels[i].Start },
                new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(levels[i].Format)) },
                new LevelText { Val = levels[i].Text }) { LevelIndex = i });
        }
        _abstracts.Add(abs);
        return this;
    }

    /// <summary>A num instance of an abstract list; with <paramref name="restartAt"/> it starts over there.</summary>
    public DocxFixture List(int numId, int abstractId, int? restartAt = null)
    {
        var inst = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = numId };
        if (restartAt is not null) inst.Append(new LevelOverride(new StartOverrideNumberingValue { Val = restartAt }) { LevelIndex = 0 });
        _instances.Add(inst);
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(_body.Select(e => e.CloneNode(true))));
            if (_abstracts.Count > 0)
            {
                var numbering = main.AddNewPart<NumberingDefinitionsPart>();
                numbering.Numbering = new Numbering([.. _abstracts.Select(a => a.CloneNode(true)), .. _instances.Select(i => i.CloneNode(true))]);
            }
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new Style(new StyleName { Val = "heading 1" }) { StyleId = "Heading1", Type = StyleValues.Paragraph });
            if (_header.Count > 0)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new Header(_header.Select(t => new Paragraph(new Run(new WordText(t)))));
            }
            if (_footer.Count > 0)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = new Footer(_footer.Select(t => new Paragraph(new Run(new WordText(t)))));
            }
            if (_footnotes.Count > 0)
            {
                // Word's two separator notes come first, as Word writes them; they are no notes of the text.
                var part = main.AddNewPart<FootnotesPart>();
                part.Footnotes = new Footnotes(
                    [new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                     new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
                     .. _footnotes.Select((t, i) => new Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), new Run(new WordText(t)))) { Id = i + 1 })]);
            }
        }
        return stream.ToArray();
    }
}
