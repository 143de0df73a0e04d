namespace QuestionExtract.Segmenting.Decoding;

/// <summary>The decoder's result: the headings and questions kept, in document order, and a decision per candidate.</summary>
public sealed record DecodedStructure(
    IReadOnlyList<StructuralToken> Tokens,
    IReadOnlyDictionary<StructuralToken, double> Confidence,
    IReadOnlyDictionary<StructuralToken, NumberingNote> NumberingNotes,
    Lazy<IReadOnlyList<CandidateDecision>> Decisions,
    TableOfContentsDetector.Result TableOfContents,
    AnswerKeyRegions AnswerKeys);
