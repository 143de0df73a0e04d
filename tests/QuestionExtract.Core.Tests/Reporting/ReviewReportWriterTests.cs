using System.Text;
using System.Text.RegularExpressions;
using QuestionExtract.Pipeline;
using QuestionExtract.Reporting;

namespace QuestionExtract.Tests.Reporting;

public sealed class ReviewReportWriterTests
{
    private const string Page = "面试题_第1页\n下载本文档\n1.你为什么选择这个岗位?\n答案:我喜欢解决问题。\n解析:考察动机。\n2.你如何<处理>压力?\n答案:拆分任务。\n";

    private static string Report()
    {
        var result = ExtractionPipeline.CreateDefault().Extract("bank.txt", Encoding.UTF8.GetBytes(Page));
        return ReviewReportWriter.Write([new ReportEntry("bank.txt", result, null), new ReportEntry("broken.docx", null, "not a readable docx")]);
    }

    [Fact]
    public void Marks_fields_and_removed_pieces_in_the_source()
    {
        var html = Report();
        Assert.Contains("<span class=\"f q\" data-q=\"1\">你为什么选择这个岗位?</span>", html);
        Assert.Contains("<span class=\"f a\" data-q=\"1\">我喜欢解决问题。</span>", html);
        Assert.Contains("<span class=\"f n\" data-q=\"1\">考察动机。</span>", html);
        Assert.Contains("<del data-rule=\"download-button\" title=\"removed by download-button\">下载本文档</del>", html);
        Assert.Contains("<del data-rule=\"page-marker\"", html);
    }

    [Fact]
    public void Escapes_document_text_and_lists_failures()
    {
        var html = Report();
        Assert.Contains("你如何&lt;处理&gt;压力?", html);
        Assert.DoesNotContain("<处理>", html);
        Assert.Contains("Could not be processed: not a readable docx", html);
        Assert.Contains("<output id=\"failed-count\">1</output>", html);
    }

    [Fact]
    public void Is_self_contained_and_declares_its_language()
    {
        var html = Report();
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh\">", html);
        Assert.DoesNotMatch(new Regex(@"(src|href)=""(https?:)?//"), html);
        Assert.DoesNotContain("<link", html);
        Assert.Contains("name=\"viewport\"", html);
    }
}
