namespace QuestionExtract.Model;

/// <summary>One extracted question. Property order is the output order.</summary>
public sealed class Question
{
    public required string Id { get; init; }
    public required int Index { get; init; }
    public required string Number { get; init; }
    public string? Section { get; init; }
    public double? Points { get; init; }
    public required string Type { get; init; }
    public required string QuestionText { get; init; }
    public IReadOnlyList<ChoiceOption>? Options { get; init; }
    public string? Answer { get; init; }
    public string? Analysis { get; init; }
    public required IReadOnlyList<string> Skills { get; init; }
    public required bool Complete { get; init; }
    /// <summary>How clearly the decoder preferred this question to skipping it (0–1); null where no decoder chose it (table rows).</summary>
    public double? Confidence { get; init; }
    public required IReadOnlyList<string> Warnings { get; init; }
    public SourceLocation? Location { get; init; }
}
