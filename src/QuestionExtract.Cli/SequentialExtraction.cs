using QuestionExtract.Pipeline;

namespace QuestionExtract.Cli;

/// <summary>
/// Extracts the inputs one after another for commands that look at whole results (explain, report):
/// each result, or each failure with its reason, goes to the caller; failures are also collected.
/// </summary>
public static class SequentialExtraction
{
    public static List<(string Path, string Reason)> Run(CliConsole console, IEnumerable<string> paths, ExtractionSettings settings,
        Action<InputFile, ExtractionResult?, string?> onEach)
    {
        var errors = new List<(string Path, string Reason)>();
        var pipeline = ExtractionPipeline.CreateDefault(settings.Rules, settings.Encoding, settings.Limits, labels: settings.Labels);
        foreach (var input in InputExpander.Expand(paths, errors))
        {
            ExtractionResult result;
            try
            {
                result = pipeline.Extract(input.DisplayPath, console.ReadAllBytes(input));
                if (settings.Script is not null) result = result with { Document = ScriptConverter.Convert(result.Document, settings.Script) };
            }
            catch (Exception ex)
            {
                var reason = InputFailure.Describe(ex);
                errors.Add((input.DisplayPath, reason));
                onEach(input, null, reason);
                continue;
            }
            onEach(input, result, null);
        }
        return errors;
    }

    public static int Report(CliConsole console, List<(string Path, string Reason)> errors)
    {
        foreach (var (path, reason) in errors) console.Error.WriteLine($"qextract: error: {path}: {reason}");
        return errors.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }
}
