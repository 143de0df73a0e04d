namespace QuestionExtract.Merging;

/// <summary>Where one copy of a merged question was found: the file, its sha256 (when known), the question's index and number in it.</summary>
public sealed record MergeSource(string Path, string? Sha256, int Index, string Number);
