namespace QuestionExtract.Validation;

/// <summary><c>file:line:col: error RULE: message</c>, the form compilers and editors understand.</summary>
public static class TextFindingsWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<ValidationFinding> findings, ValidationSummary summary)
    {
        foreach (var f in findings)
            writer.WriteLine($"{f.File}:{f.Line}:{f.Column}: {Level(f.Severity)} {f.RuleId}: {f.Message}");
        writer.WriteLine(summary);
    }

    public static string Level(Severity severity) => severity == Severity.Error ? "error" : "warning";
}
