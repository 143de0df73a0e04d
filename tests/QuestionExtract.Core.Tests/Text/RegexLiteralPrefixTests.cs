using System.Text.RegularExpressions;
using CsCheck;
using QuestionExtract.Cleaning;
using QuestionExtract.Text;

namespace QuestionExtract.Tests.Text;

public sealed class RegexLiteralPrefixTests
{
    [Theory]
    [InlineData(@"^文档评论\(\d+\)$", "文档评论")]
    [InlineData(@"^本文档由.{1,30}于", "本文档由")]
    [InlineData(@"^Posted(on:|by:?)?", null)]        // an alternation anywhere: no prefix
    [InlineData(@"^tags:$", "tags:")]
    [InlineData(@"^ab?c", "a")]                       // b may be absent
    [InlineData(@"^ab*", "a")]
    [InlineData(@"^ab+", "a")]
    [InlineData(@"^ab{2}", "a")]
    [InlineData(@"^a*", null)]
    [InlineData(@"^(?<title>.{2,120}?)_第\d+页$", null)]
    [InlineData(@"还剩\d+页未读", null)]               // not anchored
    [InlineData(@"^\d+/150$", null)]
    [InlineData(@"^(?i)abc", null)]
    public void Takes_the_literal_start_of_anchored_patterns(string pattern, string? prefix) =>
        Assert.Equal(prefix, RegexLiteralPrefix.Of(new Regex(pattern)));

    [Fact]
    public void Options_that_change_what_the_start_means_give_no_prefix()
    {
        Assert.Null(RegexLiteralPrefix.Of(new Regex("^abc", RegexOptions.IgnoreCase)));
        Assert.Null(RegexLiteralPrefix.Of(new Regex("^abc", RegexOptions.Multiline)));
        Assert.Equal("abc", RegexLiteralPrefix.Of(new Regex("^abc", RegexOptions.CultureInvariant)));
    }

    // Whatever a built-in site pattern matches starts with its prefix: built from pieces of the patterns' own
    // literals, the texts reach the matching cases often.
    [Fact]
    public void Every_match_of_a_built_in_pattern_starts_with_its_prefix()
    {
        var patterns = SiteRuleSet.BuiltIn.Rules.SelectMany(r => r.Patterns).ToList();
        Assert.Contains(patterns, p => RegexLiteralPrefix.Of(p) is not null);
        var pieces = patterns.SelectMany(p => Regex.Split(p.ToString(), @"[\\^$.()\[\]{}*+?|]+")).Where(s => s.Length > 0)
            .Concat(["1", "23", "-", "a", "_第3页", "("]).Distinct().ToArray();
        Gen.OneOf(pieces).Array[1, 6].Select(parts => string.Concat(parts)).Sample(text =>
        {
            foreach (var pattern in patterns)
                if (RegexLiteralPrefix.Of(pattern) is { } prefix && pattern.IsMatch(text))
                    Assert.StartsWith(prefix, text, StringComparison.Ordinal);
        }, iter: 5_000);
    }
}
