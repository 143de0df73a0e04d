using System.Net;
using System.Text.Json;
using QuestionExtract.Text;

namespace QuestionExtract.Tests;

/// <summary>qextract merge end to end: one bank from the same questions in several formats and scripts.</summary>
public sealed class MergeCommandTests() : TemporaryFolderTests("qextract-merge-")
{
    private static readonly string[] Bank =
    [
        "Java 面试题",
        "1.什么是Java中的多态?请举例说明。",
        "答案:同一个方法调用在不同对象上表现出不同的行为,例如重写。",
        "2.HashMap和Hashtable有什么区别?",
        "答案:Hashtable是线程安全的,HashMap不是;HashMap允许null键。",
        "3.简述JVM垃圾回收的主要算法。",
        "答案:标记清除、复制、标记整理和分代收集。",
    ];

    private string WriteBankIn3Formats(string folder, IReadOnlyList<string> lines)
    {
        Write($"{folder}/bank.txt", string.Join("\n", lines) + "\n");
        File.WriteAllBytes(Path.Combine(Dir, folder, "bank.docx"), MinimalDocx.Build(lines));
        Write($"{folder}/bank.html", "<html><head><title>题库</title></head><body>" +
            string.Concat(lines.Select(l => $"<p>{WebUtility.HtmlEncode(l)}</p>")) + "</body></html>");
        return Path.Combine(Dir, folder);
    }

    private static List<JsonElement> Lines(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public void Text_docx_and_html_of_one_bank_merge_to_its_questions_with_three_sources_each()
    {
        var folder = WriteBankIn3Formats("in", Bank);
        var output = Path.Combine(Dir, "bank.jsonl");
        var (code, _, stderr) = CliRunner.Run("merge", folder, "-o", output);
        Assert.True(code == 0, stderr);
        var questions = Lines(File.ReadAllText(output));
        Assert.Equal(3, questions.Count);
        foreach (var q in questions)
        {
            var sources = q.GetProperty("sources").EnumerateArray().ToList();
            Assert.Equal(["bank.docx", "bank.html", "bank.txt"], sources.Select(s => Path.GetFileName(s.GetProperty("path").GetString()!)));
            Assert.All(sources, s => Assert.Matches("^[0-9a-f]{64}$", s.GetProperty("sha256").GetString()!));
        }
        Assert.StartsWith("什么是Java中的多态", questions[0].GetProperty("question").GetString());
        Assert.Contains("3 inputs merged into 3", stderr);
    }

    [Fact]
    public void A_bank_and_its_traditional_copy_merge_the_same_way()
    {
        WriteBankIn3Formats("in", Bank);
        Write("in/traditional.txt", ChineseScript.Default.ToTraditional(string.Join("\n", Bank)) + "\n");
        var (code, stdout, stderr) = CliRunner.Run("merge", Path.Combine(Dir, "in"), "-f", "jsonl", "--explain", "-q");
        Assert.True(code == 0, stderr);
        var questions = Lines(stdout);
        Assert.Equal(3, questions.Count);
        Assert.All(questions, q => Assert.Equal(4, q.GetProperty("sources").GetArrayLength()));
        Assert.Equal(9, stderr.Split('\n').Count(l => l.StartsWith("merge: same text")));
    }

    [Fact]
    public void Output_is_the_same_for_any_input_order_and_any_jobs()
    {
        var folder = WriteBankIn3Formats("in", Bank);
        Write("in/near.txt", "1.什么是Java中的多态?请举例说明一下。\n答案:多态就是同一接口多种实现。\n");
        string[] files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray();
        var first = CliRunner.Run(["merge", .. files, "-f", "json", "-j", "1", "-q"]);
        var reversed = CliRunner.Run(["merge", .. files.Reverse(), "-f", "json", "-j", "4", "-q"]);
        Assert.Equal(0, first.Code);
        Assert.Equal(first.Out, reversed.Out);
        using var bank = JsonDocument.Parse(first.Out);
        var polymorphism = bank.RootElement.GetProperty("questions")[0];
        Assert.Equal(4, polymorphism.GetProperty("sources").GetArrayLength());
        Assert.Equal(1, polymorphism.GetProperty("alternativeAnswers").GetArrayLength());
    }

    [Fact]
    public void Extract_outputs_merge_like_their_documents_and_validate_accepts_every_bank_format()
    {
        var folder = WriteBankIn3Formats("in", Bank);
        // One output per input: distinct names, or bank.txt and bank.docx would both map to bank.json.
        foreach (var file in Directory.GetFiles(folder))
            File.Move(file, Path.Combine(folder, Path.GetExtension(file)[1..] + Path.GetExtension(file)));
        var extracted = Path.Combine(Dir, "extracted");
        Assert.Equal(0, CliRunner.Run("extract", folder, "-o", extracted, "-q").Code);
        foreach (var ext in new[] { "json", "jsonl", "yaml" })
        {
            var output = Path.Combine(Dir, $"bank.{ext}");
            var (code, _, stderr) = CliRunner.Run("merge", extracted, "-o", output, "-q");
            Assert.True(code == 0, stderr);
            var (vcode, vout, verr) = CliRunner.Run("validate", output, "--format", "json");
            Assert.True(vcode == 0, vout + verr);
        }
        Assert.Equal(3, Lines(File.ReadAllText(Path.Combine(Dir, "bank.jsonl"))).Count);
    }

    [Fact]
    public void A_bank_merged_again_is_the_same_bank()
    {
        var folder = WriteBankIn3Formats("in", Bank);
        Write("in/near.txt", "1.什么是Java中的多态?请举例说明一下。\n答案:多态就是同一接口多种实现。\n");
        var bank = Path.Combine(Dir, "bank.jsonl");
        Assert.Equal(0, CliRunner.Run("merge", folder, "-o", bank, "-q").Code);
        var (code, again, stderr) = CliRunner.Run("merge", bank, "-f", "jsonl", "-q");
        Assert.True(code == 0, stderr);
        Assert.Equal(File.ReadAllText(bank), again);
    }

    [Fact]
    public void Csv_and_anki_banks_have_a_row_per_question()
    {
        var folder = WriteBankIn3Formats("in", Bank);
        var (code, csv, _) = CliRunner.Run("merge", folder, "-f", "csv", "-q");
        Assert.Equal(0, code);
        Assert.StartsWith("source,number,", csv);
        var (_, anki, _) = CliRunner.Run("merge", folder, "-f", "anki", "--deck", "Java", "-q");
        var notes = anki.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(3, notes.Count);
        Assert.Contains("#deck:Java\n", anki);
    }

    [Fact]
    public void Threshold_out_of_range_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("merge", Dir, "--threshold", "1.5").Code);
        Assert.Equal(2, CliRunner.Run("merge", Dir, "--excel").Code);
    }

    [Fact]
    public void Schema_bank_prints_the_bank_schema_file()
    {
        var (code, stdout, _) = CliRunner.Run("schema", "--bank");
        Assert.Equal(0, code);
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "QuestionExtract.sln"))) root = root.Parent!;
        Assert.Equal(File.ReadAllText(Path.Combine(root.FullName, "schemas", "question-bank.schema.json")), stdout);
    }
}
