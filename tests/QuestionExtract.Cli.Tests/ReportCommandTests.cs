namespace QuestionExtract.Tests;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qextract-report-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Writes_one_page_for_a_folder_and_names_failures()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "1.你为什么选择这个岗位?\n我喜欢解决问题。\n");
        File.WriteAllBytes(Path.Combine(_dir, "b.txt"), [0x7F, 0x45, 0x4C, 0x46, 0, 0]);
        var page = Path.Combine(Directory.CreateDirectory(Path.Combine(_dir, "out")).FullName, "report.html");
        var (code, _, stderr) = CliRunner.Run("report", _dir, "-o", page);
        Assert.Equal(1, code);
        Assert.Contains("b.txt: unsupported file format", stderr);
        var html = File.ReadAllText(page);
        Assert.Contains("<output id=\"doc-count\">2</output>", html);
        Assert.Contains("<output id=\"question-count\">1</output>", html);
        Assert.Contains("Could not be processed: unsupported file format", html);
    }

    [Fact]
    public void Extraction_options_apply_and_the_rules_file_is_not_a_document()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "1.請描述一次團隊經歷?\n我帶領團隊完成了項目。\n");
        var rules = Path.Combine(_dir, "mine.yaml");
        File.WriteAllText(rules, "rules:\n  - id: my-site\n    contains: [本页由小站整理]\n");
        var page = Path.Combine(_dir, "report.html");
        var (code, _, stderr) = CliRunner.Run("report", Path.Combine(_dir, "a.txt"), "-o", page, "--rules", rules, "--script", "hans", "--max-bytes", "100000");
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var html = File.ReadAllText(page);
        Assert.Contains("<output id=\"doc-count\">1</output>", html);
        Assert.Contains("请描述一次团队经历", html);
    }

    [Fact]
    public void A_missing_output_folder_is_named_and_not_created()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "1.问题一?\n回答。\n");
        var missing = Path.Combine(_dir, "missing", "dir");
        var (code, _, stderr) = CliRunner.Run("report", _dir, "-o", Path.Combine(missing, "r.html"));
        Assert.Equal(2, code);
        Assert.Contains($"the folder {missing} does not exist", stderr);
        Assert.False(Directory.Exists(Path.Combine(_dir, "missing")));
    }

    [Fact]
    public void An_output_that_is_a_folder_is_refused()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "1.问题一?\n回答。\n");
        var (code, _, stderr) = CliRunner.Run("report", _dir, "-o", _dir);
        Assert.Equal(2, code);
        Assert.Contains("it is a folder", stderr);
    }

    [Fact]
    public void The_output_file_is_required() => Assert.Equal(2, CliRunner.Run("report", _dir).Code);
}
