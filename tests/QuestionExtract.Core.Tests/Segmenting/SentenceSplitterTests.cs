using QuestionExtract.Segmenting;

namespace QuestionExtract.Tests.Segmenting;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) => SentenceSplitter.Split(text).Select(s => s.Of(text)).ToList();

    [Fact]
    public void Splits_at_chinese_and_english_punctuation() =>
        Assert.Equal(["你好。", "为什么?", "Yes. "[..4], "OK"], Split("你好。为什么? Yes. OK"));

    [Fact]
    public void A_garbled_question_mark_does_not_end_a_sentence() =>
        Assert.Equal(["這給我?guī)砹司薮蟮某删透?。", "下一句。"], Split("這給我?guī)砹司薮蟮某删透?。下一句。"));

    [Fact]
    public void Closing_quotes_stay_with_their_sentence() =>
        Assert.Equal(["他问“为什么?”", "我答了。"], Split("他问“为什么?”我答了。"));

    [Fact]
    public void Decimal_numbers_do_not_split() => Assert.Single(Split("剂量为0.1ml。"));

    [Theory]
    [InlineData("你好。为什么? Yes. OK", 1)]
    [InlineData("你好。为什么? Yes. OK", 3)]
    [InlineData("  \n。\n为什么?”\n\n下一句。最后", 2)]
    [InlineData("没有句号", 2)]
    [InlineData("", 3)]
    public void A_limit_gives_the_first_sentences_of_the_whole_split(string text, int limit) =>
        Assert.Equal(SentenceSplitter.Split(text).Take(limit), SentenceSplitter.Split(text, limit));
}
