using QuestionExtract.Model;
using QuestionExtract.Pipeline;
using QuestionExtract.Tests.Reading.Fixtures;

namespace QuestionExtract.Tests.Pipeline;

/// <summary>
/// Whole files read by the docx and pdf readers end as their authors saved them; the specs cover page
/// captures and markdown (text), these the formats a spec cannot be written in.
/// </summary>
public sealed class TruncationDetectorTests
{
    private static ExtractedDocument Extract(string path, string format, params string[] lines)
    {
        var blocks = lines.Select((t, i) => new Block(t, BlockKind.Paragraph, new SourceLocation(i + 1, 1))).ToList();
        var source = new SourceDocument(new SourceInfo(path, format, "utf-8", 100, "0"), blocks, []);
        return ExtractionPipeline.CreateDefault().Extract(source).Document;
    }

    private static readonly string[] EndsOnOption =
        ["1.下列哪项属于流动资产?", "A.存货", "B.厂房", "答案:A", "2.下列哪项属于负债?", "A.应付账款", "B.无期"];

    [Theory]
    [InlineData("bank.docx", "docx")]
    [InlineData("bank.doc", "doc")]
    [InlineData("bank.pdf", "pdf")]
    public void A_whole_file_ending_on_an_option_line_is_not_truncated(string path, string format)
    {
        var doc = Extract(path, format, EndsOnOption);
        Assert.False(doc.Truncated);
        Assert.All(doc.Questions, q => Assert.True(q.Complete));
    }

    [Fact]
    public void The_same_text_as_a_page_capture_is_cut_off()
    {
        // A capture that stops on an unfinished line of a list whose items have answers: the page was cut.
        var doc = Extract("page.txt", "text", EndsOnOption);
        Assert.True(doc.Truncated);
    }

    [Fact]
    public void A_preview_notice_in_a_whole_file_still_truncates()
    {
        var doc = Extract("bank.docx", "docx", "1.什么是索引?", "答案:加快查询的数据结构。", "还剩3页未读,继续阅读");
        Assert.True(doc.Truncated);
    }

    // Word keeps the last computed PAGE/NUMPAGES results in its footer: a whole file of three pages shows 第 1 页 共 3 页
    // once, as the footer is one part for every page. A page capture that prints it in its body is cut at page 1.
    [Fact]
    public void A_docx_footer_with_its_page_count_is_no_cut_but_the_same_line_in_a_capture_is()
    {
        var docx = new DocxFixture().Footer("第 1 页 共 3 页").Paragraph("1.什么是索引?").Paragraph("答案:加快查询的数据结构。")
            .Paragraph("2.什么是事务?").Paragraph("答案:一组要么全做要么全不做的操作。").Build();
        var source = new QuestionExtract.Reading.DocxReader(QuestionExtract.Reading.ReadLimits.Default).Read("bank.docx", docx);
        Assert.False(ExtractionPipeline.CreateDefault().Extract(source).Document.Truncated);
        Assert.True(Extract("page.txt", "text", "1.什么是索引?", "答案:加快查询的数据结构。", "2.什么是事务?", "答案:一组要么全做要么全不做的操作。", "第 1 页 共 3 页").Truncated);
    }
}
