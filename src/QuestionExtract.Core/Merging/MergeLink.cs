namespace QuestionExtract.Merging;

/// <summary>
/// Why two copies were merged, for --explain: the same folded text (Similarity 1, Exact) or shingle
/// similarity at or above the threshold.
/// </summary>
public sealed record MergeLink(SourcedQuestion Kept, SourcedQuestion Merged, double Similarity, bool Exact);
