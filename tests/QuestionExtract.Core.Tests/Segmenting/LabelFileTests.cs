using QuestionExtract.Cleaning;
using QuestionExtract.Segmenting;

namespace QuestionExtract.Tests.Segmenting;

/// <summary>A user's labels file (--labels): added to the built-in words, checked against the built-in keys.</summary>
public sealed class LabelFileTests
{
    [Fact]
    public void Added_answer_words_open_an_answer_and_the_built_in_ones_still_do()
    {
        var lexicon = LabelLexicon.BuiltIn.With("answer: [参考思路]\n", "mine.yaml");
        var splitter = new FieldSplitter(lexicon);
        Assert.Equal("先说结论。", splitter.Split("问题是什么?\n参考思路:先说结论。").Answer);
        Assert.Equal("先说结论。", splitter.Split("问题是什么?\n参考答案:先说结论。").Answer);
        // Without the file the word is part of an unlabelled answer.
        Assert.NotEqual("先说结论。", new FieldSplitter(LabelLexicon.BuiltIn).Split("问题是什么?\n参考思路:先说结论。").Answer);
    }

    [Fact]
    public void Added_type_tags_state_the_type()
    {
        var lexicon = LabelLexicon.BuiltIn.With("typeTags:\n  true-false: [是非题]\n", "mine.yaml");
        var match = lexicon.TypeTags.Match("【是非题】地球是圆的。( )");
        Assert.True(match.Success);
        Assert.Equal("true-false", lexicon.TypeOfTag(match.Groups["t"].Value));
        Assert.DoesNotMatch(LabelLexicon.BuiltIn.TypeTags, "【是非题】地球是圆的。( )");
    }

    [Theory]
    [InlineData("answers: [参考思路]\n", 1, "unknown key 'answers'")]
    [InlineData("answer: 参考思路\n", 1, "'answer' must be a list")]
    [InlineData("answer: [参考思路, '']\n", 1, "non-empty word")]
    [InlineData("typeTags:\n  essay: [论述题]\n", 2, "unknown typeTags group 'essay'")]
    [InlineData("declaredCount:\n  - '共(\\d+)题'\n", 2, "(?<n>...)")]
    [InlineData("blanks:\n  - '(('\n", 2, "does not compile")]
    [InlineData("- answer\n", 1, "must be a mapping")]
    [InlineData("answer: [参考思路\nanalysis: []\n", 1, "never closed")]
    public void A_file_that_cannot_be_used_names_its_line_and_reason(string yaml, int line, string reason)
    {
        var error = Assert.Throws<RuleFileException>(() => LabelLexicon.BuiltIn.With(yaml, "mine.yaml"));
        Assert.Equal("mine.yaml", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason);
    }

    [Fact]
    public void An_empty_file_changes_nothing()
    {
        var lexicon = LabelLexicon.BuiltIn.With("", "empty.yaml");
        Assert.Equal(LabelLexicon.BuiltIn.Words[LabelKind.Answer], lexicon.Words[LabelKind.Answer]);
    }
}
