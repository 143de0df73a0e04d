using QuestionExtract.Text;

namespace QuestionExtract.Tests.Text;

public sealed class ChineseNumeralTests
{
    [Theory]
    [InlineData("１２", 12)]
    [InlineData("３", 3)]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("二十三", 23)]
    [InlineData("一百零五", 105)]
    [InlineData("两", 2)]
    [InlineData("12", 12)]
    [InlineData("IV", 4)]
    [InlineData("XII", 12)]
    public void Reads_numerals(string text, int expected) => Assert.Equal(expected, ChineseNumeral.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("甲")]
    public void Refuses_what_is_not_a_number(string text) => Assert.Null(ChineseNumeral.Parse(text));
}
