using QuestionExtract.Model;
using QuestionExtract.Pipeline;
using QuestionExtract.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace QuestionExtract.Tests.Reading;

public sealed class PdfReaderTests
{
    private static byte[] Pdf(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        double y = 800;
        foreach (var line in lines)
        {
            page.AddText(line, 11, new PdfPoint(50, y), font);
            y -= 20;
        }
        return builder.Build();
    }

    /// <summary>One line per entry, each in its own size and font, as a Markdown or Word printout sets them.</summary>
    private static byte[] StyledPdf(params (string Text, double Size, Standard14Font Font)[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var fonts = lines.Select(l => l.Font).Distinct().ToDictionary(f => f, builder.AddStandard14Font);
        double y = 800;
        foreach (var (text, size, font) in lines)
        {
            page.AddText(text, size, new PdfPoint(50, y), fonts[font]);
            y -= size * 1.8;
        }
        return builder.Build();
    }

    private static (string Text, double Size, Standard14Font Font) Body(string text) => (text, 11, Standard14Font.Helvetica);

    private static IEnumerable<(string Text, BlockKind Kind, int Level)> Blocks(byte[] pdf) =>
        new PdfReader().Read("x.pdf", pdf).Blocks.Select(b => (b.Text.Trim(), b.Kind, b.Level));

    [Fact]
    public void Reads_lines_in_order_and_extracts_questions()
    {
        var pdf = Pdf("1. What is OOP?", "Answer: Programming with objects.", "2. Why do you want this job?", "Answer: I like the team.");
        Assert.True(new PdfReader().CanRead("x.pdf", pdf));
        var doc = ExtractionPipeline.CreateDefault().Extract("x.pdf", pdf).Document;
        Assert.Equal("pdf", doc.Source.Format);
        Assert.Equal(["What is OOP?", "Why do you want this job?"], doc.Questions.Select(q => q.QuestionText));
        Assert.Equal("I like the team.", doc.Questions[1].Answer);
    }

    [Fact]
    public void Lines_set_larger_than_the_body_are_headings_levelled_by_size()
    {
        var pdf = StyledPdf(
            ("Algorithms", 20, Standard14Font.HelveticaBold),
            ("Rotate an array by k steps", 15, Standard14Font.HelveticaBold),
            Body("Slice the tail off and put it in front."),
            Body("Time is O(n) and space is O(n)."),
            ("Queue from two stacks", 15, Standard14Font.HelveticaBold),
            Body("Push onto one stack, pop from the other."));
        Assert.Equal(
            [
                ("Algorithms", BlockKind.Heading, 1), ("Rotate an array by k steps", BlockKind.Heading, 2),
                ("Slice the tail off and put it in front.", BlockKind.Paragraph, 0), ("Time is O(n) and space is O(n).", BlockKind.Paragraph, 0),
                ("Queue from two stacks", BlockKind.Heading, 2), ("Push onto one stack, pop from the other.", BlockKind.Paragraph, 0),
            ],
            Blocks(pdf));
    }

    [Fact]
    public void A_document_in_one_size_has_no_headings_even_where_lines_are_bold()
    {
        var pdf = StyledPdf(("Rotate an array by k steps", 11, Standard14Font.HelveticaBold), Body("Slice the tail off."), Body("Put it in front."));
        Assert.All(Blocks(pdf), b => Assert.Equal((BlockKind.Paragraph, 0), (b.Kind, b.Level)));
        Assert.Equal(["Rotate an array by k steps", "Slice the tail off.", "Put it in front."], Blocks(pdf).Select(b => b.Text));
    }

    [Fact]
    public void Body_size_is_the_prose_size_when_code_in_a_smaller_monospace_font_outweighs_it()
    {
        // The code has more letters than the prose; were its 9 pt the body size, the 11 pt prose would be headings.
        var code = Enumerable.Range(1, 6).Select(i => ($"const part{i} = arr.slice(-step, length - step + {i})", 9.0, Standard14Font.Courier));
        var pdf = StyledPdf([("Rotate an array by k steps", 15, Standard14Font.HelveticaBold), Body("Slice the tail off."), .. code, Body("Then join both parts.")]);
        var blocks = Blocks(pdf).ToList();
        Assert.Equal((BlockKind.Heading, 1), (blocks[0].Kind, blocks[0].Level));
        Assert.All(blocks.Skip(1), b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public void Sizes_a_few_percent_apart_are_one_level()
    {
        var pdf = StyledPdf(
            ("Interview Questions", 22, Standard14Font.HelveticaBold),
            ("1. What is OAuth?", 12.4, Standard14Font.HelveticaBold), Body("An authorization framework."),
            ("2. What is CSRF?", 12.8, Standard14Font.HelveticaBold), Body("A forged cross-site request."));
        Assert.Equal([1, 2, 0, 2, 0], Blocks(pdf).Select(b => b.Level));
    }

    [Fact]
    public void A_long_run_of_large_lines_is_body_text_set_large_not_headings()
    {
        // Nine 14 pt lines: each short enough for a heading, together a paragraph; the 11 pt body still has more letters.
        var large = Enumerable.Range(1, 9).Select(i => ($"This introduction is set large, line {i}", 14.0, Standard14Font.Helvetica));
        var body = Enumerable.Range(1, 12).Select(i => Body($"The body text of the document goes on here, line {i}"));
        var pdf = StyledPdf([("Title", 20, Standard14Font.HelveticaBold), .. large, .. body]);
        var blocks = Blocks(pdf).ToList();
        Assert.Equal((BlockKind.Heading, 1), (blocks[0].Kind, blocks[0].Level));
        Assert.All(blocks.Skip(1), b => Assert.Equal((BlockKind.Paragraph, 0), (b.Kind, b.Level)));
    }

    [Fact]
    public void A_broken_pdf_fails_with_a_reason()
    {
        var ex = Assert.Throws<InvalidDataException>(() => new PdfReader().Read("x.pdf", "%PDF-1.7\n garbage"u8.ToArray()));
        Assert.Contains("not a readable pdf", ex.Message);
    }
}
