using System.CommandLine;
using QuestionExtract.Pipeline;

namespace QuestionExtract.Cli;

/// <summary><c>qextract explain PATH...</c>: every removed piece and repair, with the rule that made it.</summary>
public static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders", Arity = ArgumentArity.OneOrMore };
        var command = new Command("explain", "Show what the cleaner removed and repaired in each document, and why") { paths };
        command.SetAction(parse =>
        {
            var errors = new List<(string Path, string Reason)>();
            var pipeline = ExtractionPipeline.CreateDefault();
            foreach (var input in InputExpander.Expand(parse.GetValue(paths)!, errors))
            {
                try
                {
                    var bytes = console.ReadAllBytes(input);
                    ExplainWriter.Write(console.Out, pipeline.Extract(input.DisplayPath, bytes));
                }
                catch (Exception ex)
                {
                    errors.Add((input.DisplayPath, InputFailure.Describe(ex)));
                }
            }
            foreach (var (path, reason) in errors) console.Error.WriteLine($"qextract: error: {path}: {reason}");
            return errors.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
        });
        return command;
    }
}
