using QuestionExtract.Segmenting.Candidates;
using QuestionExtract.Segmenting.Decoding;
using QuestionExtract.Segmenting.Fields;

namespace QuestionExtract.Segmenting;

/// <summary>The stages a <see cref="Segmenter"/> runs, built by <see cref="SegmenterBuilder"/> (or by a caller replacing one).</summary>
public sealed record SegmenterParts
{
    public required LabelLexicon Lexicon { get; init; }
    /// <summary>Candidate sources, run in order.</summary>
    public required IReadOnlyList<ICandidateSource> Sources { get; init; }
    public required StructureDecoder Decoder { get; init; }
    public required PipeTableLayout Tables { get; init; }
    public required FieldSplitter Fields { get; init; }
    public required UnlabeledAnswerSplitter Unlabeled { get; init; }
    public required StemBlanks Blanks { get; init; }
    public required SkillTagExtractor Skills { get; init; }
    public required SectionHeadingParser Sections { get; init; }
    public required ChoiceParser Choices { get; init; }
    public required FilledBlanks FilledBlanks { get; init; }
    public required TermDefinitions TermDefinitions { get; init; }
    public required WorkedSolution WorkedSolution { get; init; }
    public required Fields.UnletteredChoices UnletteredChoices { get; init; }
    public required ItemMetadata Metadata { get; init; }
    public required MarkedListOptions MarkedLists { get; init; }
    public required AnswerKeyGrid KeyGrid { get; init; }
    public required QuestionLikeness Likeness { get; init; }
    /// <summary>Below this margin a question carries the <c>low-confidence</c> warning.</summary>
    public required double LowConfidence { get; init; }
}
