using System.CommandLine;

namespace QuestionExtract.Cli;

/// <summary>The command line: builds the commands and maps parse errors to exit code 2.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> stdin, bool errorIsTerminal = false)
    {
        var console = new CliConsole(stdout, stderr, stdin) { ErrorIsTerminal = errorIsTerminal };
        var root = new RootCommand("qextract: turns scraped interview-question documents into clean, structured data.")
        {
            ExtractCommand.Create(console),
            MergeCommand.Create(console),
            ExplainCommand.Create(console),
            ValidateCommand.Create(console),
            SchemaCommand.Create(console),
            ReportCommand.Create(console),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"qextract: {error.Message}");
            stderr.WriteLine("Try 'qextract --help'.");
            return ExitCodes.UsageError;
        }
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
