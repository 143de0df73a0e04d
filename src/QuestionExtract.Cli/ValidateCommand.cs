using System.CommandLine;
using System.Reflection;
using QuestionExtract.Cleaning;
using QuestionExtract.Validation;

namespace QuestionExtract.Cli;

/// <summary><c>qextract validate PATH...</c>: question files checked for CI, as text, json, github or sarif.</summary>
public static class ValidateCommand
{
    // Files larger than this are refused rather than loaded whole.
    private const long MaxFileBytes = 64L * 1024 * 1024;

    public static Command Create(CliConsole console)
    {
        var paths = PathsArgument.Create("Question files (.yaml .yml .json .jsonl) or folders");
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "github", "sarif");
        var requireAnswers = new Option<bool>("--require-answers") { Description = "A question without an answer is an error, not a warning" };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Exit 1 on warnings too" };
        var rule = new Option<string[]>("--rule") { Description = "Set a rule's severity: RULE=off|warning|error (repeatable)", AllowMultipleArgumentsPerToken = false };
        var command = new Command("validate", """
            Check question files (as extract writes them, or edited by hand) for CI.
            Exit codes: 0 clean (warnings allowed), 1 findings at error level, 2 usage error or unreadable input.

            Rules: parse-error, empty-file, schema, empty-question, missing-answer, duplicate-id, duplicate-question,
            leftover-boilerplate, garbled-text, numbering, declared-count.

            Examples:
              qextract validate questions/
              qextract validate questions/ --format github --require-answers
              qextract validate bank.yaml --rule numbering=off --format sarif > results.sarif
            """)
        { paths, format, requireAnswers, warningsAsErrors, rule };
        command.SetAction(parse => Run(console, parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(requireAnswers),
            parse.GetValue(warningsAsErrors), parse.GetValue(rule) ?? []));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string format, bool requireAnswers, bool warningsAsErrors, string[] ruleSettings)
    {
        var severities = new Dictionary<string, Severity>();
        if (requireAnswers) severities[ValidationRules.MissingAnswer.Id] = Severity.Error;
        foreach (var setting in ruleSettings)
        {
            var parts = setting.Split('=', 2);
            if (parts.Length != 2 || ValidationRules.Find(parts[0]) is null || !Enum.TryParse<Severity>(parts[1], ignoreCase: true, out var level))
            {
                console.Error.WriteLine($"qextract: error: --rule '{setting}': expected RULE=off|warning|error with RULE one of {string.Join(", ", ValidationRules.All.Select(r => r.Id))}");
                return ExitCodes.UsageError;
            }
            severities[parts[0]] = level;
        }

        var files = new List<string>();
        var unreadable = new List<(string Path, string Reason)>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => QuestionFileParser.Extensions.Contains(Path.GetExtension(f)))
                    .Select(f => f.Replace('\\', '/')).Order(StringComparer.Ordinal));
            else if (File.Exists(path)) files.Add(path);
            else unreadable.Add((path, "no such file or folder"));
        }

        var validator = new QuestionFileValidator(severities, SiteRuleSet.BuiltIn);
        var findings = new List<ValidationFinding>();
        int validated = 0;
        foreach (var file in files)
        {
            try
            {
                if (new FileInfo(file).Length > MaxFileBytes)
                {
                    unreadable.Add((file, $"larger than {MaxFileBytes / 1024 / 1024} MiB; split it"));
                    continue;
                }
                findings.AddRange(validator.Validate(file, File.ReadAllText(file)));
                validated++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                unreadable.Add((file, ex.Message));
            }
        }

        var summary = ValidationSummary.Of(validated, findings);
        switch (format)
        {
            case "json": JsonFindingsWriter.Write(console.Out, findings, summary); break;
            case "github": GithubFindingsWriter.Write(console.Out, findings, summary); break;
            case "sarif": SarifFindingsWriter.Write(console.Out, findings, summary, Version()); break;
            default: TextFindingsWriter.Write(console.Out, findings, summary); break;
        }
        foreach (var (path, reason) in unreadable) console.Error.WriteLine($"qextract: error: {path}: {reason}");

        if (unreadable.Count > 0) return ExitCodes.UsageError;
        if (summary.Errors > 0 || (warningsAsErrors && summary.Warnings > 0)) return ExitCodes.SomeInputsFailed;
        return ExitCodes.Success;
    }

    private static string Version() =>
        typeof(ValidateCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
