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
    public void A_broken_pdf_fails_with_a_reason()
    {
        var ex = Assert.Throws<InvalidDataException>(() => new PdfReader().Read("x.pdf", "%PDF-1.7\n garbage"u8.ToArray()));
        Assert.Contains("not a readable pdf", ex.Message);
    }
}
