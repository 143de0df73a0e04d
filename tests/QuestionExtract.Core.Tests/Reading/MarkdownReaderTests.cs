using System.Text;
using QuestionExtract.Model;
using QuestionExtract.Reading;

namespace QuestionExtract.Tests.Reading;

public sealed class MarkdownReaderTests
{
    private static List<Block> Read(string markdown) =>
        new MarkdownReader(ReadLimits.Default).Read("t.md", Encoding.UTF8.GetBytes(markdown)).Blocks.ToList();

    private static List<(string, BlockKind)> TextsAndKinds(string markdown) => Read(markdown).Select(b => (b.Text, b.Kind)).ToList();

    [Fact]
    public void Headings_lose_their_marks_and_list_items_keep_the_numbers_and_markup_as_written()
    {
        var blocks = TextsAndKinds("# JavaScript Interview\n\nSetext title\n---\n\n## Basics\n\n1. What is a **closure**?\n1. What does `this` mean?\n\n3) Third, as typed\n\n- a bullet\n* another\n");
        Assert.Equal([
            ("JavaScript Interview", BlockKind.Heading), ("Setext title", BlockKind.Heading), ("Basics", BlockKind.Heading),
            ("1. What is a **closure**?", BlockKind.ListItem), ("1. What does `this` mean?", BlockKind.ListItem), ("3) Third, as typed", BlockKind.ListItem),
            ("- a bullet", BlockKind.ListItem), ("* another", BlockKind.ListItem),
        ], blocks);
    }

    [Fact]
    public void Nested_lists_and_further_paragraphs_of_an_item_are_blocks_of_their_own()
    {
        var blocks = TextsAndKinds("5. k-means clustering.\n    1. How would you choose k?\n    1. Explain.\n    ![image](img/k.png)\n\n   A second paragraph of item 5.\n");
        Assert.Equal([
            ("5. k-means clustering.", BlockKind.ListItem), ("1. How would you choose k?", BlockKind.ListItem), ("1. Explain.\n![image](img/k.png)", BlockKind.ListItem),
            ("A second paragraph of item 5.", BlockKind.Paragraph),
        ], blocks);
    }

    [Fact]
    public void Inline_markup_is_kept_as_written_and_inline_html_tags_go()
    {
        var blocks = TextsAndKinds("**答案：**闭包是*函数*与`词法环境`的组合，见[MDN](https://developer.mozilla.org) ![图](a.png) &amp; <b>更多</b>\n第二行<br>第三行 ~~旧~~ __粗__\n");
        Assert.Equal([("**答案：**闭包是*函数*与`词法环境`的组合，见[MDN](https://developer.mozilla.org) ![图](a.png) &amp; 更多\n第二行\n第三行 ~~旧~~ __粗__", BlockKind.Paragraph)], blocks);
    }

    [Fact]
    public void Continuation_lines_keep_their_markup_but_not_their_quote_marks_or_indentation()
    {
        var blocks = TextsAndKinds("> **思路引导：** 先说\n> `typeof` 再说\n\n1. What is **a\n   b**?\n   - *nested\n     part*\n");
        Assert.Equal([
            ("**思路引导：** 先说\n`typeof` 再说", BlockKind.Paragraph), ("1. What is **a\nb**?", BlockKind.ListItem), ("- *nested\npart*", BlockKind.ListItem),
        ], blocks);
    }

    [Theory]
    [InlineData("`async`与`defer`区别", "`async`与`defer`区别")]
    [InlineData("``a ` b`` and ` `` `", "``a ` b`` and ` `` `")]
    [InlineData("\\*not emphasis\\* and 1\\. not a list", "\\*not emphasis\\* and 1\\. not a list")]
    [InlineData("&eacute;t&eacute; &lt;div&gt; &#42;", "été &lt;div&gt; &#42;")]
    [InlineData("see <https://example.com> or [docs][d]\n\n[d]: https://d.example \"Docs\"", "see <https://example.com> or [docs](https://d.example \"Docs\")")]
    [InlineData("hard  \nbreak and soft\nbreak", "hard\nbreak and soft\nbreak")]
    public void Code_spans_escapes_entities_and_links_read_back_as_markdown(string markdown, string expected) =>
        Assert.Equal(expected, Assert.Single(Read(markdown)).Text);

    [Fact]
    public void Code_is_one_block_with_its_lines_and_indentation()
    {
        var blocks = TextsAndKinds("Example:\n\n```js\nfunction f() {\n    return 1;\n}\n\n// end\n```\n\n    indented code\n      keeps indent\n");
        Assert.Equal([
            ("Example:", BlockKind.Paragraph), ("function f() {\n    return 1;\n}\n\n// end", BlockKind.Paragraph), ("indented code\n  keeps indent", BlockKind.Paragraph),
        ], blocks);
    }

    [Fact]
    public void Blockquote_lines_are_paragraphs_without_the_marks()
    {
        var blocks = TextsAndKinds("> 思考题一：JS 分为哪两大类型？\n\n> line one\n> line two\n");
        Assert.Equal([("思考题一：JS 分为哪两大类型？", BlockKind.Paragraph), ("line one\nline two", BlockKind.Paragraph)], blocks);
    }

    [Fact]
    public void A_details_block_gives_its_summary_then_its_content_read_as_markdown()
    {
        // Blank lines around the tags (the content is Markdown to every renderer) and none (the content sits in the html block).
        var separated = "1. What is unsupervised learning?\n\n<details><summary><b>Answer</b></summary>\n\nIt finds **patterns**.\n\n- clustering\n\n</details>\n\n---\n\n2. Next?\n";
        var packed = "1. What is unsupervised learning?\n\n<details>\n  <summary>💡 Show Answer</summary>\n  It finds **patterns**.\n  - clustering\n</details>\n\n2. Next?\n";
        Assert.Equal([
            ("1. What is unsupervised learning?", BlockKind.ListItem), ("Answer", BlockKind.Paragraph), ("It finds **patterns**.", BlockKind.Paragraph),
            ("- clustering", BlockKind.ListItem), ("2. Next?", BlockKind.ListItem),
        ], TextsAndKinds(separated));
        Assert.Equal([
            ("1. What is unsupervised learning?", BlockKind.ListItem), ("💡 Show Answer", BlockKind.Paragraph), ("It finds **patterns**.", BlockKind.Paragraph),
            ("- clustering", BlockKind.ListItem), ("2. Next?", BlockKind.ListItem),
        ], TextsAndKinds(packed));
        // Locations point into the file, inside the html block too.
        Assert.Equal([1, 4, 5, 6, 9], Read(packed).Select(b => b.Location.Line));
        // The body is collapsed, in both layouts; the summary and what follows the closing tag are not.
        Assert.Equal([false, false, true, true, false], Read(separated).Select(b => b.Collapsed));
        Assert.Equal([false, false, true, true, false], Read(packed).Select(b => b.Collapsed));
    }

    [Fact]
    public void A_details_inside_a_details_body_keeps_its_summary_collapsed_and_the_count_of_open_tags_holds()
    {
        var nested = "<details><summary>Outer</summary>\n\nOuter body.\n\n<details><summary>Inner</summary>\n\nInner body.\n\n</details>\n\nStill outer.\n\n</details>\n\nAfter both.\n";
        Assert.Equal([("Outer", false), ("Outer body.", true), ("Inner", true), ("Inner body.", true), ("Still outer.", true), ("After both.", false)],
            Read(nested).Select(b => (b.Text, b.Collapsed)));
    }

    [Fact]
    public void Front_matter_and_link_only_navigation_are_page_furniture_and_the_front_matter_title_a_heading()
    {
        var blocks = TextsAndKinds("---\ntitle: 面试题\ntags: [js]\n---\n\n# 面试题\n\n[上一章](ch1.md) | [下一章](ch3.md)\n\n## Contents\n- [Closures](#closures)\n- [Scope](#scope)\n  - [Hoisting](#hoisting)\n\nSee [the spec](https://tc39.es) for details.\n");
        Assert.Equal([
            ("title: 面试题\ntags: [js]", BlockKind.PageFurniture), ("面试题", BlockKind.Heading), ("面试题", BlockKind.Heading), ("[上一章](ch1.md) | [下一章](ch3.md)", BlockKind.PageFurniture),
            ("Contents", BlockKind.Heading), ("- [Closures](#closures)", BlockKind.PageFurniture), ("- [Scope](#scope)", BlockKind.PageFurniture),
            ("- [Hoisting](#hoisting)", BlockKind.PageFurniture), ("See [the spec](https://tc39.es) for details.", BlockKind.Paragraph),
        ], blocks);
    }

    [Fact]
    public void A_heading_and_a_list_item_titled_by_a_link_read_as_the_links_text()
    {
        var blocks = TextsAndKinds("### [1. What is a merge?](#merge)\n\nIt joins [two](#a) histories.\n\n1. [What is a rebase?](https://x.io/r)\n\n   It replays commits.\n");
        Assert.Equal([
            ("1. What is a merge?", BlockKind.Heading), ("It joins [two](#a) histories.", BlockKind.Paragraph),
            ("1. What is a rebase?", BlockKind.ListItem), ("It replays commits.", BlockKind.Paragraph),
        ], blocks);
    }

    [Fact]
    public void Tables_are_markdown_rows_and_other_html_goes_through_the_html_reader()
    {
        var blocks = TextsAndKinds("Criteria | Batch | Real-time\n :--- | :---: | ---:\n**Latency** | a \\| b | `x\\|y`\n\n<div align=\"center\">\n<p>居中的段落</p>\n</div>\n\n<!-- a comment -->\n");
        Assert.Equal([
            ("| Criteria | Batch | Real-time |", BlockKind.TableRow), ("| :--- | :---: | ---: |", BlockKind.TableRow),
            ("| **Latency** | a \\| b | `x\\|y` |", BlockKind.TableRow), ("居中的段落", BlockKind.Paragraph),
        ], blocks);
        Assert.Equal([1, 2, 3, 5], Read("| a | b |\n|---|---|\n| c | d |\n\n<p>x</p>\n").Select(b => b.Location.Line));
    }

    [Fact]
    public void Table_rows_keep_their_cells_with_escaped_pipes_as_the_cells_own()
    {
        var rows = Read("| 问题 | 答案 |\n|---|---|\n| `x \\| y` 做什么? | 管道 |\n");
        Assert.Equal(["| `x \\| y` 做什么? | 管道 |"], rows.Skip(2).Select(b => b.Text));
        Assert.Equal([["问题", "答案"], ["---", "---"], ["`x | y` 做什么?", "管道"]], rows.Select(b => b.Cells!.ToArray()));
    }

    [Fact]
    public void Locations_are_line_and_column_in_the_file()
    {
        var blocks = Read("# Title\n\nText\n\n- item\n  - nested\n");
        Assert.Equal([new SourceLocation(1, 1), new SourceLocation(3, 1), new SourceLocation(5, 1), new SourceLocation(6, 3)], blocks.Select(b => b.Location));
    }

    [Fact]
    public void Deep_nesting_is_read_without_overflowing_the_stack()
    {
        var quotes = new string('>', 20_000) + " deep\n";
        var lists = string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', i * 2) + "- item\n"));
        var emphasis = new string('*', 20_000) + "x" + new string('*', 20_000);
        foreach (var markdown in new[] { quotes, lists, emphasis })
        {
            var doc = new MarkdownReader(ReadLimits.Default).Read("deep.md", Encoding.UTF8.GetBytes(markdown));
            Assert.Contains(doc.Blocks, b => b.Text.Contains("deep") || b.Text.Contains("item") || b.Text.Contains('x'));
        }
    }

    // A README often opens with centred html: by content it looks like a page, but a .md file is Markdown.
    [Theory]
    [InlineData("notes.md", "markdown")]
    [InlineData("notes.MARKDOWN", "markdown")]
    [InlineData("notes.txt", "html")]
    public void Markdown_is_chosen_by_extension(string name, string format) =>
        Assert.Equal(format, DocumentReaders.CreateDefault().For(name, "<div align=\"center\">\n\n# Title\n</div>\n"u8).Format);
}
