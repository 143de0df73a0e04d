namespace QuestionExtract.Validation;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=RULE::message</c>), escaped as the
/// runner requires. GitHub shows only the first annotations of a step, so the summary line gives the full
/// counts; the exit code, not the annotations, fails the job.
/// </summary>
public static class GithubFindingsWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<ValidationFinding> findings, ValidationSummary summary)
    {
        foreach (var f in findings)
        {
            var command = f.Severity == Severity.Error ? "error" : "warning";
            writer.WriteLine($"::{command} file={Property(f.File)},line={f.Line},col={f.Column},title={Property(f.RuleId)}::{Data(f.Message)}");
        }
        writer.WriteLine(summary);
    }

    public static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    public static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
