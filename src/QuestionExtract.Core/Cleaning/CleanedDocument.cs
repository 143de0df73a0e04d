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
    IReadOnlyList<string> TruncationNotices);
