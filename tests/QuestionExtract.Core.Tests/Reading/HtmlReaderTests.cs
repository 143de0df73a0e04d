using CsCheck;
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
    public void An_xhtml_chapter_with_its_xml_declaration_is_read_as_html()
    {
        var page = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>1. 什么是HashMap？</p><p>答：基于数组和链表的散列表。</p></body></html>";
        var bytes = System.Text.Encoding.UTF8.GetBytes(page);
        var reader = new HtmlReader(ReadLimits.Default, HtmlChromeRules.BuiltInOnFirstUse);
        Assert.True(reader.CanRead("chapter3.xhtml", bytes));
        Assert.Equal(["1. 什么是HashMap？", "答：基于数组和链表的散列表。"], reader.Read("chapter3.xhtml", bytes).Blocks.Select(b => b.Text));
        Assert.False(reader.CanRead("notes.txt", System.Text.Encoding.UTF8.GetBytes("<?xml 是 XML 声明的开头。\n1. 什么是 XML？")));
    }

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
        Assert.Equal(["A&B C\n第二行", "網絡"], doc.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void The_body_of_a_details_element_is_collapsed_and_its_summary_is_not()
    {
        var doc = Read("<body><p>1. 什么是闭包?</p><details><summary>查看答案</summary><p>函数和它的作用域。</p><details><summary>更多</summary><p>细节</p></details></details><p>2. 下一题?</p></body>");
        Assert.Equal([("1. 什么是闭包?", false), ("查看答案", false), ("函数和它的作用域。", true), ("更多", true), ("细节", true), ("2. 下一题?", false)],
            doc.Blocks.Select(b => (b.Text, b.Collapsed)));
    }

    [Fact]
    public void A_br_is_a_line_break_inside_its_block()
    {
        var doc = Read("<body><p>the value is available<br>whereas<br/><br>it is not</p><li>问题?<br>答案</li><p><br>开头的换行\u000B</p>x<br>y</body>");
        Assert.Equal([("the value is available\nwhereas\nit is not", BlockKind.Paragraph), ("• 问题?\n答案", BlockKind.ListItem),
            ("开头的换行", BlockKind.Paragraph), ("x\ny", BlockKind.Paragraph)], doc.Blocks.Select(b => (b.Text, b.Kind)));
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

    [Fact]
    public void Table_rows_keep_their_cells_and_a_spanning_row_is_a_row_of_one_cell()
    {
        var doc = Read("<table><tr><th>序号</th><th>问题</th><th>答案</th></tr><tr><td colspan=\"3\">网络</td></tr>" +
                       "<tr><td>1</td><td><code>a | b</code> 是什么?</td><td><p>管道。</p><p>前者的输出<br>是后者的输入。</p></td></tr></table>");
        Assert.Equal(["序号 | 问题 | 答案 |", "网络", "1 | a | b 是什么? | 管道。 前者的输出 是后者的输入。 |"], doc.Blocks.Select(b => b.Text));
        Assert.All(doc.Blocks, b => Assert.Equal(BlockKind.TableRow, b.Kind));
        Assert.Equal(["网络"], doc.Blocks[1].Cells!);
        Assert.Equal(["1", "a | b 是什么?", "管道。\n前者的输出\n是后者的输入。"], doc.Blocks[2].Cells!);
    }

    // Older tutorial and exam sites set the whole article in one table cell: the cell is the page, read as if the
    // table were not there (a heading, paragraphs, list items, code lines), not as one flattened row.
    [Fact]
    public void A_table_that_lays_out_the_article_is_read_as_its_blocks()
    {
        var doc = Read("<body><div id=\"page\"><table><tr><td><div class=\"inner\"><h1>Shell quiz</h1><p>Pick one answer.</p>" +
                       "<p>1) Which command lists files?</p><ol><li>ls</li><li>cd</li></ol><pre>ls -l\nls -a</pre>" +
                       "</div></td></tr></table></div></body>");
        Assert.Equal([("Shell quiz", BlockKind.Heading), ("Pick one answer.", BlockKind.Paragraph), ("1) Which command lists files?", BlockKind.Paragraph),
            ("1. ls", BlockKind.ListItem), ("2. cd", BlockKind.ListItem), ("ls -l", BlockKind.Paragraph), ("ls -a", BlockKind.Paragraph)],
            doc.Blocks.Select(b => (b.Text, b.Kind)));
        Assert.All(doc.Blocks, b => Assert.Null(b.Cells));
    }

    // A frame of several cells (navigation beside the article) is layout too: each cell's blocks in turn.
    [Fact]
    public void The_cells_of_a_page_frame_are_read_one_after_another()
    {
        var doc = Read("<body><table><tr><td><ul><li>首页</li><li>题库</li></ul></td>" +
                       "<td><p>1、什么是进程？</p><p>答：资源分配的单位。</p></td></tr></table></body>");
        Assert.Equal(["• 首页", "• 题库", "1、什么是进程？", "答：资源分配的单位。"], doc.Blocks.Select(b => b.Text));
    }

    // A table of questions stays a table, though an answer cell holds two paragraphs or a list: its rows repeat
    // the same columns. A table of one cell of text is a box of text, read as a paragraph.
    [Fact]
    public void A_question_table_stays_rows_of_cells()
    {
        var doc = Read("<table><tr><th>Question</th><th>Answer</th></tr>" +
                       "<tr><td>What is a pod?</td><td><p>The smallest unit.</p><p>It holds containers.</p></td></tr>" +
                       "<tr><td>What restarts pods?</td><td><ul><li>the kubelet</li><li>a controller</li></ul></td></tr></table>" +
                       "<table><tr><td>Answers are at the end.</td></tr></table>");
        Assert.Equal([("Question | Answer |", BlockKind.TableRow), ("What is a pod? | The smallest unit. It holds containers. |", BlockKind.TableRow),
            ("What restarts pods? | the kubelet a controller |", BlockKind.TableRow), ("Answers are at the end.", BlockKind.Paragraph)],
            doc.Blocks.Select(b => (b.Text, b.Kind)));
        Assert.Equal(["What is a pod?", "The smallest unit.\nIt holds containers."], doc.Blocks[1].Cells!);
    }

    [Fact]
    public void List_items_carry_their_nesting_depth()
    {
        var doc = Read("<body><ol><li>外层<ul><li>内层</li></ul></li></ol></body>");
        Assert.Equal([("1. 外层", 1), ("• 内层", 2)], doc.Blocks.Select(b => (b.Text, b.Level)));
    }

    // The depth limit counts nesting over the tags the plain tag pattern finds (void and self-closing tags
    // open nothing, a close never goes below zero): the reader's scan must agree with it on any markup.
    [Fact]
    public void The_depth_limit_counts_nesting_as_the_tag_pattern_does()
    {
        var tag = new System.Text.RegularExpressions.Regex(@"<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)[^>]*?(?<self>/)?>");
        var voids = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "param", "source", "track", "wbr" };
        int Depth(string html)
        {
            int depth = 0, max = 0;
            foreach (System.Text.RegularExpressions.Match m in tag.Matches(html))
            {
                if (voids.Contains(m.Groups["name"].Value) || m.Groups["self"].Success) continue;
                depth = m.Groups["close"].Success ? Math.Max(0, depth - 1) : depth + 1;
                max = Math.Max(max, depth);
            }
            return max;
        }
        string[] pieces = ["<div>", "</div>", "<DIV class='a'>", "</Div>", "<p", ">", "/", "<", "</", "< p>", "</ p>", "<br>", "<BR/>", "<a href='x'/>",
            "<img src=a>", "</>", "<a-b>", "<x1 y='/'>", "<!-- c -->", "题", " ", "<p/ >", "<span>", "</span>"];
        Gen.OneOf(pieces).Array[0, 40].Select(parts => string.Concat(parts)).Sample(html =>
        {
            int depth = Depth(html);
            bool TooDeep(int limit) => new HtmlReader(ReadLimits.Default with { MaxHtmlDepth = limit })
                .Read("t.html", Encoding.UTF8.GetBytes(html)).Warnings.Any(w => w.Code == "html-too-deep");
            Assert.False(TooDeep(depth));
            if (depth > 0) Assert.True(TooDeep(depth - 1));
        }, iter: 3_000);
    }
}
