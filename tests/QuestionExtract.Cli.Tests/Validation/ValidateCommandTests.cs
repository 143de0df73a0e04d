using System.Text.Json;
using System.Text.RegularExpressions;
using NJsonSchema;
using QuestionExtract.Validation;

namespace QuestionExtract.Tests.Validation;

/// <summary>
/// validate on fixture files: each declares the findings it must produce (rule, severity, line:column) in
/// "# expect:" lines, or a .expect file beside JSON; "# expect: none" files must come out clean.
/// </summary>
public sealed class ValidateCommandTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Validation", "Fixtures");
    private readonly string _dir = Directory.CreateTempSubdirectory("qextract-validate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static List<string> FixtureNames() =>
        Directory.EnumerateFiles(Fixtures).Where(f => !f.EndsWith(".expect", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> FixtureFiles()
    {
        var data = new TheoryData<string>();
        foreach (var name in FixtureNames()) data.Add(name);
        return data;
    }

    [Fact]
    public void Every_rule_has_a_fixture_that_triggers_it()
    {
        var triggered = FixtureNames().SelectMany(Expected).Select(e => e.Split(' ')[0]).ToHashSet();
        foreach (var rule in ValidationRules.All) Assert.Contains(rule.Id, triggered);
    }

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void Fixture_gives_exactly_its_expected_findings(string name)
    {
        var (code, stdout, _) = CliRunner.Run("validate", Path.Combine(Fixtures, name), "--format", "json");
        using var json = JsonDocument.Parse(stdout);
        var actual = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("rule").GetString()} {f.GetProperty("severity").GetString()} {f.GetProperty("line").GetInt32()}:{f.GetProperty("column").GetInt32()}")
            .Order(StringComparer.Ordinal).ToList();
        var expected = Expected(name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Any(e => e.Contains(" error ")) ? 1 : 0, code);
    }

    [Fact]
    public void Github_format_is_workflow_commands_with_escaping()
    {
        var (_, stdout, _) = CliRunner.Run("validate", Path.Combine(Fixtures, "jsonl-lines.bad.jsonl"), "--format", "github");
        var lines = stdout.TrimEnd('\n').Split('\n');
        var command = new Regex(@"^::(error|warning) file=[^,:]+(%3A[^,]*)?,line=\d+,col=\d+,title=[a-z-]+::[^\r\n]+$");
        Assert.All(lines[..^1], l => Assert.Matches(command, l));
        Assert.Equal("1 files, 3 errors, 1 warnings", lines[^1]);
        Assert.Equal("50%25 done%0Anext", GithubFindingsWriter.Data("50% done\nnext"));
        Assert.Equal("C%3A\\a%2Cb", GithubFindingsWriter.Property("C:\\a,b"));
    }

    [Fact]
    public async Task Sarif_output_conforms_to_the_sarif_schema()
    {
        var (code, stdout, _) = CliRunner.Run("validate", Fixtures, "--format", "sarif");
        Assert.Equal(1, code);
        var sarifSchema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Data", "sarif-2.1.0-rtm.5.json"));
        Assert.Empty(sarifSchema.Validate(stdout));
        using var json = JsonDocument.Parse(stdout);
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.True(results.GetArrayLength() >= ValidationRules.All.Count);
        Assert.Contains(results.EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "duplicate-id"
            && r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() == 23);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    [InlineData("jsonl")]
    public void Everything_extract_writes_from_the_samples_validates_clean(string format)
    {
        var outDir = Path.Combine(_dir, format);
        string[] schema = format == "yaml" ? ["--yaml-schema", "../schemas/question-document.schema.json"] : [];
        Assert.Equal(0, CliRunner.Run(["extract", Path.Combine(RepositoryRootPath(), "samples"), "-o", outDir, "-f", format, .. schema]).Code);
        // The probes share common questions across documents on purpose (one document per layout), which a bank
        // would report as duplicate ids: each of them is validated on its own.
        var probes = Directory.EnumerateFiles(Path.Combine(outDir, "probes")).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(probes);
        foreach (var probe in probes)
        {
            var (probeCode, probeOut, _) = CliRunner.Run("validate", probe);
            Assert.True(probeCode == 0, probeOut);
        }
        var (code, stdout, _) = CliRunner.Run("validate", Path.Combine(outDir, "seeds"), Path.Combine(outDir, "written"));
        Assert.Equal(0, code);
        Assert.Matches(@"^6 files, 0 errors, \d+ warnings$", stdout.TrimEnd('\n').Split('\n')[^1]);
    }

    [Fact]
    public void A_hand_broken_copy_fails_with_the_expected_findings()
    {
        var outDir = Path.Combine(_dir, "yaml");
        CliRunner.Run("extract", Path.Combine(RepositoryRootPath(), "samples", "written", "english-interview.txt"), "-o", outDir, "-f", "yaml");
        var file = Path.Combine(outDir, "english-interview.yaml");
        var yaml = File.ReadAllText(file);
        // An editor empties question 2 and pastes question 1's id over question 3's.
        var ids = Regex.Matches(yaml, @"id: (q-[0-9a-f]+)").Select(m => m.Groups[1].Value).ToList();
        yaml = yaml.Replace("question: How would you design a rate limiter?", "question: \"\"").Replace($"id: {ids[2]}", $"id: {ids[0]}");
        File.WriteAllText(file, yaml);

        var (code, stdout, _) = CliRunner.Run("validate", file);
        Assert.Equal(1, code);
        Assert.Contains(": error empty-question: the question text is empty", stdout);
        Assert.Contains($": error duplicate-id: id '{ids[0]}' is already used at", stdout);
        Assert.EndsWith("1 files, 2 errors, 0 warnings\n", stdout);
    }

    [Fact]
    public void Severity_options_change_the_outcome()
    {
        var file = Path.Combine(Fixtures, "missing-answer.bad.yaml");
        Assert.Equal(0, CliRunner.Run("validate", file).Code);
        Assert.Equal(1, CliRunner.Run("validate", file, "--warnings-as-errors").Code);
        Assert.Contains("error missing-answer", CliRunner.Run("validate", file, "--require-answers").Out);
        Assert.Equal("1 files, 0 errors, 0 warnings\n", CliRunner.Run("validate", file, "--rule", "missing-answer=off").Out);
    }

    [Fact]
    public void Unreadable_input_and_bad_usage_exit_with_2()
    {
        Assert.Equal(2, CliRunner.Run("validate", Path.Combine(_dir, "missing.yaml")).Code);
        var (code, _, stderr) = CliRunner.Run("validate", Fixtures, "--rule", "nonsense=error");
        Assert.Equal(2, code);
        Assert.Contains("expected RULE=off|warning|error", stderr);
    }

    [Fact]
    public void Billion_laughs_is_refused_without_expanding()
    {
        var file = Path.Combine(_dir, "laughs.yaml");
        var lines = new List<string> { "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]" };
        for (char c = 'b'; c <= 'j'; c++) lines.Add($"{c}: &{c} [*{(char)(c - 1)},*{(char)(c - 1)},*{(char)(c - 1)},*{(char)(c - 1)},*{(char)(c - 1)},*{(char)(c - 1)},*{(char)(c - 1)},*{(char)(c - 1)},*{(char)(c - 1)}]");
        File.WriteAllLines(file, lines);
        var (code, stdout, _) = CliRunner.Run("validate", file);
        Assert.Equal(1, code);
        Assert.Contains("parse-error: YAML anchors are not allowed", stdout);
    }

    [Fact]
    public void Type_tags_do_not_instantiate_anything()
    {
        var file = Path.Combine(_dir, "tags.yaml");
        File.WriteAllText(file, "schemaVersion: !!python/object:os.system 1\nsource: !System.IO.FileInfo {path: a}\n");
        var (code, stdout, _) = CliRunner.Run("validate", file);
        Assert.Equal(1, code);
        Assert.Contains("error schema", stdout);
    }

    [Fact]
    public void The_schema_command_prints_the_published_schema_file()
    {
        var (code, stdout, _) = CliRunner.Run("schema");
        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRootPath(), "schemas", "question-document.schema.json")), stdout);
    }

    [Fact]
    public void Yaml_output_can_carry_the_editor_schema_comment()
    {
        var (_, stdout, _) = CliRunner.RunWithStdin("1.为什么?\n因为。\n", "extract", "-", "-f", "yaml", "--yaml-schema", "schemas/question-document.schema.json");
        Assert.StartsWith("# yaml-language-server: $schema=schemas/question-document.schema.json\n", stdout);
    }

    private static IEnumerable<string> Expected(string name)
    {
        var path = Path.Combine(Fixtures, name);
        var source = File.Exists(path + ".expect") ? path + ".expect" : path;
        return File.ReadLines(source).TakeWhile(l => l.StartsWith('#')).Select(l => l["# expect:".Length..].Trim()).Where(e => e != "none");
    }

    private static string RepositoryRootPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QuestionExtract.sln"))) dir = dir.Parent;
        return dir!.FullName;
    }
}
