using System.Text;
using QuestionExtract.Cli;
using QuestionExtract.Pipeline;

namespace QuestionExtract.Cli.Tests;

public sealed class ReadAheadCacheTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static byte[] Text(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void A_kept_document_is_given_once_for_the_same_bytes()
    {
        var cache = new ReadAheadCache(1_000);
        var bytes = Text("1.什么是闭包?\n函数与环境的组合。");
        var read = Pipeline.Read("a.txt", bytes);
        cache.Offer(0, read);
        Assert.Same(read, cache.Take(0, bytes));
        Assert.Null(cache.Take(0, bytes));
    }

    [Fact]
    public void Changed_bytes_are_read_again()
    {
        var cache = new ReadAheadCache(1_000);
        cache.Offer(0, Pipeline.Read("a.txt", Text("1.什么是闭包?")));
        Assert.Null(cache.Take(0, Text("1.什么是原型?")));
    }

    [Fact]
    public void Documents_past_the_budget_are_not_kept()
    {
        var cache = new ReadAheadCache(30);
        var first = Text(new string('甲', 20));
        var second = Text(new string('乙', 20));
        cache.Offer(0, Pipeline.Read("a.txt", first));
        cache.Offer(1, Pipeline.Read("b.txt", second));
        Assert.NotNull(cache.Take(0, first));
        Assert.Null(cache.Take(1, second));
    }
}
