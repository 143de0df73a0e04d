using QuestionExtract.Model;

namespace QuestionExtract.Merging;

/// <summary>One distinct question of a bank: the kept copy's fields, the other answers, and every source.</summary>
public sealed class MergedQuestion
{
    public required string Id { get; init; }
    public required string Number { get; init; }
    public string? Section { get; init; }
    public required string Type { get; init; }
    public required string QuestionText { get; init; }
    public IReadOnlyList<ChoiceOption>? Options { get; init; }
    public string? Answer { get; init; }
    /// <summary>Distinct answers of the other copies (folded comparison), so no answer is dropped silently.</summary>
    public required IReadOnlyList<string> AlternativeAnswers { get; init; }
    public string? Analysis { get; init; }
    public required IReadOnlyList<string> Skills { get; init; }
    public required bool Complete { get; init; }
    public required IReadOnlyList<MergeSource> Sources { get; init; }
}
