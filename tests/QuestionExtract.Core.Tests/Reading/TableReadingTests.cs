using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using QuestionExtract.Pipeline;
using QuestionExtract.Reading;
using QuestionExtract.Tests.Pipeline;
using QuestionExtract.Tests.Reading.Fixtures;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace QuestionExtract.Tests.Reading;

/// <summary>
/// Question tables read from docx and html, through the whole pipeline: the segmenter reads the readers' cells,
/// so a cell's own '|' stays in its field, a cell's paragraphs stay lines, and a row spanning the table names
/// the section of the rows under it. Typed and Markdown tables are in Specs/question-tables.md.
/// </summary>
public sealed class TableReadingTests
{
    private static readonly string[] Sections = ["Shell", "Shell", "Git"];

    [Fact]
    public void A_docx_question_table_with_category_rows()
    {
        TableCell Cell(int span, params string[] paragraphs) =>
            new(new[] { (DocumentFormat.OpenXml.OpenXmlElement)new TableCellProperties(new GridSpan { Val = span }) }
                .Concat(paragraphs.Select(t => new Paragraph(new Run(new WordText(t))))));
        TableRow Row(string number, string question, params string[] answer) => new(Cell(1, number), Cell(1, question), Cell(1, answer));
        var table = new Table(new TableRow(Cell(1, "题号"), Cell(1, "面试题"), Cell(1, "参考答案")),
            new TableRow(Cell(3, "Shell")),
            Row("1", "cat a.log | grep err 做了什么?", "把 a.log 的内容交给 grep,", "只留下含 err 的行。"),
            Row("2", "2>&1 是什么意思?", "把标准错误并到标准输出。"),
            new TableRow(Cell(3, "Git")),
            Row("3", "rebase 和 merge 有什么区别?", "rebase 改写提交历史, merge 保留分叉。"));
        var docx = new DocxFixture().Paragraph("命令行面试题").Element(table).Build();

        var result = ExtractionPipeline.CreateDefault().Extract("bank.docx", docx);
        var questions = result.Document.Questions;
        Assert.Equal(["1", "2", "3"], questions.Select(q => q.Number));
        Assert.Equal(Sections, questions.Select(q => q.Section));
        Assert.Equal("cat a.log | grep err 做了什么?", questions[0].QuestionText);
        Assert.Equal("把 a.log 的内容交给 grep,\n只留下含 err 的行。", questions[0].Answer);
        Assert.Equal("rebase 改写提交历史, merge 保留分叉。", questions[2].Answer);
        Assert.Equal("命令行面试题", result.Document.Title);
        Assert.Null(result.Document.Preamble);
        Assert.Empty(Lost(new DocxReader(ReadLimits.Default).Read("bank.docx", docx), result));
    }

    [Fact]
    public void An_html_question_table_with_category_rows()
    {
        var html = "<html><head><title>命令行面试题</title></head><body><table>" +
                   "<tr><th>序号</th><th>问题</th><th>答案</th></tr>" +
                   "<tr><td colspan=\"3\">Shell</td></tr>" +
                   "<tr><td>1</td><td><code>cat a.log | grep err</code> 做了什么?</td><td><p>把 a.log 的内容交给 grep,</p><p>只留下含 err 的行。</p></td></tr>" +
                   "<tr><td>2</td><td>2&gt;&amp;1 是什么意思?</td><td>把标准错误并到标准输出。</td></tr>" +
                   "<tr><td colspan=\"3\">Git</td></tr>" +
                   "<tr><td>3</td><td>rebase 和 merge 有什么区别?</td><td>rebase 改写提交历史,<br>merge 保留分叉。</td></tr>" +
                   "</table></body></html>";
        var bytes = Encoding.UTF8.GetBytes(html);

        var result = ExtractionPipeline.CreateDefault().Extract("bank.html", bytes);
        var questions = result.Document.Questions;
        Assert.Equal(["1", "2", "3"], questions.Select(q => q.Number));
        Assert.Equal(Sections, questions.Select(q => q.Section));
        Assert.Equal("cat a.log | grep err 做了什么?", questions[0].QuestionText);
        Assert.Equal("把 a.log 的内容交给 grep,\n只留下含 err 的行。", questions[0].Answer);
        Assert.Equal("2>&1 是什么意思?", questions[1].QuestionText);
        Assert.Equal("rebase 改写提交历史,\nmerge 保留分叉。", questions[2].Answer);
        Assert.Empty(Lost(new HtmlReader(ReadLimits.Default).Read("bank.html", bytes), result));
    }

    [Fact]
    public void A_one_cell_row_after_the_last_question_is_not_a_section_and_stays_text()
    {
        var html = "<title>Linux 题</title><table><tr><th>问题</th><th>答案</th></tr><tr><td>什么是 inode?</td><td>文件的元数据。</td></tr>" +
                   "<tr><td>什么是软链接?</td><td>指向路径的特殊文件。</td></tr><tr><td colspan=\"2\">本表由运维组整理</td></tr></table>";
        var bytes = Encoding.UTF8.GetBytes(html);
        var result = ExtractionPipeline.CreateDefault().Extract("notes.html", bytes);
        Assert.All(result.Document.Questions, q => Assert.Null(q.Section));
        Assert.Equal(2, result.Document.Questions.Count);
        Assert.Equal("本表由运维组整理", result.Document.Preamble);
        Assert.Empty(Lost(new HtmlReader(ReadLimits.Default).Read("notes.html", bytes), result));
    }

    [Fact]
    public void A_markdown_question_table_with_an_escaped_pipe_and_a_category_row_accounts_for_every_character()
    {
        var bytes = Encoding.UTF8.GetBytes("# Shell\n\n| 序号 | 问题 | 答案 |\n|---|---|---|\n| 管道 | | |\n| 1 | `ls \\| wc -l` 输出什么? | 条目数。 |\n| 2 | `tee` 做什么? | 同时写文件和标准输出。 |\n");
        var result = ExtractionPipeline.CreateDefault().Extract("shell.md", bytes);
        Assert.Equal(["管道", "管道"], result.Document.Questions.Select(q => q.Section));
        Assert.Equal("`ls | wc -l` 输出什么?", result.Document.Questions[0].QuestionText);
        Assert.Empty(Lost(new MarkdownReader(ReadLimits.Default).Read("shell.md", bytes), result));
    }

    // The accounting over what the reader produced: every character of its blocks is in a field, a removed piece
    // or a consumed structural token.
    private static string Lost(QuestionExtract.Model.SourceDocument read, ExtractionResult result) =>
        AccountingInvariantTests.Lost(string.Join("\n", read.Blocks.Select(b => b.Text)), result);
}
