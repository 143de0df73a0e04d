using QuestionExtract.Pipeline;
using QuestionExtract.Text;

namespace QuestionExtract.Tests.Text;

public sealed class ChineseScriptTests
{
    [Fact]
    public void Converts_between_scripts()
    {
        Assert.Equal("网络客服经理", ChineseScript.Default.ToSimplified("網絡客服經理"));
        Assert.Equal("網絡客服經理", ChineseScript.Default.ToTraditional("网络客服经理"));
    }

    [Fact]
    public void Folded_text_matches_across_width_script_and_spaces() =>
        Assert.Equal(FoldedText.Of("已阅读5页,还剩4页未读"), FoldedText.Of("已閱讀５頁，還剩 4 頁未讀"));

    [Theory]
    [InlineData("請描述一次你作為團隊領導者的經歷。", "zh-Hant")]
    [InlineData("请描述一次你作为团队领导者的经历。", "zh-Hans")]
    [InlineData("Tell me about yourself and your last project.", "en")]
    public void Detects_the_language(string text, string language) => Assert.Equal(language, LanguageDetector.Detect(text));

    [Fact]
    public void Question_ids_ignore_script_width_and_punctuation() =>
        Assert.Equal(QuestionIdFactory.Create("請描述一次經歷？"), QuestionIdFactory.Create("请描述一次经历?"));
}
