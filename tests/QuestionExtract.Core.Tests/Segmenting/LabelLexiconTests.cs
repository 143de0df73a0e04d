using QuestionExtract.Segmenting;

namespace QuestionExtract.Tests.Segmenting;

public sealed class LabelLexiconTests
{
    private static readonly FieldSplitter Splitter = new(LabelLexicon.BuiltIn);

    [Theory]
    [InlineData("问题?\n答案:回答内容", "回答内容")]
    [InlineData("问题?\n答案：回答内容", "回答内容")]
    [InlineData("问题?\n參考答案:回答内容", "回答内容")]
    [InlineData("问题?\n【答案】回答内容", "回答内容")]
    [InlineData("问题?\n答案\n回答内容", "回答内容")]
    [InlineData("问题?\n示范回答:回答内容", "回答内容")]
    [InlineData("问题?\n答题要点:回答内容", "回答内容")]
    [InlineData("问题? 答:回答内容", "回答内容")]
    [InlineData("问题 ? 答:回答内容", null)]
    [InlineData("问题?\n答:回答内容", "回答内容")]
    [InlineData("Question?\nAnswer: the answer", "the answer")]
    [InlineData("Question?\nSample answer: the answer", "the answer")]
    [InlineData("Question?\nA: the answer", "the answer")]
    public void Answer_labels(string body, string? answer) => Assert.Equal(answer, Splitter.Split(body).Answer);

    [Theory]
    [InlineData("问题?\n答案:甲\n解析:乙", "乙")]
    [InlineData("问题?\n答案:甲\n答案解析:乙", "乙")]
    [InlineData("问题?\n答案:甲\n评分标准:乙", "乙")]
    [InlineData("问题?\n答案:甲\n【点评】乙", "乙")]
    [InlineData("Q?\nAnswer: a\nExplanation: b", "b")]
    [InlineData("问题?\n答案:甲。关键点解析:乙", null)]
    public void Analysis_labels(string body, string? analysis) => Assert.Equal(analysis, Splitter.Split(body).Analysis);

    [Fact]
    public void Skills_line_becomes_a_list() =>
        Assert.Equal(["沟通能力", "领导力"], Splitter.Split("问题?\n考察:沟通能力、领导力\n答案:甲").Skills);

    [Fact]
    public void A_word_inside_a_sentence_is_not_a_label() =>
        Assert.Null(Splitter.Split("这道题的答案是什么?").Answer);
}
