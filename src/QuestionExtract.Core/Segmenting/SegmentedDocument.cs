using QuestionExtract.Model;
using QuestionExtract.Segmenting.Decoding;

namespace QuestionExtract.Segmenting;

/// <summary>What the segmenter found: questions, the text before them, and facts for the later checks.</summary>
public sealed record SegmentedDocument
{
    public required IReadOnlyList<QuestionDraft> Questions { get; init; }
    /// <summary>Text before the first question (title, preamble) and text under headings no question claims.</summary>
    public required string Prefix { get; init; }
    public int? DeclaredCountFromSections { get; init; }
    public required IReadOnlyList<ExtractionWarning> Warnings { get; init; }
    /// <summary>The last numbered item has nothing after it: the page was cut right after its number.</summary>
    public bool LastItemEmpty { get; init; }
    public bool TableOfContentsUnfulfilled { get; init; }
    public bool HasAnswerKey { get; init; }
    /// <summary>Text taken as structure (numbers, labels, headings), for the accounting.</summary>
    public required IReadOnlyList<string> Consumed { get; init; }
    /// <summary>Every structure candidate with the decoder's decision, for <c>explain --structure</c>.</summary>
    public Lazy<IReadOnlyList<StructureNote>> Structure { get; init; } = new(() => []);
}
