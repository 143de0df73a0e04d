using QuestionExtract.Writing;
using YamlDotNet.RepresentationModel;

namespace QuestionExtract.Tests.Writing;

public sealed class OutputWriterTests
{
    [Fact]
    public void Json_keeps_chinese_and_astral_characters_unescaped()
    {
        var json = JsonOutputWriter.Write(new OutputNode().Add("q", "客户\u3000体验𠀀\"\\\n"));
        Assert.Contains("客户\u3000体验𠀀", json);
        Assert.Contains("\\\"\\\\\\n", json);
        Assert.Equal("客户\u3000体验𠀀\"\\\n", System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("q").GetString());
    }

    [Fact]
    public void Json_writes_nulls_numbers_and_lists()
    {
        var json = JsonOutputWriter.Write(new OutputNode().Add("a", null).Add("b", 1.5).Add("c", new List<object?> { true, 2 }), indented: false);
        Assert.Equal("{\"a\":null,\"b\":1.5,\"c\":[true,2]}", json);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("N")]
    [InlineData("off")]
    [InlineData("1.10")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("")]
    public void Yaml_quotes_strings_that_would_change_type(string value)
    {
        var yaml = YamlOutputWriter.Write([new OutputNode().Add("answer", value)]);
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var scalar = (YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("answer")];
        Assert.Equal(value, scalar.Value);
        Assert.NotEqual(YamlDotNet.Core.ScalarStyle.Plain, scalar.Style);
    }

    [Fact]
    public void Yaml_writes_multi_line_text_as_a_literal_block()
    {
        var yaml = YamlOutputWriter.Write([new OutputNode().Add("answer", "第一行\n第二行")]);
        Assert.Contains("answer: |-\n  第一行\n  第二行", yaml);
    }
}
