namespace QuestionExtract.Tests;

/// <summary>extract --format csv and --format anki through the command line: headers once, one row per question.</summary>
public sealed class TableFormatTests() : TemporaryFolderTests("qextract-table-")
{
    [Fact]
    public void Csv_of_a_folder_has_one_header_and_a_row_per_question()
    {
        Write("in/a.txt", "1.你为什么选择这个职业?\n我喜欢帮助别人。\n2.说说\"缺点\", 一个就好?\n太认真。\n");
        Write("in/b.txt", "1.问题二?\n回答。\n");
        var (code, stdout, _) = CliRunner.Run("extract", Path.Combine(Dir, "in"), "-f", "csv", "--excel");
        Assert.Equal(0, code);
        Assert.StartsWith("\uFEFFsource,number,section,type,question,options,answer,analysis,skills\r\n", stdout);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(stdout, "source,number"));
        Assert.Contains("\"说说\"\"缺点\"\", 一个就好?\"", stdout);
        Assert.Contains("问题二?,", stdout);
    }

    [Fact]
    public void Anki_header_names_the_deck_and_rows_have_three_fields()
    {
        var file = Write("a.txt", "1.你为什么选择这个职业?\n我喜欢帮助别人。\n2.问题二?\n回答。\n");
        var (code, stdout, _) = CliRunner.Run("extract", file, "-f", "anki", "--deck", "面试");
        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["#separator:tab", "#html:true", "#columns:Front\tBack\tTags", "#deck:面试", "#tags column:3"], lines[..5]);
        Assert.Equal(2, lines.Length - 5);
        Assert.All(lines[5..], l => Assert.Equal(3, l.Split('\t').Length));
        Assert.StartsWith("你为什么选择这个职业?\t我喜欢帮助别人。\t", lines[5]);
    }

    [Fact]
    public void Output_folder_gets_csv_and_txt_files()
    {
        Write("in/a.txt", "1.问题一?\n回答。\n");
        var outDir = Path.Combine(Dir, "out");
        Assert.Equal(0, CliRunner.Run("extract", Path.Combine(Dir, "in"), "-o", outDir, "-f", "csv").Code);
        Assert.StartsWith("source,", File.ReadAllText(Path.Combine(outDir, "a.csv")));
        Assert.Equal(0, CliRunner.Run("extract", Path.Combine(Dir, "in"), "-o", outDir, "-f", "anki").Code);
        Assert.StartsWith("#separator:tab\n", File.ReadAllText(Path.Combine(outDir, "a.txt")));
    }

    [Theory]
    [InlineData("--excel")]
    [InlineData("--deck", "x")]
    public void Table_options_need_their_format(params string[] option)
    {
        var file = Write("a.txt", "1.问题一?\n回答。\n");
        var (code, _, stderr) = CliRunner.Run(["extract", file, .. option]);
        Assert.Equal(2, code);
        Assert.Contains("needs --format", stderr);
    }
}
