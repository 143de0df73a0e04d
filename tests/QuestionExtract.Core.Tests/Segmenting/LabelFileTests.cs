using QuestionExtract.Cleaning;
using QuestionExtract.Segmenting;

namespace QuestionExtract.Tests.Segmenting;

/// <summary>A user's labels file (--labels): added to the built-in words, checked against the built-in keys.</summary>
public sealed class LabelFileTests
{
    [Fact]
    public void Added_answer_words_open_an_answer_and_the_built_in_ones_still_do()
    {
        var lexicon = LabelLexicon.BuiltIn.With("answer: [参考说法]\n", "mine.yaml");
        var splitter = new FieldSplitter(lexicon);
        Assert.Equal("先说结论。", splitter.Split("问题是什么?\n参考说法:先说结论。").Answer);
        Assert.Equal("先说结论。", splitter.Split("问题是什么?\n参考答案:先说结论。").Answer);
        // Without the file the word opens no answer (the whole body is left to the unlabelled-answer split).
        Assert.Null(new FieldSplitter(LabelLexicon.BuiltIn).Split("问题是什么?\n参考说法:先说结论。").Answer);
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
    [InlineData("blanks:\n  - '(?x)_+ # underscores'\n", 2, "does not compile")]
    [InlineData("answer: [~]\n", 1, "non-empty word")]
    [InlineData("answer: [参考思路]\n---\nanalysis: [思路]\n", 3, "one YAML document")]
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
        foreach (var kind in LabelLexicon.BuiltIn.Words.Keys)
            Assert.Equal(LabelLexicon.BuiltIn.Words[kind], lexicon.Words[kind]);
        Assert.Equal(LabelLexicon.BuiltIn.Labels.Pattern.ToString(), lexicon.Labels.Pattern.ToString());
        Assert.Equal(LabelLexicon.BuiltIn.TypeTags.ToString(), lexicon.TypeTags.ToString());
        Assert.Equal(LabelLexicon.BuiltIn.QuestionWords, lexicon.QuestionWords);
    }

    [Fact]
    public void A_tag_of_two_words_matches_with_any_spaces_between_them()
    {
        var lexicon = LabelLexicon.BuiltIn.With("typeTags:\n  single-choice: [single choice]\n", "mine.yaml");
        var match = lexicon.TypeTags.Match("[single\tchoice] Which port does HTTPS use?");
        Assert.True(match.Success);
        Assert.Equal("single-choice", lexicon.TypeOfTag(match.Groups["t"].Value));
    }

    [Fact]
    public void A_points_pattern_that_captures_no_number_states_no_points()
    {
        var lexicon = LabelLexicon.BuiltIn.With("pointsEach: ['每题(?<n>[一二三四五六七八九十]+)分']\n", "mine.yaml");
        Assert.Null(new SectionHeadingParser(lexicon).Parse(1, "简答题(每题十分)").Points);
        Assert.Equal(10, new SectionHeadingParser(lexicon).Parse(1, "简答题(每题10分)").Points);
    }

    [Fact]
    public void Added_table_headers_are_compared_as_the_header_cells_are()
    {
        var lexicon = LabelLexicon.BuiltIn.With("tableQuestionHeaders: [Frage]\ntableAnswerHeaders: [Antwort]\n", "mine.yaml");
        Assert.Contains("frage", lexicon.TableQuestionHeaders);
        Assert.Contains("antwort", lexicon.TableAnswerHeaders);
    }
}
