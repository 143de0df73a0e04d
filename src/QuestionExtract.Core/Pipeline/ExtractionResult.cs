using QuestionExtract.Cleaning;
using QuestionExtract.Model;

namespace QuestionExtract.Pipeline;

/// <summary>
/// The output record of one file, with the cleaner's full record and the structural text the segmenter
/// consumed (numbers, labels, headings), for <c>explain</c> and for checking that no text is lost.
/// </summary>
public sealed record ExtractionResult(ExtractedDocument Document, CleanedDocument Cleaned, IReadOnlyList<string> Consumed);
