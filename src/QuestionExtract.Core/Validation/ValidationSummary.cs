namespace QuestionExtract.Validation;

/// <summary>The totals of a validate run, printed last whatever the format.</summary>
public sealed record ValidationSummary(int Files, int Errors, int Warnings)
{
    public static ValidationSummary Of(int files, IReadOnlyCollection<ValidationFinding> findings) =>
        new(files, findings.Count(f => f.Severity == Severity.Error), findings.Count(f => f.Severity == Severity.Warning));

    public override string ToString() => $"{Files} files, {Errors} errors, {Warnings} warnings";
}
