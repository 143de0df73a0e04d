using System.Globalization;
using System.Text;
using QuestionExtract.Merging;
using QuestionExtract.Pipeline;

namespace QuestionExtract.Cli;

/// <summary>
/// Runs merge: inputs expanded (documents and extract's outputs), read and extracted on --jobs workers into
/// a slot per input, then merged in one pass. The merge sorts everything itself, so neither the order of
/// the inputs nor the number of workers changes the bank.
/// </summary>
public sealed class BankMerger(CliConsole console, MergeOptions options)
{
    private static readonly IReadOnlySet<string> FolderExtensions =
        new HashSet<string>(InputExpander.Extensions.Concat(ExtractedFileLoader.Extensions), StringComparer.OrdinalIgnoreCase);

    public int Run(CancellationToken cancel)
    {
        var errors = new List<(string Path, string Reason)>();
        var inputs = InputExpander.Expand(options.Paths, errors, FolderExtensions);
        var pipeline = ExtractionPipeline.CreateDefault(options.Rules, options.Encoding, options.Limits, labels: options.Labels);
        var perInput = new List<SourcedQuestion>?[inputs.Count];
        var failures = new string?[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs), CancellationToken = cancel }, i =>
        {
            try
            {
                (perInput[i], failures[i]) = Read(pipeline, inputs[i]);
            }
            catch (Exception ex)
            {
                failures[i] = InputFailure.Describe(ex);
            }
        });
        for (int i = 0; i < inputs.Count; i++)
            if (failures[i] is { } failure) errors.Add((inputs[i].DisplayPath, failure));

        var all = perInput.Where(q => q is not null).SelectMany(q => q!).ToList();
        var result = new QuestionMerger(new MergeSettings { Threshold = options.Threshold }).Merge(all);
        if (options.Explain) WriteExplanation(result);

        var text = BankRenderer.Render(result.Questions, options.Format, options.Excel, options.Deck);
        if (options.Output is null) console.Out.Write(text);
        else
        {
            try
            {
                AtomicFileWriter.Write(options.Output, text);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"qextract: error: cannot write {options.Output}: {ex.Message}");
                return ExitCodes.SomeInputsFailed;
            }
        }
        console.Out.Flush();
        foreach (var (path, reason) in errors) console.Error.WriteLine($"qextract: {path}: {reason}");
        if (!options.Quiet)
            console.Error.WriteLine($"qextract: {all.Count} questions from {perInput.Count(q => q is not null)} inputs merged into {result.Questions.Count}" +
                (errors.Count > 0 ? $"; {errors.Count} failed" : ""));
        return errors.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    private (List<SourcedQuestion>?, string?) Read(ExtractionPipeline pipeline, InputFile input)
    {
        var bytes = console.ReadAllBytes(input);
        if (!input.IsStdin && ExtractedFileLoader.Extensions.Contains(Path.GetExtension(input.DisplayPath)))
        {
            var problems = new List<string>();
            var loaded = ExtractedFileLoader.Load(input.DisplayPath, new UTF8Encoding(false).GetString(bytes), problems);
            return problems.Count > 0 && loaded.Count == 0 ? (null, string.Join("; ", problems)) : (loaded, null);
        }
        var document = pipeline.Extract(input.DisplayPath, bytes).Document;
        if (options.Script is not null) document = ScriptConverter.Convert(document, options.Script);
        return (document.Questions.Select(q => new SourcedQuestion(q, new MergeSource(document.Source.Path, document.Source.Sha256, q.Index, q.Number))).ToList(), null);
    }

    // Every merge, so nothing disappears unexplained: which copy was kept and how alike the other was.
    private void WriteExplanation(MergeResult result)
    {
        foreach (var link in result.Links)
        {
            var how = link.Exact ? "same text" : "similar " + link.Similarity.ToString("0.00", CultureInfo.InvariantCulture);
            console.Error.WriteLine($"merge: {how}: {Describe(link.Merged)} into {Describe(link.Kept)}");
        }
    }

    private static string Describe(SourcedQuestion q)
    {
        var text = q.Question.QuestionText.Replace('\n', ' ');
        if (text.Length > 60) text = text[..60] + "…";
        return $"{q.Source.Path}#{q.Source.Index} \"{text}\"";
    }
}
