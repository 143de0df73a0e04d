using System.Text;
using QuestionExtract.Model;
using QuestionExtract.Reading;

namespace QuestionExtract.Tests.Reading;

/// <summary>The html reader with page chrome looked for (<see cref="HtmlPageLayout"/>), as the pipeline reads saved pages.</summary>
public sealed class HtmlPageLayoutTests
{
    private static SourceDocument Read(string html) =>
        new HtmlReader(ReadLimits.Default, HtmlChromeRules.BuiltInOnFirstUse).Read("t.html", Encoding.UTF8.GetBytes(html));

    private static List<string> Content(SourceDocument doc) => doc.Blocks.Where(b => b.Kind != BlockKind.PageFurniture).Select(b => b.Text).ToList();

    private static List<(string Rule, string Text)> Furniture(SourceDocument doc) =>
        doc.Blocks.Where(b => b.Kind == BlockKind.PageFurniture).Select(b => (b.FurnitureRule!, b.Text)).ToList();

    [Fact]
    public void Elements_skipped_by_tag_come_out_as_furniture_and_scripts_do_not()
    {
        var doc = Read("<html><head><title>T</title></head><body><nav>首页</nav><script>var a = 1;</script><p>1. 题目？</p><footer>底部</footer></body></html>");
        Assert.Equal(["T", "1. 题目？"], Content(doc));
        Assert.Equal([("html-chrome", "首页"), ("html-chrome", "底部")], Furniture(doc));
    }

    [Fact]
    public void A_button_inside_a_line_is_reported_alone_and_the_line_stays_whole()
    {
        var doc = Read("<body><p>Was this helpful? <button>Yes</button>Tell us.</p></body>");
        Assert.Equal(["Was this helpful? Tell us."], Content(doc));
        Assert.Equal([("html-chrome", "Yes")], Furniture(doc));
    }

    [Fact]
    public void Chrome_that_holds_most_of_the_page_is_content()
    {
        var doc = Read("<body><div class=\"share-wrapper\"><p>1. 什么是闭包？</p><p>函数和它捕获的变量一起构成闭包，常用于封装私有状态。</p></div><div class=\"share\">分享</div></body>");
        Assert.Equal(["1. 什么是闭包？", "函数和它捕获的变量一起构成闭包，常用于封装私有状态。"], Content(doc));
        Assert.Equal([("html-chrome", "分享")], Furniture(doc));
    }

    [Fact]
    public void Inline_elements_are_never_chrome_by_their_class()
    {
        var doc = Read("<body><pre><code><span class=\"hljs-comment\">// 一级缓存</span>\nMap a;</code></pre></body>");
        Assert.Equal(["// 一级缓存", "Map a;"], Content(doc));
    }

    [Fact]
    public void Text_before_the_article_stays_and_text_after_it_is_furniture()
    {
        var doc = Read("<body><p>作者：小王</p><article><p>1. 什么是进程？</p><p>资源分配的基本单位，拥有独立的地址空间。</p></article><div>赞赏支持</div></body>");
        Assert.Equal(["作者：小王", "1. 什么是进程？", "资源分配的基本单位，拥有独立的地址空间。"], Content(doc));
        Assert.Equal([("html-outside-article", "赞赏支持")], Furniture(doc));
    }

    [Fact]
    public void The_heading_the_title_repeats_keeps_its_header_from_being_chrome()
    {
        var doc = Read("<html><head><title>网络面试题 - 某站</title></head><body><div class=\"author-card\"><h1>网络面试题</h1></div><p>1. TCP 为什么三次握手？</p></body></html>");
        Assert.Contains("网络面试题", Content(doc));
    }

    [Fact]
    public void A_question_toggle_is_a_heading_and_its_hidden_panel_a_folded_body()
    {
        var doc = Read("<body><div><button aria-expanded=\"false\">Why do you want this job? <span>▾</span></button><div hidden><p>It fits my skills.</p></div></div></body>");
        var toggle = Assert.Single(doc.Blocks, b => b.Text == "Why do you want this job?");
        Assert.Equal(BlockKind.Heading, toggle.Kind);
        Assert.False(toggle.Collapsed);
        Assert.True(Assert.Single(doc.Blocks, b => b.Text == "It fits my skills.").Collapsed);
    }

    [Fact]
    public void An_unmarked_button_that_asks_and_has_a_block_to_open_is_a_question_toggle_without_its_glyph()
    {
        var doc = Read("<body><div><button class=\"acc-q\">+ Why do you want this job?</button><div class=\"acc-a\"><p>It fits my skills.</p></div></div></body>");
        Assert.Equal(BlockKind.Heading, Assert.Single(doc.Blocks, b => b.Text == "Why do you want this job?").Kind);
        Assert.Contains("It fits my skills.", Content(doc));
    }

    [Fact]
    public void An_unmarked_button_with_nothing_to_open_or_no_question_stays_a_control()
    {
        var alone = Read("<body><p>1. 题目？</p><p>答案。</p><button class=\"btn\">Why do you want this job?</button></body>");
        Assert.Equal([("html-chrome", "Why do you want this job?")], Furniture(alone));
        var label = Read("<body><p>1. 题目？</p><button class=\"btn\">查看答案</button><div>答案。</div></body>");
        Assert.Equal([("html-chrome", "查看答案")], Furniture(label));
    }

    [Theory]
    [InlineData("+ What is a merge?", "What is a merge?")]
    [InlineData("What is a merge? ▾", "What is a merge?")]
    [InlineData("-5 °C: what happens to the pipes?", "-5 °C: what happens to the pipes?")]
    public void A_toggles_glyph_set_apart_at_either_end_is_no_part_of_its_text(string button, string expected)
    {
        var doc = Read($"<body><div><button aria-expanded=\"false\">{button}</button><div hidden><p>Answer.</p></div></div></body>");
        Assert.Equal(expected, Assert.Single(doc.Blocks, b => b.Kind == BlockKind.Heading).Text);
    }

    [Fact]
    public void Hidden_elements_that_no_toggle_opens_are_reported()
    {
        var doc = Read("<body><p>1. 题目？</p><div hidden>登录后查看更多</div></body>");
        Assert.Equal([("html-hidden", "登录后查看更多")], Furniture(doc));
    }

    [Fact]
    public void A_fragment_reader_keeps_the_old_silent_skipping()
    {
        var doc = new HtmlReader(ReadLimits.Default).Read("f.html", Encoding.UTF8.GetBytes("<body><nav>首页</nav><div class=\"comments\">评论</div></body>"));
        Assert.Equal(["评论"], doc.Blocks.Select(b => b.Text));
    }
}
