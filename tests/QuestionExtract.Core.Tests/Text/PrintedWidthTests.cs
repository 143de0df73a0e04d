using QuestionExtract.Text;

namespace QuestionExtract.Core.Tests.Text;

public class PrintedWidthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("Multiple choice", 15)]
    [InlineData("多项选择题", 10)]
    [InlineData("第1题 Java", 10)]
    public void Chinese_characters_take_two_columns_and_Latin_ones_one(string text, int width) =>
        Assert.Equal(width, PrintedWidth.Of(text));
}
