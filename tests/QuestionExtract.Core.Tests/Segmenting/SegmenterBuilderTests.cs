using QuestionExtract.Model;
using QuestionExtract.Segmenting;
using QuestionExtract.Segmenting.Candidates;

namespace QuestionExtract.Tests.Segmenting;

/// <summary>A new layout is one candidate source added to the builder; the decoder weighs its candidates with the rest.</summary>
public sealed class SegmenterBuilderTests
{
    // A layout none of the built-in sources knows: each question opens with "▶ ".
    private sealed class ArrowSource : ICandidateSource
    {
        public IEnumerable<StructuralToken> Find(DocumentText document, IReadOnlyList<StructuralToken> found)
        {
            var text = document.Text;
            for (int at = text.IndexOf("▶ ", StringComparison.Ordinal); at >= 0; at = text.IndexOf("▶ ", at + 1, StringComparison.Ordinal))
                yield return new StructuralToken { Kind = TokenKind.Item, Family = MarkerFamily.Labelled, Start = at, End = at + 2, Label = "", AtLineStart = at == 0 || text[at - 1] == '\n' };
        }
    }

    private static DocumentText Text(string text) =>
        new(text.Split('\n').Select((line, i) => new Block(line, BlockKind.Paragraph, new SourceLocation(i + 1, 1))).ToList());

    private const string Document = "▶ 说说你对加班的看法\n答:合理安排时间,必要时可以加班。\n▶ 你的职业规划\n答:三年内成为骨干。\n";

    [Fact]
    public void An_added_source_gives_its_layout_questions()
    {
        var plain = new SegmenterBuilder(LabelLexicon.BuiltIn).Build().Segment(Text(Document));
        var withArrows = new SegmenterBuilder(LabelLexicon.BuiltIn).Add(new ArrowSource()).Build().Segment(Text(Document));
        // The built-in asking-line source finds the lines, but takes the arrow for a part of the question.
        Assert.Equal(["▶ 说说你对加班的看法", "▶ 你的职业规划"], plain.Questions.Select(q => q.Question));
        Assert.Equal(["说说你对加班的看法", "你的职业规划"], withArrows.Questions.Select(q => q.Question));
        Assert.Equal(["合理安排时间,必要时可以加班。", "三年内成为骨干。"], withArrows.Questions.Select(q => q.Answer));
    }

    [Fact]
    public void The_default_sources_run_markers_then_flashcards_then_type_tags_then_item_headers_then_asking_lines_then_part_names()
    {
        var sources = new SegmenterBuilder(LabelLexicon.BuiltIn).Sources;
        Assert.Collection(sources, s => Assert.IsType<MarkerScanner>(s), s => Assert.IsType<FlashcardSource>(s), s => Assert.IsType<TypeTagLineSource>(s),
            s => Assert.IsType<ItemHeaderSource>(s), s => Assert.IsType<AskingLineSource>(s), s => Assert.IsType<PartNameLineSource>(s));
    }
}
