namespace QuestionExtract.Model;

/// <summary>The output record for one input file. Property order is the output order.</summary>
public sealed class ExtractedDocument
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required SourceInfo Source { get; init; }
    public string? Title { get; init; }
    public string? Site { get; init; }
    public required string Language { get; init; }
    public required bool Truncated { get; init; }
    public int? DeclaredQuestionCount { get; init; }
    public required IReadOnlyList<Question> Questions { get; init; }
    /// <summary>Body text that is neither a question nor removed furniture (introductions, notes), kept so nothing is lost.</summary>
    public string? Preamble { get; init; }
    /// <summary>How many pieces each cleaning rule removed, by rule id.</summary>
    public required IReadOnlyDictionary<string, int> Removed { get; init; }
    public required IReadOnlyList<ExtractionWarning> Warnings { get; init; }
}
