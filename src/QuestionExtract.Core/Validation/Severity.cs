namespace QuestionExtract.Validation;

/// <summary>How much a finding matters; Off turns a rule off.</summary>
public enum Severity
{
    Off,
    Warning,
    Error,
}
