using System.Text;

namespace QuestionExtract.Tests;

/// <summary>Batches: parallel runs give the same bytes, reruns skip what is up to date, shards split the work.</summary>
public sealed class BatchTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qextract-batch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string MakeInputs(int count)
    {
        var folder = Path.Combine(_dir, "in");
        for (int i = 0; i < count; i++)
        {
            var sub = Path.Combine(folder, $"part{i % 3}");
            Directory.CreateDirectory(sub);
            File.WriteAllText(Path.Combine(sub, $"doc{i:D2}.txt"), $"题库{i}\n1.第{i}个问题是什么?\n这是第{i}个答案。\n2.你为什么选择这个岗位?\n我喜欢解决问题。\n");
        }
        return folder;
    }

    [Fact]
    public void Output_is_byte_identical_whatever_the_number_of_jobs()
    {
        var folder = MakeInputs(25);
        var one = CliRunner.Run("extract", folder, "--jobs", "1").Out;
        var four = CliRunner.Run("extract", folder, "--jobs", "4").Out;
        Assert.Equal(one, four);
        Assert.Equal(CliRunner.Run("extract", folder, "-f", "jsonl", "-j", "1").Out, CliRunner.Run("extract", folder, "-f", "jsonl", "-j", "3").Out);
        Assert.Equal(CliRunner.Run("extract", folder, "-f", "yaml", "-j", "1").Out, CliRunner.Run("extract", folder, "-f", "yaml", "-j", "3").Out);
    }

    // Workers make output folders as they go: several racing to the same new folder must all get their files
    // written (a version that made a folder only after a failed create lost files to this race).
    [Fact]
    public void Workers_writing_into_new_folders_at_once_all_succeed()
    {
        var folder = Path.Combine(_dir, "many");
        for (int i = 0; i < 60; i++)
        {
            var sub = Path.Combine(folder, $"f{i % 30:D2}");
            Directory.CreateDirectory(sub);
            File.WriteAllText(Path.Combine(sub, $"doc{i:D2}.txt"), $"1.第{i}个问题是什么?\n答案{i}。\n");
        }
        for (int run = 0; run < 10; run++)
        {
            var outDir = Path.Combine(_dir, $"out{run}");
            var (code, _, stderr) = CliRunner.Run("extract", folder, "-o", outDir, "--jobs", "8", "--quiet", "--no-repetition");
            Assert.True(code == 0, stderr);
            Assert.Equal(60, Directory.GetFiles(outDir, "*.json", SearchOption.AllDirectories).Length);
        }
    }

    [Fact]
    public void A_summary_line_ends_the_run_unless_quiet()
    {
        var folder = MakeInputs(4);
        var (_, _, stderr) = CliRunner.Run("extract", folder);
        Assert.Matches(@"^qextract: 4 files, 8 questions, \d+ warnings, 0 failed, \d+\.\d s\n$", stderr);
        Assert.Equal("", CliRunner.Run("extract", folder, "--quiet").Err);
    }

    [Fact]
    public void The_summary_comes_after_the_errors_and_counts_a_missing_path_as_failed()
    {
        var folder = MakeInputs(2);
        var missing = Path.Combine(_dir, "missing.txt");
        var (code, _, stderr) = CliRunner.Run("extract", folder, missing);
        Assert.Equal(1, code);
        var lines = stderr.TrimEnd('\n').Split('\n');
        Assert.Equal($"qextract: error: {missing}: no such file or folder", lines[0]);
        Assert.Matches(@"^qextract: 3 files, 4 questions, \d+ warnings, 1 failed, \d+\.\d s$", lines[^1]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void Reruns_skip_inputs_whose_output_is_up_to_date()
    {
        var folder = MakeInputs(3);
        var outDir = Path.Combine(_dir, "out");
        Assert.Equal(0, CliRunner.Run("extract", folder, "-o", outDir).Code);
        var output = Path.Combine(outDir, "part1", "doc01.json");
        var firstWrite = File.GetLastWriteTimeUtc(output);

        var (_, _, stderr) = CliRunner.Run("extract", folder, "-o", outDir);
        Assert.Contains("3 up to date", stderr);
        Assert.Equal(firstWrite, File.GetLastWriteTimeUtc(output));

        // A changed input is processed again; --force processes everything.
        var input = Path.Combine(folder, "part1", "doc01.txt");
        File.WriteAllText(input, "1.新问题?\n新答案。\n");
        File.SetLastWriteTimeUtc(input, DateTime.UtcNow.AddMinutes(1));
        stderr = CliRunner.Run("extract", folder, "-o", outDir).Err;
        Assert.Contains("2 up to date", stderr);
        Assert.Contains("新问题", File.ReadAllText(output));
        Assert.DoesNotContain("up to date", CliRunner.Run("extract", folder, "-o", outDir, "--force").Err);
    }

    [Fact]
    public void Shards_split_the_inputs_without_overlap()
    {
        var folder = MakeInputs(10);
        var all = CliRunner.Run("extract", folder, "-f", "jsonl").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var shards = Enumerable.Range(1, 3).SelectMany(k => CliRunner.Run("extract", folder, "-f", "jsonl", "--shard", $"{k}/3").Out
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(all.Order(StringComparer.Ordinal), shards.Order(StringComparer.Ordinal));
        Assert.Equal(2, CliRunner.Run("extract", folder, "--shard", "4/3").Code);
    }
}
