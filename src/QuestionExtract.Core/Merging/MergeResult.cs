namespace QuestionExtract.Merging;

/// <summary>The bank (in order of first source) and every merge that made it.</summary>
public sealed record MergeResult(IReadOnlyList<MergedQuestion> Questions, IReadOnlyList<MergeLink> Links);
