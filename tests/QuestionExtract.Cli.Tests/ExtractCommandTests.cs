using System.Text.Json;

namespace QuestionExtract.Tests;

/// <summary>The extract command run in-process: output shapes, files, errors and exit codes.</summary>
public sealed class ExtractCommandTests() : TemporaryFolderTests("qextract-cli-")
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    private static (int Code, string Out, string Err) RunWithStdin(string stdin, params string[] args) => CliRunner.RunWithStdin(stdin, args);

    [Fact]
    public void One_file_gives_one_document_object()
    {
        var file = Write("a.txt", "1.你为什么选择这个职业?\n我喜欢帮助别人。\n");
        var (code, stdout, _) = Run("extract", file);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        Assert.Equal("我喜欢帮助别人。", json.RootElement.GetProperty("questions")[0].GetProperty("answer").GetString());
        Assert.Contains("我喜欢帮助别人", stdout); // real UTF-8, not \u escapes
    }

    [Fact]
    public void A_folder_gives_an_array_in_path_order()
    {
        Write("in/b.txt", "1.问题二?\n回答。\n");
        Write("in/sub/a.txt", "1.问题一?\n回答。\n");
        var (code, stdout, _) = Run("extract", Path.Combine(Dir, "in"));
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var paths = json.RootElement.EnumerateArray().Select(d => d.GetProperty("source").GetProperty("path").GetString()).ToList();
        Assert.Equal(2, paths.Count);
        Assert.EndsWith("in/b.txt", paths[0]);
        Assert.EndsWith("in/sub/a.txt", paths[1]);
    }

    [Fact]
    public void Output_folder_mirrors_input_folders()
    {
        Write("in/sub/a.txt", "1.问题一?\n回答。\n");
        var outDir = Path.Combine(Dir, "out");
        var (code, stdout, _) = Run("extract", Path.Combine(Dir, "in"), "-o", outDir, "-f", "yaml");
        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.Contains("question: 问题一?", File.ReadAllText(Path.Combine(outDir, "sub", "a.yaml")));
    }

    [Fact]
    public void Json_lines_carry_the_document_path_title_and_site()
    {
        var file = Write("a.txt", "面试题\n1.问题一?\n回答一。\n2.问题二?\n回答二。\n");
        var (code, stdout, _) = Run("extract", file, "--format", "jsonl");
        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("面试题", first.RootElement.GetProperty("title").GetString());
        Assert.EndsWith("a.txt", first.RootElement.GetProperty("sourcePath").GetString());
    }

    [Fact]
    public void Stdin_is_read_for_dash()
    {
        var (code, stdout, _) = RunWithStdin("1.问题一?\n回答。\n", "extract", "-");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("-", json.RootElement.GetProperty("source").GetProperty("path").GetString());
    }

    [Fact]
    public void A_bad_input_is_named_and_the_rest_still_processed()
    {
        var good = Write("in/good.txt", "1.问题一?\n回答。\n");
        var binary = Path.Combine(Dir, "in", "binary.txt");
        File.WriteAllBytes(binary, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01]);
        var missing = Path.Combine(Dir, "nope.txt");
        var (code, stdout, stderr) = Run("extract", good, binary, missing);
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Single(json.RootElement.EnumerateArray());
        Assert.Contains($"{binary}: unsupported file format", stderr);
        Assert.Contains($"{missing}: no such file or folder", stderr);
    }

    [Theory]
    [InlineData("extract", "a.txt", "--bogus")]
    [InlineData("explain", "a.txt", "--bogus")]
    [InlineData("explain", "--bogus")]
    [InlineData("report", "a.txt", "-o", "r.html", "--bogus")]
    [InlineData("validate", "a.yaml", "--bogus")]
    [InlineData("validate", "-x")]
    [InlineData("schema", "--bogus")]
    [InlineData("--bogus")]
    [InlineData("extract", "a.txt", "--yaml-schema", "s.json")]
    [InlineData("extract", "a.txt", "-f", "jsonl", "--yaml-schema", "s.json")]
    [InlineData("extract", "a.txt", "--format", "xml")]
    [InlineData("extract")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        var (code, _, stderr) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains("qextract", stderr);
        // Refused as an option, not looked up as a path.
        Assert.DoesNotContain("no such file", stderr);
    }

    [Fact]
    public void A_broken_rules_file_is_a_usage_error_naming_the_line()
    {
        var rules = Write("rules.yaml", "rules:\n  - id: x\n    patterns: ['(']\n");
        var (code, _, stderr) = Run("extract", Write("a.txt", "x"), "--rules", rules);
        Assert.Equal(2, code);
        Assert.Contains("rules.yaml:3:", stderr);
    }

    [Fact]
    public void A_rules_file_with_an_unclosed_flow_sequence_is_a_usage_error_not_a_crash()
    {
        var rules = Write("rules.yaml", "rules:\n  - id: x\n    contains: [数据\n  - id: y\n");
        var (code, _, stderr) = Run("extract", Write("a.txt", "x"), "--rules", rules);
        Assert.Equal(2, code);
        Assert.Contains($"{rules}:3:15: ", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void A_labels_file_adds_label_words()
    {
        var file = Write("a.txt", "1.你最大的优点是什么?\n破题思路:先讲一个例子。\n2.你为什么离职?\n破题思路:只讲向前看的理由。\n");
        var labels = Write("labels.yaml", "answer: [破题思路]\n");
        string? FirstAnswer(params string[] extra)
        {
            var (code, stdout, _) = Run(["extract", file, .. extra]);
            Assert.Equal(0, code);
            using var json = JsonDocument.Parse(stdout);
            return json.RootElement.GetProperty("questions")[0].GetProperty("answer").GetString();
        }
        Assert.Equal("破题思路:先讲一个例子。", FirstAnswer());
        Assert.Equal("先讲一个例子。", FirstAnswer("--labels", labels));
    }

    [Fact]
    public void A_labels_file_with_an_unknown_key_is_a_usage_error_naming_the_line()
    {
        var labels = Write("labels.yaml", "answer: [参考思路]\nanwser: [答]\n");
        var (code, stdout, stderr) = Run("extract", Write("a.txt", "1.问题?\n回答。\n"), "--labels", labels);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains($"{labels}:2:1: unknown key 'anwser'", stderr);
    }

    [Fact]
    public void Explain_lists_removed_pieces_with_their_rule()
    {
        var file = Write("a.txt", "题集_第1页\n下载本文档\n1.问题一?\n回答。\n");
        var (code, stdout, _) = Run("explain", file);
        Assert.Equal(0, code);
        Assert.Contains(":1: removed [page-marker] 题集_第1页", stdout);
        Assert.Contains(":2: removed [download-button] 下载本文档", stdout);
    }

    [Fact]
    public void Script_option_converts_output_text()
    {
        var file = Write("a.txt", "1.請描述一次團隊經歷?\n我帶領團隊完成了項目。\n");
        var (code, stdout, _) = Run("extract", file, "--script", "hans");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var q = json.RootElement.GetProperty("questions")[0];
        Assert.Equal("请描述一次团队经历?", q.GetProperty("question").GetString());
        Assert.Equal("我带领团队完成了项目。", q.GetProperty("answer").GetString());
        Assert.Equal("zh-Hans", json.RootElement.GetProperty("language").GetString());
    }

    [Fact]
    public void Help_and_version_work()
    {
        Assert.Equal(0, Run("--help").Code);
        Assert.Contains("Examples", Run("extract", "--help").Out);
        Assert.Equal(0, Run("--version").Code);
    }

    [Fact]
    public void Help_lists_every_extension_a_folder_is_searched_for()
    {
        var help = Run("extract", "--help").Out;
        foreach (var extension in QuestionExtract.Cli.InputExpander.Extensions) Assert.Contains(extension + " ", help.Replace(")", " "));
        Assert.Contains(".xhtml", help);
    }
}
