using QuestionExtract.Cleaning;
using QuestionExtract.Pipeline;

namespace QuestionExtract.Cli;

/// <summary>
/// Runs extract over a batch: inputs expanded in ordinal order (and sharded), an optional first pass for
/// repeated furniture, then inputs read, extracted and serialised on --jobs workers and written in input
/// order. Only a bounded number of results wait to be written, so memory does not grow with the number of
/// files; a failure stays with its file; Ctrl-C stops starting new files, leaving every written file whole.
/// </summary>
public sealed class BatchExtractor(CliConsole console, ExtractOptions options)
{
    // What waits for the in-order writer: the rendered output and the counts for progress. The whole
    // extraction result only when --explain needs it: up to 8 outcomes per worker wait, and a large
    // document's result is megabytes (peak memory rose with corpus size while it was kept).
    private sealed record Outcome(ExtractionResult? Result, PreparedOutput? Prepared, string? Error, bool Skipped, int Questions = 0, int Warnings = 0);

    public int Run(CancellationToken cancel)
    {
        var errors = new List<(string Path, string Reason)>();
        var inputs = InputExpander.Expand(options.Paths, errors);
        if (options.Shard is { } shard) inputs = shard.Select(inputs).ToList();

        var repetition = options.Repetition ? RepetitionPass(inputs) : null;
        // Repairs are listed only by --explain; without it they are not recorded.
        var pipeline = ExtractionPipeline.CreateDefault(options.Rules, options.Encoding, options.Limits, repetition, options.Labels, recordRepairs: options.Explain);
        bool single = options.Paths.Count == 1 && inputs.Count == 1 && (inputs[0].IsStdin || File.Exists(options.Paths[0]));
        IResultSink sink = options.OutputDir is not null
            ? new FolderSink(options.OutputDir, options.Format, options.YamlSchema, options.Force, options.Excel, options.Deck)
            : new StdoutSink(console.Out, options.Format, single, options.YamlSchema, options.Excel, options.Deck);
        // A path that does not exist is an input that failed: counted in the summary like any other.
        var progress = new ProgressReporter(console, inputs.Count + errors.Count, options.Quiet);
        foreach (var (path, _) in errors) progress.FailedOne(path);

        // A result for --output is a staged file, not its text, so more may wait: the writer waits for each file's
        // flush to disk, and a short window left the workers waiting behind it (a fifth of their time on the
        // benchmark's 666 docx+html, perf sched). Each waiting file holds up to two handles, hence the cap; under
        // --explain each also holds its whole result, so the window stays short.
        int ahead = options.OutputDir is not null && !options.Explain ? Math.Min(Math.Max(options.Jobs * 8, 64), 256) : Math.Max(options.Jobs * 8, 16);
        var runner = new OrderedParallelRunner<Outcome>(Math.Max(1, options.Jobs), maxAhead: ahead);
        runner.Run(inputs.Count, i => Process(pipeline, sink, inputs[i]), (i, outcome) =>
        {
            var input = inputs[i];
            if (outcome is null)
            {
                errors.Add((input.DisplayPath, "not processed: interrupted"));
                progress.FailedOne(input.DisplayPath);
                return;
            }
            if (outcome.Skipped) { progress.SkippedOne(input.DisplayPath); return; }
            var error = outcome.Error ?? sink.Commit(input, outcome.Prepared!);
            if (error is not null)
            {
                errors.Add((input.DisplayPath, error));
                progress.FailedOne(input.DisplayPath);
                return;
            }
            if (options.Explain) ExplainWriter.Write(console.Error, outcome.Result!);
            progress.Completed(input.DisplayPath, outcome.Questions, outcome.Warnings);
        }, cancel);
        sink.Complete();
        progress.Finish(errors);
        return errors.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    private Outcome Process(ExtractionPipeline pipeline, IResultSink sink, InputFile input)
    {
        try
        {
            var bytes = console.ReadAllBytes(input);
            if (sink.IsUpToDate(input, bytes)) return new Outcome(null, null, null, Skipped: true);
            var result = pipeline.Extract(input.DisplayPath, bytes);
            if (options.Script is not null) result = result with { Document = ScriptConverter.Convert(result.Document, options.Script) };
            // Serialised and staged here, on the worker, so the in-order writer only renames or prints.
            var doc = result.Document;
            return new Outcome(options.Explain ? result : null, sink.Prepare(input, result), null, false,
                doc.Questions.Count, doc.Warnings.Count + doc.Questions.Sum(q => q.Warnings.Count));
        }
        catch (Exception ex)
        {
            // One input never stops the batch: whatever went wrong is reported against that file.
            return new Outcome(null, null, InputFailure.Describe(ex), false);
        }
    }

    // First pass over a batch: which blocks recur across its documents. Only hashes are kept. Files that
    // fail here fail again, with their message, in the real pass.
    private RepetitionIndex? RepetitionPass(List<InputFile> inputs)
    {
        var index = new RepetitionIndex();
        if (inputs.Count < index.MinDocuments || inputs.Any(i => i.IsStdin)) return null;
        var reader = ExtractionPipeline.CreateDefault(options.Rules, options.Encoding, options.Limits, labels: options.Labels);
        var perFile = new IReadOnlyList<Model.Block>?[inputs.Count];
        for (int start = 0; start < inputs.Count; start += 64)
        {
            int count = Math.Min(64, inputs.Count - start);
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs) }, i =>
            {
                try { perFile[start + i] = reader.RepairedBlocks(inputs[start + i].DisplayPath, console.ReadAllBytes(inputs[start + i])); }
                catch (Exception) { perFile[start + i] = null; }
            });
            for (int i = start; i < start + count; i++)
            {
                if (perFile[i] is { } blocks) index.Add(blocks);
                perFile[i] = null;
            }
        }
        return index;
    }
}
