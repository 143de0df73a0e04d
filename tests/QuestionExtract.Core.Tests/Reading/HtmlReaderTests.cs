using System.Text;
using QuestionExtract.Model;
using QuestionExtract.Reading;

namespace QuestionExtract.Tests.Reading;

public sealed class HtmlReaderTests
{
    static HtmlReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static SourceDocument Read(string html, Encoding? encoding = null) =>
        new HtmlReader(ReadLimits.Default).Read("t.html", (encoding ?? Encoding.UTF8).GetBytes(html));

    [Fact]
    public void Ordered_lists_are_numbered_from_their_start_and_type()
    {
        var doc = Read("<html><body><ol start=\"3\"><li>甲</li><li>乙</li></ol><ol type=\"A\"><li>x</li><li>y</li></ol><ul><li>z</li></ul></body></html>");
        Assert.Equal(["3. 甲", "4. 乙", "A. x", "B. y", "• z"], doc.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Scripts_navigation_and_page_chrome_are_left_out()
    {
        var doc = Read("<html><head><title>题库 - 人人文库</title><script>alert('1. 假?')</script></head><body><nav>首页</nav><header>顶部</header>" +
                       "<p>1. 真题目?</p><aside>相关</aside><footer>底部</footer><noscript>请启用</noscript><!-- 注释 --></body></html>");
        Assert.Equal(["题库 - 人人文库", "1. 真题目?"], doc.Blocks.Select(b => b.Text));
        Assert.Equal(BlockKind.Heading, doc.Blocks[0].Kind);
    }

    [Fact]
    public void Entities_breaks_and_ruby_are_handled()
    {
        var doc = Read("<body><p>A&amp;B&nbsp;C<br>第二行</p><p><ruby>網<rp>(</rp><rt>wǎng</rt><rp>)</rp></ruby>絡</p></body>");
        Assert.Equal(["A&B C", "第二行", "網絡"], doc.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void The_meta_charset_decides_the_encoding()
    {
        var doc = Read("<html><head><meta charset=\"gbk\"></head><body><p>请描述一次经历?</p></body></html>", Encoding.GetEncoding(936));
        Assert.Equal("请描述一次经历?", doc.Blocks.Single().Text);
        Assert.Equal("gb18030", doc.Source.Encoding);
    }

    [Fact]
    public void Gbk_without_a_meta_tag_is_detected_not_garbled()
    {
        var doc = Read("<html><body><p>请描述一次你作为团队领导者的经历。</p></body></html>", Encoding.GetEncoding(54936));
        Assert.Equal("请描述一次你作为团队领导者的经历。", doc.Blocks.Single().Text);
    }

    [Fact]
    public void Deep_nesting_does_not_overflow_the_stack()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "深处" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";
        Assert.Contains(Read(html).Blocks, b => b.Text == "深处");
    }

    [Fact]
    public void Table_rows_join_their_cells()
    {
        var doc = Read("<table><tr><th>序号</th><th>问题</th></tr><tr><td>1</td><td>为什么?</td></tr></table>");
        Assert.Equal(["序号 | 问题 |", "1 | 为什么? |"], doc.Blocks.Select(b => b.Text));
    }
}
