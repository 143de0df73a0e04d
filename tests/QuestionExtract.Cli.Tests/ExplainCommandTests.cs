namespace QuestionExtract.Tests;

/// <summary>explain takes the extraction options extract takes, and reads only the documents as documents.</summary>
public sealed class ExplainCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qextract-explain-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Rules_file_is_used_as_rules_not_extracted_as_a_document()
    {
        var doc = Write("q.txt", "本页由小站整理\n1.问题一?\n回答。\n");
        var rules = Write("mine.yaml", "rules:\n  - id: my-site\n    contains: [本页由小站整理]\n");
        var (code, stdout, stderr) = CliRunner.Run("explain", doc, "--rules", rules);
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Contains(":1: removed [my-site] 本页由小站整理", stdout);
        Assert.DoesNotContain("mine.yaml", stdout);
    }

    [Fact]
    public void Extraction_options_are_accepted_and_checked_as_extract_checks_them()
    {
        var doc = Write("q.txt", "1.問題一?\n回答。\n");
        Assert.Equal(0, CliRunner.Run("explain", doc, "--script", "hans", "--encoding", "utf-8", "--max-bytes", "1000", "--no-site-rules").Code);
        Assert.Equal(2, CliRunner.Run("explain", doc, "--encoding", "klingon").Code);
        Assert.Equal(2, CliRunner.Run("explain", doc, "--script", "latin").Code);
        var (code, _, stderr) = CliRunner.Run("explain", doc, "--max-bytes", "5");
        Assert.Equal(1, code);
        Assert.Contains("q.txt", stderr);
    }
}
