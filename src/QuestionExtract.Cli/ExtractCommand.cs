using System.CommandLine;
using QuestionExtract.Cleaning;
using QuestionExtract.Pipeline;
using QuestionExtract.Reading;

namespace QuestionExtract.Cli;

/// <summary><c>qextract extract PATH...</c>: questions out of documents, to stdout or one file per input.</summary>
public static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (searched recursively for .txt .docx .html .htm .pdf .doc .rtf .md .markdown) or - for standard input",
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
        var jobs = new Option<int>("--jobs", "-j") { Description = "Files processed at once", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--jobs must be at least 1"); });
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress and no summary line on stderr (errors are still reported)" };
        var force = new Option<bool>("--force") { Description = "With --output, process inputs even when their output is up to date" };
        var shard = new Option<string?>("--shard") { Description = "K/N: process only every N-th input starting with the K-th, to split a batch across machines" };
        shard.Validators.Add(r => { if (!ShardSpec.TryParse(r.GetValueOrDefault<string?>() ?? "", out _)) r.AddError("--shard takes K/N with 1 <= K <= N"); });
        var rules = new Option<string?>("--rules") { Description = "Extra site rules file (YAML, same schema as the built-in rules)" };
        var noSiteRules = new Option<bool>("--no-site-rules") { Description = "Do not use the built-in site rules (only --rules files and repetition)" };
        var noRepetition = new Option<bool>("--no-repetition") { Description = "Do not remove blocks that repeat across the batch (site furniture no rule knows)" };
        var encoding = new Option<string?>("--encoding") { Description = "Read text files in this encoding instead of detecting it (e.g. gb18030, big5)" };
        var script = new Option<string?>("--script") { Description = "Convert output text to simplified (hans) or traditional (hant) characters; default keeps the document's own" };
        script.AcceptOnlyFromAmong("hans", "hant");
        var explain = new Option<bool>("--explain") { Description = "Also print, on stderr, every removed piece with the rule that removed it" };
        var yamlSchema = new Option<string?>("--yaml-schema") { Description = "Stamp '# yaml-language-server: $schema=REF' at the top of YAML output, so editors check it" };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Largest input file to read, in bytes", DefaultValueFactory = _ => ReadLimits.Default.MaxFileBytes };
        maxBytes.Validators.Add(r => { if (r.GetValueOrDefault<long>() <= 0) r.AddError("--max-bytes must be positive"); });

        var command = new Command("extract", """
            Extract questions, answers and analyses from documents.

            Examples:
              qextract extract downloads/ -o out/             one JSON file per input under out/ (reruns skip what is up to date)
              qextract extract bank.txt | jq '.questions[].question'
              qextract extract downloads/ -f jsonl > all.jsonl  one question per line
              cat page.txt | qextract extract - -f yaml
              qextract extract corpus/ -f jsonl --shard 2/8    the second of eight shards
            """)
        {
            paths, format, output, jobs, quiet, force, shard, rules, noSiteRules, noRepetition, encoding, script, explain, yamlSchema, maxBytes,
        };
        command.SetAction((parse, cancel) =>
        {
            BuiltInData.WarmUp();
            var ruleSet = parse.GetValue(noSiteRules) ? SiteRuleSet.Empty : SiteRuleSet.BuiltIn;
            if (parse.GetValue(rules) is { } rulesFile)
            {
                try
                {
                    ruleSet = ruleSet.With(SiteRuleSet.Load(rulesFile));
                }
                catch (Exception ex) when (ex is RuleFileException or IOException or UnauthorizedAccessException)
                {
                    console.Error.WriteLine($"qextract: error: {ex.Message}");
                    return Task.FromResult(ExitCodes.UsageError);
                }
            }
            var enc = parse.GetValue(encoding);
            if (enc is not null && !TextDecoder.IsKnownEncoding(enc))
            {
                console.Error.WriteLine($"qextract: error: unknown encoding '{enc}'");
                return Task.FromResult(ExitCodes.UsageError);
            }
            ShardSpec.TryParse(parse.GetValue(shard) ?? "", out var shardSpec);
            var options = new ExtractOptions
            {
                Paths = parse.GetValue(paths)!, Format = parse.GetValue(format)!, OutputDir = parse.GetValue(output), Rules = ruleSet,
                Encoding = enc, Explain = parse.GetValue(explain), Limits = ReadLimits.Default with { MaxFileBytes = parse.GetValue(maxBytes) },
                Script = parse.GetValue(script), Repetition = !parse.GetValue(noRepetition), YamlSchema = parse.GetValue(yamlSchema),
                Jobs = parse.GetValue(jobs), Quiet = parse.GetValue(quiet), Force = parse.GetValue(force), Shard = shardSpec,
            };
            return Task.FromResult(new BatchExtractor(console, options).Run(cancel));
        });
        return command;
    }
}
