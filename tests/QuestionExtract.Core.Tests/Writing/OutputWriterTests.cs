using CsCheck;
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

    // Any string reads back the same through a standard JSON parser, with only what must be escaped escaped.
    [Fact]
    public void Json_strings_read_back_unchanged_and_escape_only_what_they_must()
    {
        string[] pieces = ["客户", "a", "\"", "\\", "\n", "\r", "\t", "\u0001", "\u001f", "\u2028", "\u2029", "𠀀", " ", "\u007f", "é"];
        Gen.OneOf(pieces).Array[0, 20].Select(parts => string.Concat(parts)).Sample(text =>
        {
            var json = JsonOutputWriter.Write(new OutputNode().Add("q", text), indented: false);
            Assert.Equal(text, System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("q").GetString());
            Assert.DoesNotContain(json, c => c < ' ' || c is '\u2028' or '\u2029');
            // \u escapes only for control characters without a short form and the two separators; the rest
            // (CJK, astral, DEL, accented letters) is written as it is.
            int unicodeEscapes = text.Count(c => (c < ' ' && c is not ('\n' or '\r' or '\t')) || c is '\u2028' or '\u2029');
            Assert.Equal(unicodeEscapes, System.Text.RegularExpressions.Regex.Matches(json, @"(?<!\\)(?:\\\\)*\\u").Count);
        }, iter: 5_000);
    }
}
