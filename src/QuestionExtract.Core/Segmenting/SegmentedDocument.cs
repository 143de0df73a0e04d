using QuestionExtract.Model;

namespace QuestionExtract.Segmenting;

/// <summary>What the segmenter found: questions, the text before them, and facts for the later checks.</summary>
public sealed record SegmentedDocument(
    IReadOnlyList<QuestionDraft> Questions,
    string Prefix,
    int? DeclaredCountFromSections,
    IReadOnlyList<ExtractionWarning> Warnings,
    bool LastItemEmpty,
    bool TableOfContentsUnfulfilled,
    bool HasAnswerKey,
    IReadOnlyList<string> Consumed);
