using CsCheck;
using QuestionExtract.Model;
using QuestionExtract.Writing;

namespace QuestionExtract.Tests.Writing;

/// <summary>
/// The Anki import file against Anki's documented text format (docs.ankiweb.net, "Importing: text files"):
/// '#key:value' header lines first, then one note per line with exactly the declared number of fields.
/// </summary>
public sealed class AnkiOutputWriterTests
{
    private static QuestionRow Row(string question, string? answer, string? section = null, IReadOnlyList<string>? skills = null,
        IReadOnlyList<ChoiceOption>? options = null, string? analysis = null) =>
        new("a.txt", "1", section, options is null ? "short" : "choice", question, options, answer, analysis, skills ?? []);

    [Theory]
    [InlineData("samples/seeds/000_f478fff2d1ecd060.txt")]
    [InlineData("samples/seeds/001_67c2f92cf86e4118.txt")]
    public void A_deck_written_from_a_sample_reads_back_with_the_same_questions_and_answers(string sample)
    {
        var pipeline = QuestionExtract.Pipeline.ExtractionPipeline.CreateDefault();
        var original = pipeline.Extract(sample, File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, sample))).Document;
        var open = original.Questions.Where(q => q.Options is null).ToList();
        Assert.NotEmpty(open);
        var deck = AnkiOutputWriter.Header("seed") + AnkiOutputWriter.Notes(open.Select(q => QuestionRow.Of(sample, q)));
        var back = pipeline.Extract("deck.txt", System.Text.Encoding.UTF8.GetBytes(deck)).Document;
        Assert.Equal(open.Select(q => q.QuestionText), back.Questions.Select(q => q.QuestionText));
        // The back holds the answer, then the analysis.
        Assert.All(open.Zip(back.Questions), pair => Assert.StartsWith(pair.First.Answer ?? "", pair.Second.Answer ?? ""));
        Assert.True(back.Removed.ContainsKey("anki-metadata"));
    }

    [Fact]
    public void Header_declares_separator_html_columns_deck_and_tags_column()
    {
        var lines = AnkiOutputWriter.Header("Java 面试").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["#separator:tab", "#html:true", "#columns:Front\tBack\tTags", "#deck:Java 面试", "#tags column:3"], lines);
        Assert.Contains("#deck:qextract\n", AnkiOutputWriter.Header(null));
        Assert.Contains("#deck:a b\n", AnkiOutputWriter.Header("a\nb"));
    }

    [Fact]
    public void Choice_question_puts_options_on_the_front_and_answer_and_analysis_on_the_back()
    {
        var notes = AnkiOutputWriter.Notes([Row("下列哪个<正确>?", "B", "Java 基础", ["多线程", "JVM GC"],
            [new ChoiceOption("A", "x & y"), new ChoiceOption("B", "z")], "因为\n如此")]);
        Assert.Equal("下列哪个&lt;正确&gt;?<br><br>A. x &amp; y<br>B. z\tB<br><br>因为<br>如此\tJava_基础 多线程 JVM_GC\n", notes);
    }

    [Fact]
    public void Every_row_has_exactly_the_declared_fields_whatever_the_text()
    {
        var text = Gen.OneOf(Gen.String, Gen.Char["#\t\n\r\"<>& 请a"].Array[0, 10].Select(c => new string(c)));
        Gen.Select(text, text, text, text.Array[0, 3]).Array[1, 6].Sample(items =>
        {
            var file = AnkiOutputWriter.Header(null) + AnkiOutputWriter.Notes(items.Select(t => Row(t.Item1, t.Item2, t.Item3, t.Item4)));
            var lines = file.Split('\n');
            Assert.Equal("", lines[^1]);
            // Anki reads every line starting with '#' as a header or comment, so only the header may.
            var body = lines[..^1].Where(l => !l.StartsWith('#')).ToList();
            Assert.Equal(5, lines.Length - 1 - body.Count);
            Assert.Equal(items.Length, body.Count);
            foreach (var line in body)
            {
                Assert.Equal(AnkiOutputWriter.Columns.Count, line.Split('\t').Length);
                Assert.DoesNotContain('"', line);
                Assert.DoesNotContain('\r', line);
            }
        }, iter: 1000);
    }
}
