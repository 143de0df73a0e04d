using System.CommandLine;
using QuestionExtract.Cleaning;
using QuestionExtract.Model;
using QuestionExtract.Pipeline;
using QuestionExtract.Reading;
using QuestionExtract.Writing;

namespace QuestionExtract.Cli;

/// <summary><c>qextract extract PATH...</c>: questions out of documents, to stdout or one file per input.</summary>
public static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (searched recursively for .txt .docx .html .htm .pdf .doc) or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(r =>
        {
            foreach (var t in r.Tokens)
                if (t.Value.StartsWith('-') && t.Value != "-") r.AddError($"Unknown option '{t.Value}'");
        });
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl", "yaml");
        var output = new Option<string?>("--output", "-o") { Description = "Write one file per input into this folder (mirroring input folders) instead of stdout" };
        var rules = new Option<string?>("--rules") { Description = "Extra site rules file (YAML, same schema as the built-in rules)" };
        var encoding = new Option<string?>("--encoding") { Description = "Read text files in this encoding instead of detecting it (e.g. gb18030, big5)" };
        var explain = new Option<bool>("--explain") { Description = "Also print, on stderr, every removed piece with the rule that removed it" };
        var script = new Option<string?>("--script") { Description = "Convert output text to simplified (hans) or traditional (hant) characters; default keeps the document's own" };
        script.AcceptOnlyFromAmong("hans", "hant");
        var yamlSchema = new Option<string?>("--yaml-schema") { Description = "Stamp '# yaml-language-server: $schema=REF' at the top of YAML output, so editors check it" };
        var noSiteRules = new Option<bool>("--no-site-rules") { Description = "Do not use the built-in site rules (only --rules files and repetition)" };
        var noRepetition = new Option<bool>("--no-repetition") { Description = "Do not remove blocks that repeat across the batch (site furniture no rule knows)" };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Largest input file to read, in bytes", DefaultValueFactory = _ => ReadLimits.Default.MaxFileBytes };
        maxBytes.Validators.Add(r => { if (r.GetValueOrDefault<long>() <= 0) r.AddError("--max-bytes must be positive"); });

        var command = new Command("extract", """
            Extract questions, answers and analyses from documents.

            Examples:
              qextract extract downloads/ -o out/             one JSON file per input under out/
              qextract extract bank.txt | jq '.questions[].question'
              qextract extract downloads/ -f jsonl > all.jsonl  one question per line
              cat page.txt | qextract extract - -f yaml
            """)
        {
            paths, format, output, rules, encoding, explain, maxBytes, script, noRepetition, noSiteRules, yamlSchema,
        };
        command.SetAction((parse, cancel) => Task.FromResult(Run(console, cancel, parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(output),
            parse.GetValue(rules), parse.GetValue(encoding), parse.GetValue(explain), parse.GetValue(maxBytes), parse.GetValue(script), parse.GetValue(noRepetition), parse.GetValue(noSiteRules), parse.GetValue(yamlSchema))));
        return command;
    }

    private static int Run(CliConsole console, CancellationToken cancel, string[] paths, string format, string? outputDir, string? rulesFile, string? encoding, bool explain, long maxBytes, string? script, bool noRepetition, bool noSiteRules, string? yamlSchema)
    {
        var ruleSet = noSiteRules ? SiteRuleSet.Empty : SiteRuleSet.BuiltIn;
        if (rulesFile is not null)
        {
            try
            {
                ruleSet = ruleSet.With(SiteRuleSet.Load(rulesFile));
            }
            catch (Exception ex) when (ex is RuleFileException or IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"qextract: error: {ex.Message}");
                return ExitCodes.UsageError;
            }
        }
        if (encoding is not null && !TextDecoder.IsKnownEncoding(encoding))
        {
            console.Error.WriteLine($"qextract: error: unknown encoding '{encoding}'");
            return ExitCodes.UsageError;
        }

        var errors = new List<(string Path, string Reason)>();
        var inputs = InputExpander.Expand(paths, errors);
        var limits = ReadLimits.Default with { MaxFileBytes = maxBytes };
        var repetition = noRepetition ? null : RepetitionPass(console, inputs, ruleSet, encoding, limits);
        var pipeline = ExtractionPipeline.CreateDefault(ruleSet, encoding, limits, repetition);
        var results = new List<(InputFile Input, ExtractionResult Result)>();
        foreach (var input in inputs)
        {
            // Ctrl-C: stop starting files; what is finished is written whole below, nothing is half-written.
            if (cancel.IsCancellationRequested)
            {
                errors.Add((input.DisplayPath, "not processed: interrupted"));
                continue;
            }
            try
            {
                var bytes = console.ReadAllBytes(input);
                var result = pipeline.Extract(input.DisplayPath, bytes);
                if (script is not null) result = result with { Document = ScriptConverter.Convert(result.Document, script) };
                results.Add((input, result));
                if (explain) ExplainWriter.Write(console.Error, result);
            }
            catch (Exception ex)
            {
                // One input never stops the batch: whatever went wrong is reported against that file.
                errors.Add((input.DisplayPath, InputFailure.Describe(ex)));
            }
        }

        if (outputDir is not null) WriteFiles(outputDir, format, results, errors, yamlSchema);
        else WriteStdout(console.Out, format, results, singleDocument: paths.Length == 1 && inputs.Count == 1 && (inputs[0].IsStdin || File.Exists(paths[0])), yamlSchema);

        foreach (var (path, reason) in errors) console.Error.WriteLine($"qextract: error: {path}: {reason}");
        return errors.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    // First pass over a batch: which blocks recur across its documents. Files that fail here fail again,
    // with their message, in the real pass.
    private static RepetitionIndex? RepetitionPass(CliConsole console, List<InputFile> inputs, SiteRuleSet rules, string? encoding, ReadLimits limits)
    {
        var index = new RepetitionIndex();
        if (inputs.Count < index.MinDocuments || inputs.Any(i => i.IsStdin)) return null;
        var reader = ExtractionPipeline.CreateDefault(rules, encoding, limits);
        foreach (var input in inputs)
        {
            try { index.Add(reader.RepairedBlocks(input.DisplayPath, console.ReadAllBytes(input))); }
            catch (Exception) { /* reported by the extraction pass */ }
        }
        return index;
    }

    private static void WriteStdout(TextWriter stdout, string format, List<(InputFile Input, ExtractionResult Result)> results, bool singleDocument, string? yamlSchema)
    {
        var documents = results.Select(r => r.Result.Document).ToList();
        switch (format)
        {
            case "jsonl":
                foreach (var line in JsonLines(documents)) stdout.Write(line + "\n");
                break;
            case "yaml":
                stdout.Write(YamlOutputWriter.Write(documents.Select(d => (object?)OutputTreeBuilder.Document(d)), yamlSchema));
                break;
            default:
                if (singleDocument && documents.Count == 1) stdout.Write(JsonOutputWriter.Write(OutputTreeBuilder.Document(documents[0])) + "\n");
                else if (!singleDocument) stdout.Write(JsonOutputWriter.Write(documents.Select(d => (object?)OutputTreeBuilder.Document(d)).ToList()) + "\n");
                break;
        }
        stdout.Flush();
    }

    private static void WriteFiles(string outputDir, string format, List<(InputFile Input, ExtractionResult Result)> results, List<(string, string)> errors, string? yamlSchema)
    {
        var extension = format switch { "jsonl" => ".jsonl", "yaml" => ".yaml", _ => ".json" };
        var claimed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (input, result) in results)
        {
            string target;
            try
            {
                target = OutputPathMapper.Map(outputDir, input.RelativeOutputPath, extension);
            }
            catch (IOException ex)
            {
                errors.Add((input.DisplayPath, ex.Message));
                continue;
            }
            if (!claimed.TryAdd(target, input.DisplayPath))
            {
                errors.Add((input.DisplayPath, $"output {target} is already written for {claimed[target]}; not overwritten"));
                continue;
            }
            var document = result.Document;
            var content = format switch
            {
                "jsonl" => string.Concat(JsonLines([document]).Select(l => l + "\n")),
                "yaml" => YamlOutputWriter.Write([OutputTreeBuilder.Document(document)], yamlSchema),
                _ => JsonOutputWriter.Write(OutputTreeBuilder.Document(document)) + "\n",
            };
            try
            {
                AtomicFileWriter.Write(target, content);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add((input.DisplayPath, $"cannot write {target}: {ex.Message}"));
            }
        }
    }

    private static IEnumerable<string> JsonLines(IEnumerable<ExtractedDocument> documents) =>
        documents.SelectMany(d => d.Questions.Select(q => JsonOutputWriter.Write(OutputTreeBuilder.QuestionLine(d, q), indented: false)));
}
