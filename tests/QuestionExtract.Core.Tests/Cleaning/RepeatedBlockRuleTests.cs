using System.Text;
using QuestionExtract.Cleaning;
using QuestionExtract.Pipeline;

namespace QuestionExtract.Tests.Cleaning;

/// <summary>A batch from a site no rule knows: its repeated furniture must go by repetition alone.</summary>
public sealed class RepeatedBlockRuleTests
{
    private static string Page(int n) => $"""
        某某文库 - 海量文档免费下载
        登录 | 注册 | 上传文档
        面试题集{n}
        1.你为什么想做第{n}份工作?
        我喜欢这份工作带来的挑战和成长,也希望为团队贡献自己的经验。
        2.你如何处理压力?
        我会拆分任务,按优先级推进,并保持规律的作息。
        本文档由网友上传,不代表本站观点,如有侵权请联系删除
        猜你喜欢
        扫码关注公众号获取更多资料
        """;

    [Fact]
    public void Repeated_furniture_of_an_unknown_site_is_removed_without_rules()
    {
        var pages = Enumerable.Range(1, 5).Select(n => Encoding.UTF8.GetBytes(Page(n))).ToList();
        var reader = ExtractionPipeline.CreateDefault(SiteRuleSet.Empty);
        var index = new RepetitionIndex();
        foreach (var page in pages) index.Add(reader.RepairedBlocks("p.txt", page));

        var pipeline = ExtractionPipeline.CreateDefault(SiteRuleSet.Empty, repetition: index);
        var result = pipeline.Extract("p3.txt", pages[2]);
        var doc = result.Document;

        Assert.Equal(5, doc.Removed["repeated-furniture"]);
        Assert.Equal("面试题集3", doc.Title);
        Assert.Null(doc.Preamble);
        Assert.Equal(2, doc.Questions.Count);
        Assert.Equal("我会拆分任务,按优先级推进,并保持规律的作息。", doc.Questions[1].Answer);
        // The shared question "你如何处理压力?" and its answer recur in every page but are content: kept, with a warning.
        Assert.Contains(doc.Warnings, w => w.Code == "repeated-block" && w.Message.Contains("你如何处理压力"));
    }

    [Fact]
    public void Nothing_is_removed_when_the_batch_is_too_small()
    {
        var index = new RepetitionIndex();
        var reader = ExtractionPipeline.CreateDefault(SiteRuleSet.Empty);
        for (int n = 1; n <= 2; n++) index.Add(reader.RepairedBlocks("p.txt", Encoding.UTF8.GetBytes(Page(n))));
        var doc = ExtractionPipeline.CreateDefault(SiteRuleSet.Empty, repetition: index).Extract("p.txt", Encoding.UTF8.GetBytes(Page(1))).Document;
        Assert.False(doc.Removed.ContainsKey("repeated-furniture"));
    }
}
