using QuestionExtract.Writing;

namespace QuestionExtract.Validation;

/// <summary>The findings as a JSON object: <c>{"findings": [...], "summary": {...}}</c>.</summary>
public static class JsonFindingsWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<ValidationFinding> findings, ValidationSummary summary)
    {
        var root = new OutputNode()
            .Add("findings", findings.Select(f => (object?)new OutputNode()
                .Add("file", f.File).Add("line", f.Line).Add("column", f.Column)
                .Add("rule", f.RuleId).Add("severity", TextFindingsWriter.Level(f.Severity)).Add("message", f.Message)).ToList())
            .Add("summary", new OutputNode().Add("files", summary.Files).Add("errors", summary.Errors).Add("warnings", summary.Warnings));
        writer.WriteLine(JsonOutputWriter.Write(root));
    }
}
