using System.Text;
using QuestionExtract.Pipeline;
using QuestionExtract.Tests.Reading.Fixtures;

namespace QuestionExtract.Tests.Segmenting;

/// <summary>Every question-marker family the segmenter knows, in the same two-question document.</summary>
public sealed class MarkerFamilyTests
{
    [Theory]
    [InlineData("第一题", "第二题", "第一题", "第二题")]
    [InlineData("第1题", "第2题", "第1题", "第2题")]
    [InlineData("第一題", "第二題", "第一題", "第二題")]
    [InlineData("1.", "2.", "1", "2")]
    [InlineData("1、", "2、", "1", "2")]
    [InlineData("1．", "2．", "1", "2")]
    [InlineData("1)", "2)", "1", "2")]
    [InlineData("(1)", "(2)", "1", "2")]
    [InlineData("（1）", "（2）", "1", "2")]
    [InlineData("①", "②", "①", "②")]
    [InlineData("Q1", "Q2", "Q1", "Q2")]
    [InlineData("Q1:", "Q2:", "Q1", "Q2")]
    [InlineData("Q1.", "Q2.", "Q1", "Q2")]
    [InlineData("Question 1", "Question 2", "Question 1", "Question 2")]
    [InlineData("问题1", "问题2", "问题1", "问题2")]
    [InlineData("问题一:", "问题二:", "问题一", "问题二")]
    [InlineData("面试题1:", "面试题2:", "面试题1", "面试题2")]
    [InlineData("【问题】", "【问题】", "", "")]
    [InlineData("题目:", "题目:", "", "")]
    public void Each_family_gives_two_questions(string first, string second, string number1, string number2)
    {
        var text = $"{first}你为什么选择这个岗位?\n答案:我喜欢解决问题。\n{second}你如何处理压力?\n答案:我会拆分任务。\n";
        var doc = ExtractionPipeline.CreateDefault().Extract("t.txt", Encoding.UTF8.GetBytes(text)).Document;
        Assert.Equal(["你为什么选择这个岗位?", "你如何处理压力?"], doc.Questions.Select(q => q.QuestionText));
        Assert.Equal(["我喜欢解决问题。", "我会拆分任务。"], doc.Questions.Select(q => q.Answer));
        Assert.Equal([number1, number2], doc.Questions.Select(q => q.Number));
    }

    [Theory]
    [InlineData("一、", "二、")]
    [InlineData("(一)", "(二)")]
    [InlineData("（一）", "（二）")]
    [InlineData("第一部分 ", "第二部分 ")]
    [InlineData("Part I ", "Part II ")]
    public void Section_heading_families(string first, string second)
    {
        var text = $"{first}基础题\n1.什么是TCP?\n答案:传输协议。\n{second}进阶题\n1.什么是QUIC?\n答案:基于UDP。\n";
        var doc = ExtractionPipeline.CreateDefault().Extract("t.txt", Encoding.UTF8.GetBytes(text)).Document;
        Assert.Equal(["基础题", "进阶题"], doc.Questions.Select(q => q.Section));
    }

    [Fact]
    public void Docx_heading_styles_become_sections()
    {
        var docx = new DocxFixture().Paragraph("网络面试题", style: "Heading1")
            .Paragraph("基础题", style: "Heading1").Paragraph("1.什么是TCP?").Paragraph("答案:传输协议。")
            .Paragraph("进阶题", style: "Heading1").Paragraph("1.什么是QUIC?").Paragraph("答案:基于UDP。").Build();
        var doc = ExtractionPipeline.CreateDefault().Extract("t.docx", docx).Document;
        Assert.Equal("网络面试题", doc.Title);
        Assert.Equal(["基础题", "进阶题"], doc.Questions.Select(q => q.Section));
    }

    [Fact]
    public void A_question_without_an_answer_in_the_key_is_flagged()
    {
        var text = "1.什么是TCP?\n2.什么是UDP?\n参考答案\n1.传输控制协议。\n";
        var doc = ExtractionPipeline.CreateDefault().Extract("t.txt", Encoding.UTF8.GetBytes(text)).Document;
        Assert.Equal("传输控制协议。", doc.Questions[0].Answer);
        Assert.Contains("no-answer-in-key", doc.Questions[1].Warnings);
    }

    [Fact]
    public void An_answer_without_a_question_is_a_warning_with_its_text()
    {
        var text = "1.什么是TCP?\n2.什么是UDP?\n参考答案\n1.传输控制协议。\n2.用户数据报协议。\n3.多出来的答案。\n";
        var doc = ExtractionPipeline.CreateDefault().Extract("t.txt", Encoding.UTF8.GetBytes(text)).Document;
        Assert.Contains(doc.Warnings, w => w.Code == "unmatched-answer" && w.Message.Contains("多出来的答案。"));
    }

    [Fact]
    public void A_declared_count_that_disagrees_on_a_complete_document_is_a_warning()
    {
        var text = "面试题(共3题)\n1.什么是TCP?\n答案:传输协议。\n2.什么是UDP?\n答案:无连接协议。\n";
        var doc = ExtractionPipeline.CreateDefault().Extract("t.txt", Encoding.UTF8.GetBytes(text)).Document;
        Assert.False(doc.Truncated);
        Assert.Contains(doc.Warnings, w => w.Code == "count-mismatch");
    }
}
