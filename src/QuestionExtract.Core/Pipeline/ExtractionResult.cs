using QuestionExtract.Cleaning;
using QuestionExtract.Model;

namespace QuestionExtract.Pipeline;

/// <summary>
/// The output record of one file, with the cleaner's full record and the structural text the segmenter
/// consumed (numbers, labels, headings), for <c>explain</c> and for checking that no text is lost.
/// </summary>
public sealed record ExtractionResult(ExtractedDocument Document, CleanedDocument Cleaned, IReadOnlyList<string> Consumed)
{
    /// <summary>Every structure candidate with the decoder's decision (<c>explain --structure</c>).</summary>
    public IReadOnlyList<QuestionExtract.Segmenting.StructureNote> Structure => StructureNotes.Value;

    /// <summary>Built only when asked for: most runs never explain.</summary>
    public Lazy<IReadOnlyList<QuestionExtract.Segmenting.StructureNote>> StructureNotes { get; init; } = new(() => []);
}
