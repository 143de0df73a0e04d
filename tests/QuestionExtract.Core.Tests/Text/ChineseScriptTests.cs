using CsCheck;
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

    // Keys of the table (single characters, surrogate pairs, ones with longer replacements) mixed with text
    // that does not change: converting in a buffer gives what converting the string gives.
    [Fact]
    public void Converting_in_place_matches_converting_the_string()
    {
        var table = File.ReadAllText(System.IO.Path.Combine(RepositoryRoot.Path, "src/QuestionExtract.Core/Data/opencc/TSCharacters.txt"));
        var keys = table.Split('\n')
            .Where(l => l.Length > 0 && l[0] != '#' && l.Contains('\t')).Select(l => l[..l.IndexOf('\t')]).ToArray();
        Assert.Contains(keys, k => k.Length == 2);
        var pieces = keys.Concat(["网络", "a", " ", "😀", "\uD800"]).ToArray();
        Gen.OneOf(pieces).Array[0, 12].Select(parts => string.Concat(parts)).Sample(text =>
            Assert.Equal(ChineseScript.Default.ToSimplified(text), ChineseScript.Default.ToSimplifiedInPlace(text.ToCharArray())), iter: 20_000);
    }
}
