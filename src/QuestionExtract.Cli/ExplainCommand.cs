using System.CommandLine;

namespace QuestionExtract.Cli;

/// <summary><c>qextract explain PATH...</c>: every removed piece and repair, with the rule that made it.</summary>
public static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = PathsArgument.Create("Files, folders or - for standard input");
        var extraction = new ExtractionOptionSet();
        var structure = new Option<bool>("--structure") { Description = "Also list every question, section and answer-key candidate with its score, whether the decoder kept it, and why" };
        var command = new Command("explain", "Show what the cleaner removed and repaired in each document, and why") { paths, structure };
        extraction.AddTo(command);
        command.SetAction(parse =>
        {
            if (extraction.Resolve(parse, console) is not { } settings) return ExitCodes.UsageError;
            var errors = SequentialExtraction.Run(console, parse.GetValue(paths)!, settings, (_, result, _) =>
            {
                if (result is null) return;
                ExplainWriter.Write(console.Out, result);
                if (parse.GetValue(structure)) ExplainWriter.WriteStructure(console.Out, result);
            });
            return SequentialExtraction.Report(console, errors);
        });
        return command;
    }
}
