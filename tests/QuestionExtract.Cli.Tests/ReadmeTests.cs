using System.Text.RegularExpressions;

namespace QuestionExtract.Tests;

/// <summary>The README's setup commands work, its test command is the one CI runs, and its links resolve.</summary>
public sealed partial class ReadmeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qextract-readme-").FullName;
    private static readonly string Root = RepositoryRoot();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [GeneratedRegex(@"^dotnet run --project src/QuestionExtract\.Cli -- (?<args>[^#]+?)\s+#", RegexOptions.Multiline)]
    private static partial Regex RunCommand();

    [GeneratedRegex(@"^(?<cmd>dotnet test[^#\n]*?)\s+#", RegexOptions.Multiline)]
    private static partial Regex ReadmeTestCommand();

    [GeneratedRegex(@"^(?<cmd>dotnet test[^|\n]*?)\s*2>&1", RegexOptions.Multiline)]
    private static partial Regex CiTestCommand();

    [GeneratedRegex(@"\]\((?<target>[^)#:]+)(#[^)]*)?\)")]
    private static partial Regex RelativeLink();

    private static string Setup() => File.ReadAllText(Path.Combine(Root, "README.md")).Split("## Install")[1].Split("\n## ")[0];

    [Fact]
    public void The_setup_extract_command_extracts_the_samples()
    {
        var args = RunCommand().Match(Setup()).Groups["args"].Value.Split(' ');
        Assert.Equal(["extract", "samples/", "-o", "out/"], args);
        // Run in-process from the repository root: the relative paths resolved as a shell there would.
        var outDir = Path.Combine(_dir, "out");
        var (code, _, stderr) = CliRunner.Run("extract", Path.Combine(Root, args[1]), "-o", outDir);
        Assert.True(code == 0, stderr);
        Assert.Equal(Directory.GetFiles(Path.Combine(Root, "samples"), "*", SearchOption.AllDirectories)
                .Count(f => QuestionExtract.Cli.InputExpander.Extensions.Contains(Path.GetExtension(f))),
            Directory.GetFiles(outDir, "*.json", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void The_setup_test_command_is_the_one_ci_runs()
    {
        var readme = ReadmeTestCommand().Match(Setup()).Groups["cmd"].Value;
        var ci = CiTestCommand().Match(File.ReadAllText(Path.Combine(Root, ".ci", "run"))).Groups["cmd"].Value;
        Assert.Equal("dotnet test QuestionExtract.sln", readme);
        Assert.Equal(readme, ci);
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/performance.md")]
    [InlineData("docs/design.md")]
    public void Relative_links_resolve(string document)
    {
        var path = Path.Combine(Root, document);
        foreach (Match link in RelativeLink().Matches(File.ReadAllText(path)))
        {
            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, link.Groups["target"].Value));
            Assert.True(File.Exists(target) || Directory.Exists(target), $"{document}: {link.Value} does not resolve");
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QuestionExtract.sln"))) dir = dir.Parent;
        return dir!.FullName;
    }
}
