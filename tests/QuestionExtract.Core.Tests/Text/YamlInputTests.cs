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

    [Theory]
    [InlineData("a: ", "[", "]")]
    [InlineData("a: ", "{b: ", "}")]
    [InlineData("", "- ", "")]
    public void Deep_nesting_is_refused_before_it_overflows_the_stack(string head, string open, string close)
    {
        // 100,000 levels overflowed the stack in YamlDotNet's recursive node loading: the process died.
        var yaml = head + string.Concat(Enumerable.Repeat(open, 100_000)) + "x" + string.Concat(Enumerable.Repeat(close, 100_000)) + "\n";
        var ex = Assert.Throws<YamlException>(() => YamlInput.Load(yaml));
        Assert.Equal($"nested deeper than {YamlInput.MaxDepth} levels", YamlInput.Reason(ex));
        Assert.Equal(1, ex.Start.Line);
    }

    [Fact]
    public void Nesting_up_to_the_limit_loads()
    {
        var depth = YamlInput.MaxDepth;
        var stream = YamlInput.Load(string.Concat(Enumerable.Repeat("[", depth)) + string.Concat(Enumerable.Repeat("]", depth)));
        Assert.Single(stream.Documents);
    }
}
