using QuestionExtract.Model;
using QuestionExtract.Segmenting;

namespace QuestionExtract.Core.Tests.Segmenting;

public sealed class AnswerKeyRangesTests
{
    private static readonly SourceLocation At = new(1, 1);

    [Fact]
    public void Ranges_give_one_entry_per_number_with_its_letter()
    {
        var entries = AnswerKeyRanges.Parse("1-5 ABCDA\n6～8：B C D；9-10.AB", 0, At);
        Assert.NotNull(entries);
        Assert.Equal(Enumerable.Range(1, 10), entries.Select(e => e.Number));
        Assert.Equal("ABCDABCDAB", string.Concat(entries.Select(e => e.Answer)));
    }

    [Theory]
    [InlineData("1-3 AB")]            // the letters do not count the numbers out
    [InlineData("1-3 ABC 然后是解析")]  // text that is no range
    [InlineData("5-3 ABC")]           // a range backwards
    [InlineData("")]
    public void Text_that_is_not_ranges_only_is_no_key(string text) => Assert.Null(AnswerKeyRanges.Parse(text, 0, At));

    [Theory]
    [InlineData("\n1-5 ABCDA", true)]
    [InlineData(" 1～2：BC", true)]
    [InlineData("\n2-5 BCDA", false)]  // a key starts at 1
    [InlineData("\n1-5 ABCD", false)]
    public void A_key_starts_with_a_range_from_one(string text, bool starts) => Assert.Equal(starts, AnswerKeyRanges.StartAt(text, 0));
}
