using System.Text;
using QuestionExtract.Pipeline;
using QuestionExtract.Reading;

namespace QuestionExtract.Tests.Pipeline;

/// <summary>
/// What fuzzing turned up. The first segmenter run found inputs with NUL and control characters: the text
/// reader rightly refuses such bytes as binary, so the later stages could not be reached with them at all;
/// they now can (PlainTextReader.FromText), and must neither crash nor lose text.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string> ControlCharacterTexts() =>
    [
        "1.\0你为什么?\n答案:\0\u0001因为。",
        "\0\0\0第一题\u0007\n\u001b[31m答案:\n\0",
        "一、\0(每题\u000b10分)1.?\u0000答案与解析一、\u00001.答案:\u0002",
        "\u0000|\u0000|\u0000\n序号|问题|答案|\n1|\0|\0|",
    ];

    [Theory]
    [MemberData(nameof(ControlCharacterTexts))]
    public void Text_with_control_characters_reaches_the_segmenter_and_loses_nothing(string text)
    {
        var result = ExtractionPipeline.CreateDefault().Extract(PlainTextReader.FromText("fuzz.txt", text));
        Assert.Equal("", AccountingInvariantTests.Lost(text.Replace("\0", "").Where(c => !char.IsControl(c) || c == '\n').Aggregate(new StringBuilder(), (sb, c) => sb.Append(c)).ToString(), result));
    }

    [Theory]
    [MemberData(nameof(ControlCharacterTexts))]
    public void The_same_bytes_from_a_file_are_refused_with_a_reason(string text)
    {
        var ex = Assert.Throws<NotSupportedException>(() => ExtractionPipeline.CreateDefault().Extract("fuzz.txt", Encoding.UTF8.GetBytes(text)));
        Assert.Contains("binary content", ex.Message);
    }
}
