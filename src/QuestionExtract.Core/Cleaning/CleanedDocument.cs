using QuestionExtract.Model;

namespace QuestionExtract.Cleaning;

/// <summary>The cleaner's result: the body blocks left, and the record of what was removed and repaired.</summary>
public sealed record CleanedDocument(
    IReadOnlyList<Block> Blocks,
    IReadOnlyList<RemovedPiece> Removed,
    IReadOnlyList<Repair> Repairs,
    IReadOnlyList<ExtractionWarning> Warnings,
    string? Site,
    IReadOnlyList<string> TitleCandidates,
    IReadOnlyList<string> TruncationNotices)
{
    /// <summary>End marks that say the text is whole (已阅读到文档的结尾了, —— 完 ——), each with only furniture after it.</summary>
    public IReadOnlyList<string> CompletionNotices { get; init; } = [];
}
