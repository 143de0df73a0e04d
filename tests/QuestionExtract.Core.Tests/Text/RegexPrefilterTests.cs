using System.Text.RegularExpressions;
using CsCheck;
using QuestionExtract.Cleaning;
using QuestionExtract.Text;

namespace QuestionExtract.Tests.Text;

public sealed class RegexPrefilterTests
{
    [Theory]
    [InlineData(@"^文档评论\(\d+\)$", "文档评论(", "文档评论(")]
    [InlineData(@"^本文档由.{1,30}于\d{4}-\d{1,2}", "本文档由", "本文档由")]
    [InlineData(@"还剩\d+页未读", null, "页未读")]
    [InlineData(@"^\S{1,30}\+关注$", null, "+关注")]
    [InlineData(@"^(?<title>.{2,120}?)_第\d+页$", null, "_第")]
    [InlineData(@"^Posted(on:|by:?)?", "Posted", "Posted")]   // an alternation inside a group leaves the rest required
    [InlineData(@"^(试读|阅读)已?结束", null, "结束")]
    [InlineData(@"^ab?c", "a", "a")]                           // b may be absent, so c is not next to a
    [InlineData(@"^ab*", "a", "a")]
    [InlineData(@"^ab+", "a", "a")]
    [InlineData(@"^ab{2}", "a", "a")]
    [InlineData(@"^a*", null, null)]
    [InlineData(@"[abc]xyz[^\]]q", null, "xyz")]
    [InlineData(@"\d+/150$", null, "/150")]
    [InlineData(@"ab|cd", null, null)]                         // alternation at the top
    [InlineData(@"[|]ab", null, "ab")]                          // a bar in a class is no alternation
    [InlineData(@"^(?i)abc", null, null)]
    [InlineData(@"x(?i:abc)", null, null)]
    [InlineData(@"\u4E00\u4E01", null, null)]
    [InlineData(@"(?<x>a)\1bc\p{L}de\k<x>", null, "bc")]
    public void Reads_the_literals_every_match_needs(string pattern, string? prefix, string? required)
    {
        var filter = RegexPrefilter.Of(new Regex(pattern));
        Assert.Equal(prefix, filter.Prefix);
        Assert.Equal(required, filter.Required);
    }

    [Fact]
    public void Options_that_change_what_a_literal_matches_give_none()
    {
        Assert.Null(RegexPrefilter.Of(new Regex("^abc", RegexOptions.IgnoreCase)).Required);
        Assert.Null(RegexPrefilter.Of(new Regex("^abc", RegexOptions.Multiline)).Prefix);
        Assert.Equal("abc", RegexPrefilter.Of(new Regex("^abc", RegexOptions.CultureInvariant)).Prefix);
    }

    // Whatever a built-in site pattern matches passes its prefilter: texts built from pieces of the patterns'
    // own literals reach the matching cases often.
    [Fact]
    public void Every_match_of_a_built_in_pattern_passes_its_prefilter()
    {
        var patterns = SiteRuleSet.BuiltIn.Rules.SelectMany(r => r.Patterns).ToList();
        Assert.Contains(patterns, p => RegexPrefilter.Of(p).Required is not null);
        var pieces = patterns.SelectMany(p => Regex.Split(p.ToString(), @"[\\^$.()\[\]{}*+?|]+")).Where(s => s.Length > 0)
            .Concat(["1", "23", "-", "a", "_第3页", "(", "+", "/", "读"]).Distinct().ToArray();
        int matched = 0;
        Gen.OneOf(pieces).Array[1, 6].Select(parts => string.Concat(parts)).Sample(text =>
        {
            foreach (var pattern in patterns)
            {
                if (!pattern.IsMatch(text)) continue;
                Interlocked.Increment(ref matched);
                Assert.True(RegexPrefilter.Of(pattern).MayMatch(text), $"{pattern} matches '{text}'");
            }
        }, iter: 5_000);
        Assert.True(matched > 50, $"only {matched} matches: the texts no longer reach the patterns");
    }
}
