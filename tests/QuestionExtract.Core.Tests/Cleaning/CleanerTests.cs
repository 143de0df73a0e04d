using QuestionExtract.Cleaning;
using QuestionExtract.Model;

namespace QuestionExtract.Tests.Cleaning;

/// <summary>Which site a document came from, as the cleaner decides it.</summary>
public sealed class CleanerTests
{
    private static string? SiteOf(params Block[] blocks) => Cleaner.CreateDefault(SiteRuleSet.BuiltIn).Clean(blocks).Site;

    private static Block Line(int line, string text, BlockKind kind = BlockKind.Paragraph) => new(text, kind, new SourceLocation(line, 1));

    [Fact]
    public void Repairs_of_a_table_row_reach_its_cells()
    {
        // A zero-width space, spaces between Chinese characters and a pinyin annotation, in the row and its cells.
        var row = new Block("什\u200B么 是 网(wǎng)络? | 计算机的互联。 |", BlockKind.TableRow, new SourceLocation(1, 1))
            { Cells = ["什\u200B么 是 网(wǎng)络?", "计算机的互联。"] };
        var cleaned = Cleaner.CreateDefault(SiteRuleSet.BuiltIn).Clean([row]).Blocks.Single();
        Assert.Equal("什么是网络? | 计算机的互联。 |", cleaned.Text);
        Assert.Equal(["什么是网络?", "计算机的互联。"], cleaned.Cells!);
    }

    [Fact]
    public void A_title_naming_one_site_wins_over_a_phrase_of_another_site_in_the_body()
    {
        // 豆丁网 (docin) is defined before 百度文库 (wenku): one phrase each used to go to docin.
        Assert.Equal("wenku", SiteOf(
            Line(1, "客服面试题及答案 - 百度文库", BlockKind.Heading),
            Line(2, "1.你为什么选择这个岗位?"),
            Line(3, "我在豆丁网上看到过类似的题目,觉得很有意思。")));
        Assert.Equal("wenku", SiteOf(
            Line(1, "客服面试题及答案_百度文库"),
            Line(2, "1.你为什么选择这个岗位?"),
            Line(3, "答:曾在豆丁网工作。")));
    }

    [Fact]
    public void Without_a_title_naming_a_site_the_body_evidence_decides()
    {
        Assert.Equal("docin", SiteOf(Line(1, "客服面试题及答案"), Line(2, "1.你为什么选择这个岗位?"), Line(3, "答:曾在豆丁网工作。")));
        // A title naming two sites decides nothing.
        Assert.Equal("docin", SiteOf(Line(1, "豆丁网 百度文库 面试题"), Line(2, "答:曾在豆丁网工作。")));
    }

    [Fact]
    public void A_long_first_paragraph_is_not_a_title()
    {
        var paragraph = "百度文库" + new string('题', 120);
        Assert.Equal("docin", SiteOf(Line(1, paragraph), Line(2, "答:曾在豆丁网工作。"), Line(3, "来自豆丁网")));
    }
}
