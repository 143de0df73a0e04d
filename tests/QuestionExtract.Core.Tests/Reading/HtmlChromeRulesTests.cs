using QuestionExtract.Reading;

namespace QuestionExtract.Tests.Reading;

public sealed class HtmlChromeRulesTests
{
    private static readonly HtmlChromeRules Rules = HtmlChromeRules.BuiltIn;

    [Theory]
    [InlineData("blog-comments-placeholder", new[] { "blog", "comments", "placeholder" })]
    [InlineData("feedbackItem", new[] { "feedback", "item" })]
    [InlineData("js_cmt_area", new[] { "js", "cmt", "area" })]
    [InlineData("HTMLContent", new[] { "html", "content" })]
    [InlineData("_2Nttfz", new[] { "nttfz" })]
    public void Names_are_cut_into_lower_case_words(string name, string[] words) =>
        Assert.Equal(words, HtmlChromeRules.Words(name));

    [Theory]
    [InlineData("comment-box", null, true, false)]
    [InlineData("sideBar", null, true, false)]
    [InlineData(null, "recommendBox", true, false)]
    [InlineData("gfg-course-ad", null, true, false)]
    [InlineData("post-body comment-free", null, true, true)]
    [InlineData("markdown_views", "content_views", false, true)]
    [InlineData("address-list", null, false, false)]
    [InlineData("header-main", null, false, true)]
    [InlineData("card-header", null, false, false)]
    [InlineData(null, "header", true, false)]
    public void Class_and_id_words_say_chrome_or_content(string? classes, string? id, bool chrome, bool content)
    {
        Rules.Judge(classes, id, out bool isChrome, out bool isContent);
        Assert.Equal((chrome, content), (isChrome, isContent));
    }

    [Theory]
    [InlineData("相关推荐", true)]
    [InlineData("17 条评论", true)]
    [InlineData("— Similar Reads —", true)]
    [InlineData("Comments", false)]
    [InlineData("1. 什么是相关推荐算法？", false)]
    public void Chrome_headings_are_compared_by_their_letters(string heading, bool chrome) =>
        Assert.Equal(chrome, Rules.IsChromeHeading(heading));

    [Fact]
    public void A_rules_file_without_a_list_names_it()
    {
        var error = Assert.Throws<QuestionExtract.Cleaning.RuleFileException>(() => HtmlChromeRules.Parse("chromeWords: [ad]", "chrome.yaml"));
        Assert.Contains("chromeIdWords", error.Message);
    }
}
