using QuestionExtract.Text;
using YamlDotNet.Core;

namespace QuestionExtract.Tests.Text;

public sealed class YamlInputTests
{
    [Fact]
    public void A_flow_sequence_left_open_across_lines_is_a_yaml_error_at_its_bracket()
    {
        // YamlDotNet's scanner throws a bare InvalidOperationException on this input.
        var ex = Assert.Throws<YamlException>(() => YamlInput.Load("title: x\nskills: [数据\nanswer: y\n"));
        Assert.Equal(2, ex.Start.Line);
        Assert.Equal(9, ex.Start.Column);
        Assert.Equal("the '[' opened here is never closed", YamlInput.Reason(ex));
    }

    [Theory]
    [InlineData("skills: [数据")]
    [InlineData("skills: [数据\n")]
    [InlineData("a: {b: [1, 2\nc: d\n")]
    [InlineData("a: {b\n  c\n")]
    [InlineData("- [\n- ]\n- x\n")]
    [InlineData("a: b\n a: c\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("\"open\nstring")]
    [InlineData("key: 'x\n")]
    [InlineData("a: |\n b\nc")]
    [InlineData("%YAML 1.1\n%YAML 1.1\n--- a")]
    [InlineData("? [a\n: b\n")]
    public void Malformed_input_only_ever_fails_as_a_yaml_error_with_a_position(string yaml)
    {
        try
        {
            YamlInput.Load(yaml);
        }
        catch (YamlException ex)
        {
            Assert.True(ex.Start.Line >= 1);
            Assert.False(string.IsNullOrWhiteSpace(YamlInput.Reason(ex)));
        }
    }
}
