namespace QuestionExtract.Validation;

/// <summary>A check that <c>validate</c> runs: its id (used in output and with --rule), default severity and purpose.</summary>
public sealed record ValidationRule(string Id, Severity DefaultSeverity, string Description);
