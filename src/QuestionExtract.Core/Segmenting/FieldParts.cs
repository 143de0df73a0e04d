namespace QuestionExtract.Segmenting;

/// <summary>An item body split at its labels.</summary>
public sealed record FieldParts(string Question, string? Answer, string? Analysis, IReadOnlyList<string> Skills, bool HasAnswerLabel, IReadOnlyList<string> Consumed);
