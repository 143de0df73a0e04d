using System.CommandLine;
using QuestionExtract.Reporting;

namespace QuestionExtract.Cli;

/// <summary><c>qextract report PATH... -o report.html</c>: the review page of a batch.</summary>
public static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = PathsArgument.Create("Files or folders to extract and review");
        var output = new Option<string>("--output", "-o") { Description = "The HTML file to write", Required = true };
        var command = new Command("report", """
            Extract documents and write one self-contained HTML page to review the result: an index of documents,
            and per document the text with questions, answers and analyses marked, removed pieces struck through
            with their rule, and warnings where they occur. Works offline; opens fast for large batches.

            Example:
              qextract report downloads/ -o report.html
            """) { paths, output };
        var extraction = new ExtractionOptionSet();
        extraction.AddTo(command);
        command.SetAction(parse =>
        {
            if (extraction.Resolve(parse, console) is not { } settings) return ExitCodes.UsageError;
            var entries = new List<ReportEntry>();
            var errors = SequentialExtraction.Run(console, parse.GetValue(paths)!, settings,
                (input, result, error) => entries.Add(new ReportEntry(input.DisplayPath, result, error)));
            var target = parse.GetValue(output)!;
            try
            {
                AtomicFileWriter.Write(target, ReviewReportWriter.Write(entries));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"qextract: error: cannot write {target}: {ex.Message}");
                return ExitCodes.SomeInputsFailed;
            }
            return SequentialExtraction.Report(console, errors);
        });
        return command;
    }
}
