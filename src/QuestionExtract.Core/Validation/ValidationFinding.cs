namespace QuestionExtract.Validation;

/// <summary>One problem found in a question file, at a 1-based line and column of that file.</summary>
public sealed record ValidationFinding(string File, int Line, int Column, string RuleId, Severity Severity, string Message);
