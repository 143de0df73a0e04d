namespace QuestionExtract.Model;

/// <summary>Something the user should look at; <see cref="Code"/> is stable and machine-readable.</summary>
public sealed record ExtractionWarning(string Code, string Message, string? Location = null);
