using QuestionExtract.Writing;

namespace QuestionExtract.Validation;

/// <summary>
/// SARIF 2.1.0 for code-scanning upload: one run, the rule catalogue as the tool's rules, one result per
/// finding (capped at the 25,000 results a run may carry; the cap is reported in the run's properties).
/// </summary>
public static class SarifFindingsWriter
{
    public const int MaxResults = 25_000;

    public static void Write(TextWriter writer, IReadOnlyList<ValidationFinding> findings, ValidationSummary summary, string version)
    {
        var rules = ValidationRules.All.Select(r => (object?)new OutputNode()
            .Add("id", r.Id)
            .Add("shortDescription", new OutputNode().Add("text", r.Description))
            .Add("defaultConfiguration", new OutputNode().Add("level", r.DefaultSeverity == Severity.Error ? "error" : "warning"))).ToList();
        var results = findings.Take(MaxResults).Select(f => (object?)new OutputNode()
            .Add("ruleId", f.RuleId)
            .Add("ruleIndex", ValidationRules.All.ToList().FindIndex(r => r.Id == f.RuleId))
            .Add("level", f.Severity == Severity.Error ? "error" : "warning")
            .Add("message", new OutputNode().Add("text", f.Message))
            .Add("locations", new List<object?>
            {
                new OutputNode().Add("physicalLocation", new OutputNode()
                    .Add("artifactLocation", new OutputNode().Add("uri", f.File.Replace('\\', '/')))
                    .Add("region", new OutputNode().Add("startLine", Math.Max(1, f.Line)).Add("startColumn", Math.Max(1, f.Column)))),
            })).ToList();
        var run = new OutputNode()
            .Add("tool", new OutputNode().Add("driver", new OutputNode().Add("name", "qextract").Add("version", version).Add("rules", rules)))
            .Add("results", results)
            .Add("properties", new OutputNode().Add("files", summary.Files).Add("errors", summary.Errors).Add("warnings", summary.Warnings)
                .Add("truncatedResults", findings.Count > MaxResults));
        var log = new OutputNode()
            .Add("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
            .Add("version", "2.1.0")
            .Add("runs", new List<object?> { run });
        writer.WriteLine(JsonOutputWriter.Write(log));
    }
}
