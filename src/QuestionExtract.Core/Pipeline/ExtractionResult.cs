using QuestionExtract.Cleaning;
using QuestionExtract.Model;

namespace QuestionExtract.Pipeline;

/// <summary>The output record of one file, with the cleaner's full record for <c>explain</c>.</summary>
public sealed record ExtractionResult(ExtractedDocument Document, CleanedDocument Cleaned);
