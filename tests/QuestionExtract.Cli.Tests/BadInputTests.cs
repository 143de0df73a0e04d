using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace QuestionExtract.Tests;

/// <summary>
/// A folder of good and broken downloads, generated here: every good file is processed, every bad one is
/// named once with its reason, the exit code is 1, and nothing is half-written.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private const string GoodText = "面试题\n1.你为什么选择这个岗位?\n我喜欢解决问题。\n2.你如何处理压力?\n我会拆分任务。\n";
    private readonly string _dir = Directory.CreateTempSubdirectory("qextract-bad-").FullName;

    static BadInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string In(string name) => Path.Combine(_dir, "in", name);

    private void Write(string name, byte[] bytes)
    {
        Directory.CreateDirectory(Path.Combine(_dir, "in"));
        File.WriteAllBytes(In(name), bytes);
    }

    private static byte[] GoodDocx() => MinimalDocx.Build(["面试题", "1.你为什么选择这个岗位?", "我喜欢解决问题。"]);

    private void WriteBatch()
    {
        Write("good.txt", Encoding.UTF8.GetBytes(GoodText));
        Write("good-docx.docx", GoodDocx());
        Write("good.html", Encoding.UTF8.GetBytes("<html><body><p>1.你为什么选择这个岗位?</p><p>我喜欢解决问题。</p></body></html>"));
        Write("invalid-utf8.txt", [.. Encoding.UTF8.GetBytes("1.你为什么选择这个岗位?\n我喜欢"), 0xFF, .. Encoding.UTF8.GetBytes("解决问题。\n")]);
        Write("mixed-encodings.txt", [.. Encoding.UTF8.GetBytes("1.你为什么选择这个岗位?\n"), .. Encoding.GetEncoding(54936).GetBytes("我喜欢解决问题。\n")]);
        Write("empty.txt", []);
        Write("deep.html", Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "1.为什么?" + string.Concat(Enumerable.Repeat("</div>", 20_000)) + "</body></html>"));

        var good = GoodDocx();
        Write("truncated.docx", good[..(good.Length / 2)]);
        var corrupted = (byte[])good.Clone();
        for (int i = 40; i < corrupted.Length - 200; i += 7) corrupted[i] ^= 0x5A;
        Write("corrupted.docx", corrupted);
        Write("dtd.docx", MinimalDocx.Build([], "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" +
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"));
        Write("bomb.docx", ZipBomb());
        Write("broken-rels.docx", BrokenRelationships());
        Write("notes.md", Encoding.UTF8.GetBytes("# 面试题\n\n1. 你为什么选择这个岗位?\n\n<details><summary>答案</summary>\n\n我喜欢解决问题。\n\n</details>\n"));
        Write("renamed-text.docx", Encoding.UTF8.GetBytes(GoodText));
        Write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        File.CreateSymbolicLink(In("unreadable.txt"), Path.Combine(_dir, "gone.txt"));
    }

    // As the readers fuzzer found it: the package relationships part is not well-formed XML.
    private static byte[] BrokenRelationships()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("_rels/.rels").Open()))
                writer.Write("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></delationships>");
            using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open()))
                writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        }
        return stream.ToArray();
    }

    private static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            var zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) entry.Write(zeros);
        }
        return stream.ToArray();
    }

    [Fact]
    public void A_mixed_batch_processes_every_good_file_and_names_every_bad_one_once()
    {
        WriteBatch();
        var outDir = Path.Combine(_dir, "out");
        var (code, _, stderr) = CliRunner.Run("extract", Path.Combine(_dir, "in"), "-o", outDir);

        Assert.Equal(1, code);
        var expectedFailures = new Dictionary<string, string>
        {
            ["truncated.docx"] = "not a readable docx",
            ["corrupted.docx"] = "not a readable docx",
            ["dtd.docx"] = "DTD is prohibited",
            ["bomb.docx"] = "zip bomb",
            ["broken-rels.docx"] = "not a readable docx: _rels/.rels: ",
            ["binary.txt"] = "unsupported file format (binary content)",
            ["unreadable.txt"] = "Could not find file",
            // good.html and good.txt both map to good.json: the second is an error, not an overwrite.
            ["good.txt"] = "good.json is already written for",
        };
        var errorLines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("qextract: error:")).ToArray();
        foreach (var (file, reason) in expectedFailures)
            Assert.True(errorLines.Count(l => l.Contains($"in/{file}: ") && l.Contains(reason)) == 1, $"{file} ({reason}) not reported once:\n{stderr}");
        Assert.Equal(expectedFailures.Count, errorLines.Length);

        foreach (var good in new[] { "good.json", "good-docx.json", "invalid-utf8.json", "mixed-encodings.json", "empty.json", "deep.json" })
            Assert.True(File.Exists(Path.Combine(outDir, good)), good);
        using var docx = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "good-docx.json")));
        Assert.Equal("docx", docx.RootElement.GetProperty("source").GetProperty("format").GetString());
        Assert.Single(docx.RootElement.GetProperty("questions").EnumerateArray());
        Assert.Contains("invalid-bytes", File.ReadAllText(Path.Combine(outDir, "invalid-utf8.json")));
        Assert.Contains("empty-document", File.ReadAllText(Path.Combine(outDir, "empty.json")));
        Assert.Contains("html-too-deep", File.ReadAllText(Path.Combine(outDir, "deep.json")));
        Assert.Empty(Directory.EnumerateFiles(outDir, "*.tmp", SearchOption.AllDirectories));
        Assert.Contains("\"format\": \"html\"", File.ReadAllText(Path.Combine(outDir, "good.json")));
        // Markdown is found in folders; a text file named .docx is read as the text it is.
        using var markdown = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "notes.json")));
        Assert.Equal("markdown", markdown.RootElement.GetProperty("source").GetProperty("format").GetString());
        Assert.Equal("你为什么选择这个岗位?", markdown.RootElement.GetProperty("questions")[0].GetProperty("question").GetString());
        Assert.Contains("\"format\": \"text\"", File.ReadAllText(Path.Combine(outDir, "renamed-text.json")));
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_named_and_leaves_the_rest()
    {
        Write("a.txt", Encoding.UTF8.GetBytes(GoodText));
        Write("b.txt", Encoding.UTF8.GetBytes(GoodText.Replace("压力", "冲突")));
        var outDir = Path.Combine(_dir, "out");
        Directory.CreateDirectory(Path.Combine(outDir, "a.json")); // something that is not a file is in the way
        File.WriteAllText(Path.Combine(outDir, "a.json", "keep.txt"), "keep");

        var (code, _, stderr) = CliRunner.Run("extract", Path.Combine(_dir, "in"), "-o", outDir);
        Assert.Equal(1, code);
        Assert.Contains("a.txt: cannot write", stderr);
        Assert.Equal("keep", File.ReadAllText(Path.Combine(outDir, "a.json", "keep.txt")));
        Assert.Contains("冲突", File.ReadAllText(Path.Combine(outDir, "b.json")));
        Assert.Empty(Directory.EnumerateFiles(outDir, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_rerun_that_fails_leaves_the_previous_output_intact()
    {
        Write("a.txt", Encoding.UTF8.GetBytes(GoodText));
        var outDir = Path.Combine(_dir, "out");
        Assert.Equal(0, CliRunner.Run("extract", In("a.txt"), "-o", outDir).Code);
        var before = File.ReadAllText(Path.Combine(outDir, "a.json"));
        File.WriteAllBytes(In("a.txt"), [0x7F, 0x45, 0x4C, 0x46, 0, 0]); // the input went bad
        Assert.Equal(1, CliRunner.Run("extract", In("a.txt"), "-o", outDir).Code);
        Assert.Equal(before, File.ReadAllText(Path.Combine(outDir, "a.json")));
    }

    [Fact]
    public void A_50_MB_single_line_text_is_processed()
    {
        var unit = Encoding.UTF8.GetBytes(".请描述一次你解决问题的经历?我会先倾听,再分析原因,最后给出方案。");
        using (var file = File.Create(Path.Combine(_dir, "huge.txt")))
        {
            for (int n = 1; file.Length < 50_000_000; n++)
            {
                file.Write(Encoding.ASCII.GetBytes((n % 9999 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                file.Write(unit);
            }
        }
        var (code, stdout, _) = CliRunner.Run("extract", Path.Combine(_dir, "huge.txt"), "-f", "jsonl");
        Assert.Equal(0, code);
        Assert.True(stdout.Count(c => c == '\n') >= 9999);
    }

    [Theory]
    [InlineData("CON.txt", "_CON.json")]
    [InlineData("a:b.txt", "a_b.json")]
    [InlineData("..hidden.txt", "hidden.json")]
    public void Output_names_are_sanitised_and_stay_inside_the_output_folder(string input, string expected)
    {
        var outDir = Path.Combine(_dir, "out");
        var mapped = QuestionExtract.Cli.OutputPathMapper.Map(outDir, input, ".json");
        Assert.Equal(Path.Combine(Path.GetFullPath(outDir), expected), mapped);
        Assert.StartsWith(Path.GetFullPath(outDir), QuestionExtract.Cli.OutputPathMapper.Map(outDir, "../../etc/passwd", ".json"));
    }
}
