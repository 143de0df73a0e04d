using QuestionExtract.Segmenting;

namespace QuestionExtract.Core.Tests.Segmenting;

public sealed class EmphasisMarksTests
{
    // Marks whose partner was cut off with the marker or label go; paired marks, a "* " bullet and code stay.
    [Theory]
    [InlineData("什么是原型？**", "什么是原型？", "**")]
    [InlineData("** What is a closure?", "What is a closure?", "**")]
    [InlineData("原型是**对象**的模板。", "原型是**对象**的模板。", "")]
    [InlineData("**Covariate Shift**: P(X) changes", "**Covariate Shift**: P(X) changes", "")]
    [InlineData("* a bullet", "* a bullet", "")]
    [InlineData("call __init__", "call __init__", "")]
    [InlineData("_", "", "_")]
    public void Unpaired_marks_at_the_edges_are_trimmed_and_reported(string text, string expected, string removed)
    {
        Assert.Equal(expected, EmphasisMarks.TrimUnpaired(text, out var marks));
        Assert.Equal(removed, marks);
    }

    [Fact]
    public void A_label_takes_its_marks_on_either_side_of_the_colon_once()
    {
        var labels = LabelLexicon.BuiltIn.Labels;
        Assert.Equal(["**答案：**", "**答案**：", "__Answer:__", "**参考答案："],
            labels.Matches("**答案：** a\n**答案**：**重点**\n__Answer:__ b\n**参考答案：原型**").Select(m => m.Value));
    }
}
