namespace QuestionExtract.Merging;

/// <summary>How alike two questions must be to merge.</summary>
public sealed record MergeSettings
{
    /// <summary>
    /// Jaccard similarity of 3-character shingles of the folded question text at which two questions merge.
    /// 0.8 merges an added 请 or another ending on questions of 15 characters or more, and one changed
    /// character on about 30, while questions that differ in their subject (多态 / 封装) stay apart.
    /// </summary>
    public const double DefaultThreshold = 0.8;

    public double Threshold { get; init; } = DefaultThreshold;
}
