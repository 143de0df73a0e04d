using QuestionExtract.Cleaning;

namespace QuestionExtract.Tests.Cleaning;

public sealed class SiteRuleSetTests
{
    [Fact]
    public void Built_in_rules_cover_the_sites_users_download_from()
    {
        var sites = SiteRuleSet.BuiltIn.Sites.Select(s => s.Id).ToHashSet();
        foreach (var id in new[] { "book118", "renrendoc", "docin", "doc88", "wenku", "163wenku", "jinchutou", "taodocs", "mayiwenku", "bingdoc" })
            Assert.Contains(id, sites);
        Assert.Equal(SiteRuleSet.BuiltIn.Rules.Count, SiteRuleSet.BuiltIn.Rules.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void A_bad_pattern_is_reported_with_its_line()
    {
        var ex = Assert.Throws<RuleFileException>(() => SiteRuleSet.Parse("rules:\n  - id: broken\n    patterns:\n      - '(unclosed'\n", "mine.yaml"));
        Assert.Equal(4, ex.Line);
        Assert.Contains("invalid pattern", ex.Reason);
        Assert.StartsWith("mine.yaml:4:", ex.Message);
    }

    [Fact]
    public void An_unclosed_flow_sequence_is_reported_with_its_position()
    {
        // Used to escape as YamlDotNet's InvalidOperationException, with a stack trace.
        var ex = Assert.Throws<RuleFileException>(() => SiteRuleSet.Parse("rules:\n  - id: x\n    contains: [数据\n  - id: y\n", "mine.yaml"));
        Assert.StartsWith("mine.yaml:3:15: ", ex.Message);
        Assert.Contains("never closed", ex.Reason);
    }

    [Fact]
    public void An_unknown_key_is_reported_with_its_line()
    {
        var ex = Assert.Throws<RuleFileException>(() => SiteRuleSet.Parse("rules:\n  - id: x\n    contians: [a]\n", "mine.yaml"));
        Assert.Equal(3, ex.Line);
        Assert.Contains("contians", ex.Reason);
    }

    [Fact]
    public void A_rule_that_matches_nothing_is_refused()
    {
        var ex = Assert.Throws<RuleFileException>(() => SiteRuleSet.Parse("rules:\n  - id: empty\n", "mine.yaml"));
        Assert.Contains("matches nothing", ex.Reason);
    }

    [Fact]
    public void A_rule_following_an_unknown_rule_is_refused()
    {
        var ex = Assert.Throws<RuleFileException>(() => SiteRuleSet.Parse("rules:\n  - id: tags\n    follows: [buttns]\n    patterns: ['^Tags:']\n", "mine.yaml"));
        Assert.Contains("buttns", ex.Reason);
    }

    [Fact]
    public void A_positional_rule_matches_only_after_its_rule_and_after_itself()
    {
        var rules = SiteRuleSet.Parse(
            "rules:\n  - id: buttons\n    equals: [ReportError]\n  - id: tags\n    follows: [buttons]\n    patterns: ['^Tags:']\n", "mine.yaml");
        Assert.Null(rules.Match("Tags: a , b", out _));
        var buttons = rules.Rules[0];
        var tags = rules.Rules[1];
        Assert.Equal("tags", rules.MatchAfter("Tags:a,b", buttons)?.Id);
        Assert.Equal("tags", rules.MatchAfter("Tags:c", tags)?.Id);
        Assert.Null(rules.MatchAfter("Tags:a,b", new SiteRule { Id = "other", EqualsAny = ["x"] }));
    }

    [Fact]
    public void User_rules_remove_their_furniture()
    {
        var rules = SiteRuleSet.BuiltIn.With(SiteRuleSet.Parse("rules:\n  - id: my-site\n    equals: [本页由某某网整理]\n", "mine.yaml"));
        var doc = QuestionExtract.Pipeline.ExtractionPipeline.CreateDefault(rules)
            .Extract("x.txt", System.Text.Encoding.UTF8.GetBytes("本页由某某网整理\n1.你为什么来?\n我喜欢这里。\n")).Document;
        Assert.Equal(1, doc.Removed["my-site"]);
        Assert.Null(doc.Preamble);
    }

    [Fact]
    public void Sites_are_identified_by_their_phrases_in_definition_order_ignoring_case()
    {
        var rules = SiteRuleSet.Parse("sites:\n  - id: a\n    identify: [甲站, alpha.com]\n  - id: b\n    identify: [乙站]\n  - id: c\n    identify: [丙站]\n", "mine.yaml");
        Assert.Equal(["a", "b"], rules.IdentifySites(["来自乙站的文档", "见ALPHA.COM"]).Select(s => s.Id));
        Assert.Equal(["b"], rules.IdentifySites(["乙站"]).Select(s => s.Id));
        Assert.Empty(rules.IdentifySites(["甲", "站"]));   // a phrase never spans two blocks
    }

    [Fact]
    public void A_block_is_matched_by_the_first_rule_in_order_whichever_way_it_matches()
    {
        var rules = SiteRuleSet.Parse(
            "rules:\n  - id: first\n    patterns: ['^下载.*$']\n  - id: second\n    contains: [下载本文]\n  - id: third\n    equals: [下载本文档]\n", "mine.yaml");
        Assert.Equal("first", rules.Match("下载本文档", out _)?.Id);
        Assert.Equal("second", rules.Match("请下载本文档", out _)?.Id);
        Assert.Null(rules.Match("上传本文档", out _));
    }
}
