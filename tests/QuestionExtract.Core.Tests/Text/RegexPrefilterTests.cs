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
    [InlineData(@"^(?i)abc", "abc", "abc")]                     // ignoring case throughout: kept, looked for ignoring case
    [InlineData(@"^(?i)文档abc", null, null)]                    // …but only runs of ASCII text
    [InlineData(@"x(?i)abc", null, null)]                       // options from the middle on
    [InlineData(@"x(?i:abc)", null, "x")]                       // options of a group: only its content is not read
    [InlineData(@"x(?x:abc)", null, null)]                      // free spacing: nothing read
    [InlineData(@"\\(?i)abc", null, null)]                       // options after an escaped backslash
    [InlineData(@"^(?i:page)?(PAGE|NUMPAGES)$", null, null)]
    [InlineData(@"\u4E00\u4E01", null, null)]
    [InlineData(@"(?<x>a)\1bc\p{L}de\k<x>", null, "bc")]
    public void Reads_the_literals_every_match_needs(string pattern, string? prefix, string? required)
    {
        var filter = RegexPrefilter.Of(new Regex(pattern));
        Assert.Equal(prefix, filter.Prefix);
        Assert.Equal(required, filter.Required);
    }

    // Groups every match passes through: alternations of plain texts give a set (and the start, right after ^),
    // other groups their own literal runs; optional groups, negative lookarounds and comments give nothing.
    [Theory]
    [InlineData(@"^(?:首页|主页|Home)(?:[>»›/].{1,80})+$", "首页/主页/Home", "首页/主页/Home")]
    [InlineData(@"^(?=.*(?:久久|成人))[^_]{2,30}(?:_[^_]{2,30}){2,}$", null, "久久/成人 _")]
    [InlineData(@"^(?:[^:]{1,12}::){3,}[^:]{0,12}$", null, "::")]
    [InlineData(@"^(试读|阅读)已?结束", "试读/阅读", "试读/阅读")]
    [InlineData(@"^(?<t>a\+b|c)x", "a+b/c", "a+b/c")]
    [InlineData(@"^(?:您的)?当前位置", null, "")]                 // optional
    [InlineData(@"^(?:a|b)*c", null, "")]
    [InlineData(@"^(?:a|b){0,2}c", null, "")]
    [InlineData(@"^(?:a|b){2}c", "a/b", "a/b")]
    [InlineData(@"^(?:a|b?)c", null, "")]                          // an alternative that is no plain text
    [InlineData(@"^(?:a|)c", null, "")]                            // an empty alternative
    [InlineData(@"^(?!x|y)c", null, "")]                           // negative lookahead
    [InlineData(@"^(?<!x|y)c", null, "")]
    [InlineData(@"(?<=ab|cd)e", null, "ab/cd")]
    [InlineData(@"x(?:y(?:p|q)z)", null, "y z p/q")]                // nested groups read too
    [InlineData(@"x(?:y(?:p|q)?z)", null, "y z")]
    [InlineData(@"x(?#a|b)(?:c|d)", null, "")]                     // a comment: nothing read
    [InlineData(@"x[(](?:c|d)", null, "c/d")]                       // a parenthesis in a class opens nothing
    [InlineData(@"x\((?:c|d)\)", null, "c/d")]
    [InlineData(@"^(?i:page)?(PAGE|NUMPAGES)$", null, "PAGE/NUMPAGES")]   // a group with its own options: skipped
    public void Reads_the_texts_groups_need(string pattern, string? startsWith, string oneOf)
    {
        var filter = RegexPrefilter.Of(new Regex(pattern));
        Assert.Equal(startsWith, filter.StartsWithOneOf is null ? null : string.Join("/", filter.StartsWithOneOf));
        Assert.Equal(oneOf, string.Join(" ", filter.OneOf.Select(set => string.Join("/", set))));
    }

    // Whatever a pattern with groups matches passes its prefilter, on texts made of the patterns' pieces.
    [Fact]
    public void Every_match_of_a_pattern_with_groups_passes_its_prefilter()
    {
        string[] patterns =
        [
            @"^(?:ab|c)(?:[>/].{1,5})+$", @"^(?=.*(?:ab|ba))[^_]{1,4}(?:_[^_]{1,4}){2,}$", @"^(?:[^:]{1,3}::){2,}[^:]{0,3}$",
            @"^(ab|b)c?a", @"(?<=a|bc)c(?:a|b){2}", @"x(?:a(?:b|c)+a)", @"^(?<t>a|b)(?!c)", @"(a|b)",
        ];
        string[] pieces = ["a", "b", "c", "ab", "ba", "_", ":", "::", ">", "/", "x", "bc"];
        int matched = 0;
        Gen.OneOf(pieces).Array[1, 8].Select(parts => string.Concat(parts)).Sample(text =>
        {
            foreach (var pattern in patterns)
            {
                var regex = new Regex(pattern);
                if (!regex.IsMatch(text)) continue;
                Interlocked.Increment(ref matched);
                Assert.True(RegexPrefilter.Of(regex).MayMatch(text), $"{pattern} matches '{text}'");
            }
        }, iter: 5_000);
        Assert.True(matched > 200, $"only {matched} matches");
    }

    [Fact]
    public void Options_that_change_what_a_literal_matches_give_none()
    {
        Assert.True(RegexPrefilter.Of(new Regex("^abc", RegexOptions.IgnoreCase)).IgnoresCase);
        Assert.Equal("abc", RegexPrefilter.Of(new Regex("^abc", RegexOptions.IgnoreCase)).Required);
        Assert.Null(RegexPrefilter.Of(new Regex("^abc", RegexOptions.Multiline)).Prefix);
        Assert.Equal("abc", RegexPrefilter.Of(new Regex("^abc", RegexOptions.CultureInvariant)).Prefix);
    }

    // Ignoring case, whatever the pattern matches passes its prefilter, in any case and with the characters the
    // regex's case table adds to ASCII letters (the Kelvin sign for k, the long s for s).
    [Fact]
    public void Every_match_of_a_pattern_ignoring_case_passes_its_prefilter()
    {
        string[] patterns =
        [
            @"^(?i)(?=.*(?:ks|desk))(?:ask|desk|ks){2,3}$", @"(?i)a?sk", @"^(?i)Kis(?:s|k)+", @"(?i)(?<=a|b)sk", @"^(?i)(?:ks|Sa)k",
        ];
        string[] pieces = ["a", "A", "s", "S", "\u017F", "k", "K", "\u212A", "d", "e", "E", "i", "I", "\u0130", "\u0131", "ks", "sk", "desk", "ASK"];
        int matched = 0;
        Gen.OneOf(pieces).Array[1, 8].Select(parts => string.Concat(parts)).Sample(text =>
        {
            foreach (var pattern in patterns)
            {
                var regex = new Regex(pattern, RegexOptions.CultureInvariant);
                var filter = RegexPrefilter.Of(regex);
                Assert.True(filter.IgnoresCase);
                if (!regex.IsMatch(text)) continue;
                Interlocked.Increment(ref matched);
                Assert.True(filter.MayMatch(text), $"{pattern} matches '{text}'");
            }
        }, iter: 5_000);
        Assert.True(matched > 200, $"only {matched} matches");
    }

    // The search stops only at the listed characters beyond ASCII: every one whose case forms are ASCII must be there.
    [Fact]
    public void The_listed_case_forms_hold_every_one_beyond_ascii()
    {
        var found = Enumerable.Range(0x80, 0x10000 - 0x80).Select(c => (char)c)
            .Where(c => char.ToLowerInvariant(c) <= 0x7F || char.ToUpperInvariant(c) <= 0x7F);
        Assert.Subset(AsciiCaselessSearch.NonAsciiForms.ToHashSet(), found.ToHashSet());
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
