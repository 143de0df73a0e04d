using System.CommandLine;

namespace QuestionExtract.Cli;

/// <summary><c>qextract extract PATH...</c>: questions out of documents, to stdout or one file per input.</summary>
public static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = PathsArgument.Create(
            $"Files, folders (searched recursively for {string.Join(" ", InputExpander.Extensions.Order(StringComparer.Ordinal))}) or - for standard input");
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl", "yaml", "csv", "anki");
        var output = new Option<string?>("--output", "-o") { Description = "Write one file per input into this folder (mirroring input folders) instead of stdout" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Files processed at once", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--jobs must be at least 1"); });
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress and no summary line on stderr (errors are still reported)" };
        var force = new Option<bool>("--force") { Description = "With --output, process inputs even when their output is up to date" };
        var shard = new Option<string?>("--shard") { Description = "K/N: process only every N-th input starting with the K-th, to split a batch across machines" };
        shard.Validators.Add(r => { if (!ShardSpec.TryParse(r.GetValueOrDefault<string?>() ?? "", out _)) r.AddError("--shard takes K/N with 1 <= K <= N"); });
        var noRepetition = new Option<bool>("--no-repetition") { Description = "Do not remove blocks that repeat across the batch (site furniture no rule knows)" };
        var explain = new Option<bool>("--explain") { Description = "Also print, on stderr, every removed piece with the rule that removed it" };
        var yamlSchema = new Option<string?>("--yaml-schema") { Description = "Stamp '# yaml-language-server: $schema=REF' at the top of YAML output, so editors check it" };
        var excel = new Option<bool>("--excel") { Description = "With --format csv, start with the UTF-8 byte order mark Excel needs to show Chinese" };
        var deck = new Option<string?>("--deck") { Description = "With --format anki, the deck to import into (default: the document's title, else qextract)" };
        var extraction = new ExtractionOptionSet();

        var command = new Command("extract", """
            Extract questions, answers and analyses from documents.

            Examples:
              qextract extract downloads/ -o out/             one JSON file per input under out/ (reruns skip what is up to date)
              qextract extract bank.txt | jq '.questions[].question'
              qextract extract downloads/ -f jsonl > all.jsonl  one question per line
              cat page.txt | qextract extract - -f yaml
              qextract extract corpus/ -f jsonl --shard 2/8    the second of eight shards
              qextract extract bank.docx -f csv --excel > bank.csv
              qextract extract bank.docx -f anki --deck Java > bank.txt   Anki: File > Import
            """)
        {
            paths, format, output, jobs, quiet, force, shard, noRepetition, explain, yamlSchema, excel, deck,
        };
        extraction.AddTo(command);
        // The stamp is a YAML comment: JSON has no comments, so asking for it there is a mistake to report.
        command.Validators.Add(r =>
        {
            if (r.GetValue(yamlSchema) is not null && r.GetValue(format) != "yaml") r.AddError("--yaml-schema needs --format yaml");
            if (r.GetValue(excel) && r.GetValue(format) != "csv") r.AddError("--excel needs --format csv");
            if (r.GetValue(deck) is not null && r.GetValue(format) != "anki") r.AddError("--deck needs --format anki");
        });
        command.SetAction((parse, cancel) =>
        {
            if (extraction.Resolve(parse, console) is not { } settings) return Task.FromResult(ExitCodes.UsageError);
            ShardSpec.TryParse(parse.GetValue(shard) ?? "", out var shardSpec);
            var options = new ExtractOptions
            {
                Paths = parse.GetValue(paths)!, Format = parse.GetValue(format)!, OutputDir = parse.GetValue(output), Rules = settings.Rules, Labels = settings.Labels,
                Encoding = settings.Encoding, Explain = parse.GetValue(explain), Limits = settings.Limits,
                Script = settings.Script, Repetition = !parse.GetValue(noRepetition), YamlSchema = parse.GetValue(yamlSchema),
                Jobs = parse.GetValue(jobs), Quiet = parse.GetValue(quiet), Force = parse.GetValue(force), Shard = shardSpec,
                Excel = parse.GetValue(excel), Deck = parse.GetValue(deck),
            };
            return Task.FromResult(new BatchExtractor(console, options).Run(cancel));
        });
        return command;
    }
}
