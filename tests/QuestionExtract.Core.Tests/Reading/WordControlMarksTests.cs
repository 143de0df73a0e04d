using System.Text;
using QuestionExtract.Pipeline;
using QuestionExtract.Reading;

namespace QuestionExtract.Tests.Reading;

/// <summary>
/// Text dumped from a Word 97–2003 file keeps Word's control marks: cell marks (0x07) around a table's cells,
/// manual line breaks (0x0B), fields (0x13 instruction 0x14 result 0x15). A spec file cannot show them legibly,
/// so the cases live here.
/// </summary>
public sealed class WordControlMarksTests
{
    [Fact]
    public void A_field_shows_its_result_and_never_its_instruction()
    {
        Assert.Equal("第 2 页 共 9 页", WordControlMarks.Resolve("第 \u0013 PAGE \u00142\u0015 页 共 \u0013 NUMPAGES \u00149\u0015 页"));
        // A field without a shown result (an index entry) leaves nothing; a nested field's result stays.
        Assert.Equal("见  表 3", WordControlMarks.Resolve("见 \u0013 XE \"网络\" \u0015 表 \u0013 IF \u0013 SEQ 表 \u00143\u0015 \u00143\u0015"));
        Assert.Equal("A．ping\nB．ipconfig", WordControlMarks.Resolve("A．ping\u000BB．ipconfig"));
    }

    [Fact]
    public void A_row_of_cell_marks_is_a_tables_row_and_one_mark_is_not()
    {
        // An empty cell inside the row stays a cell; the marks that close the last cell and the row are no cells.
        Assert.Equal(["题号", "", "2"], WordControlMarks.Cells("题号\u0007\u00072\u0007\u0007")!);
        Assert.Equal(["题号", "1", "2"], WordControlMarks.Cells("题号\u00071\u00072\u0007\u0007")!);
        Assert.Null(WordControlMarks.Cells("响铃\u0007一次"));
    }

    [Fact]
    public void A_dumped_doc_gives_its_key_tables_answers_and_its_options_lines()
    {
        var text = "一、单项选择题\n" +
                   "1．HTTP 默认端口是（　　）\u000BA．21　　B．25\u000BC．80　　D．110\n" +
                   "2．查看本机 IP 配置的命令是（　　）\u000BA．ping　　B．ipconfig\u000BC．tracert　　D．netstat\n" +
                   "第 \u0013 PAGE \u00141\u0015 页\n" +
                   "参考答案\n" +
                   "题号\u00071\u00072\u0007\u0007\n" +
                   "答案\u0007C\u0007B\u0007\u0007\n";
        var result = ExtractionPipeline.CreateDefault().Extract("exam.txt", Encoding.UTF8.GetBytes(text));
        var questions = result.Document.Questions;
        Assert.Equal(["C", "B"], questions.Select(q => q.Answer));
        Assert.Equal(["A. ping", "B. ipconfig", "C. tracert", "D. netstat"], questions[1].Options!.Select(o => $"{o.Label}. {o.Text}"));
        Assert.DoesNotContain(questions, q => (q.QuestionText + q.Answer).Contains("PAGE", StringComparison.Ordinal));
    }
}
