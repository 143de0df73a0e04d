using CsCheck;
using QuestionExtract.Cleaning;
using QuestionExtract.Model;

namespace QuestionExtract.Tests.Cleaning;

public sealed class PinyinAnnotationRuleTests
{
    private static (string Text, int Repairs) Clean(string text)
    {
        var context = new CleaningContext([new Block(text, BlockKind.Paragraph, new SourceLocation(1, 1))]);
        new PinyinAnnotationRule().Apply(context);
        return (context.Blocks[0].Text, context.Repairs.Count);
    }

    [Theory]
    [InlineData("網(wǎng)絡(luò)客服", "網絡客服", 2)]
    [InlineData("發(fā)現問題", "發現問題", 1)]
    [InlineData("優(yōu)化（yōu）", "優化", 2)]
    public void Removes_toned_pinyin_after_a_character(string input, string expected, int repairs)
    {
        var (text, count) = Clean(input);
        Assert.Equal(expected, text);
        Assert.Equal(repairs, count);
    }

    [Theory]
    [InlineData("(考察:問題解決能力)")]
    [InlineData("其他部門(如官網、APP)合作")]
    [InlineData("原创力文档(book118)网站")]
    [InlineData("欧朋(opera)和火狐")]
    [InlineData("value(a)")]
    public void Leaves_real_parentheses_alone(string input)
    {
        var (text, count) = Clean(input);
        Assert.Equal(input, text);
        Assert.Equal(0, count);
    }

    // The rule passes over blocks without a parenthesis between a character and a pinyin letter before the
    // pattern runs; whatever the pattern finds, the rule still repairs.
    [Fact]
    public void Repairs_every_block_the_pattern_matches()
    {
        string[] pieces = ["網", "络(", "(wǎng)", "（luò）", "(yōu", "ü)", "ń", "wǎng", "(", "）", "A", " ", "a", "?"];
        int matched = 0;
        Gen.OneOf(pieces).Array[1, 10].Select(parts => string.Concat(parts)).Sample(text =>
        {
            bool occurs = PinyinAnnotationRule.Occurs(text);
            if (occurs) Interlocked.Increment(ref matched);
            Assert.Equal(occurs, Clean(text).Repairs > 0);
        }, iter: 10_000);
        Assert.True(matched > 100, $"only {matched} matches");
    }

    // The hand-written search finds exactly the pattern's matches, in order, from any start: runs of letters on
    // both sides of the lengths the pattern allows (six plain letters, seven in all), both parentheses, both sets.
    [Fact]
    public void Finds_the_matches_of_the_pattern()
    {
        string[] pieces = ["網", "络(", "(wǎng)", "（luò）", "(yōu", "(", "）", ")", "a", "wang", "ü", "ǎ", "ń", "ḿ", "zzzzzz", "A", " ", "\uF900", "\u33FF", "é"];
        int matched = 0;
        Gen.OneOf(pieces).Array[1, 14].Select(parts => string.Concat(parts)).Select(Gen.Int[0, 3], (text, from) => (text, from)).Sample(t =>
        {
            var (text, from) = t;
            from = Math.Min(from, text.Length);
            var expected = new List<(int, int)>();
            for (var m = PinyinAnnotationRule.Pattern.Match(text, from); m.Success; m = m.NextMatch()) expected.Add((m.Index, m.Length));
            var found = new List<(int, int)>();
            for (int at = PinyinAnnotationRule.NextAnnotation(text, from, out int length); at >= 0; at = PinyinAnnotationRule.NextAnnotation(text, at + length, out length))
                found.Add((at, length));
            if (expected.Count > 0) Interlocked.Increment(ref matched);
            Assert.Equal(expected, found);
        }, iter: 50_000);
        Assert.True(matched > 2000, $"only {matched} texts with matches");
    }
}
