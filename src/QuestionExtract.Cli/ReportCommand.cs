using System.CommandLine;
using QuestionExtract.Reporting;

namespace QuestionExtract.Cli;

/// <summary><c>qextract report PATH... -o report.html</c>: the review page of a batch.</summary>
public static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = PathsArgument.Create("Files or folders to extract and review");
        var output = new Option<string>("--output", "-o") { Description = "The HTML file to write, in a folder that exists", Required = true };
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
            var target = parse.GetValue(output)!;
            // One file into a folder that exists: a typo in -o must not scatter new folders over the disk,
            // and is said before a long batch is extracted for nothing.
            var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
            if (!Directory.Exists(folder))
            {
                console.Error.WriteLine($"qextract: error: cannot write {target}: the folder {folder} does not exist");
                return ExitCodes.UsageError;
            }
            if (Directory.Exists(target))
            {
                console.Error.WriteLine($"qextract: error: cannot write {target}: it is a folder; give the HTML file to write");
                return ExitCodes.UsageError;
            }
            if (extraction.Resolve(parse, console) is not { } settings) return ExitCodes.UsageError;
            var entries = new List<ReportEntry>();
            var errors = SequentialExtraction.Run(console, parse.GetValue(paths)!, settings,
                (input, result, error) => entries.Add(new ReportEntry(input.DisplayPath, result, error)));
            try
            {
                AtomicFileWriter.Write(target, ReviewReportWriter.Write(entries), createFolder: false);
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
