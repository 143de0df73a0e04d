using System.CommandLine;
using System.Globalization;
using QuestionExtract.Merging;

namespace QuestionExtract.Cli;

/// <summary><c>qextract merge INPUT... -o bank.jsonl</c>: one record per distinct question across documents and extract outputs.</summary>
public static class MergeCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = PathsArgument.Create("Documents, extract's JSON/JSONL/YAML outputs, or folders of either (searched recursively)");
        var output = new Option<string?>("--output", "-o") { Description = "Write the bank to this file (default: stdout); its extension picks the format unless --format is given" };
        var format = new Option<string?>("--format", "-f") { Description = "Output format (default: from --output's extension, else json)" };
        format.AcceptOnlyFromAmong("json", "jsonl", "yaml", "csv", "anki");
        var threshold = new Option<double>("--threshold") { Description = "Similarity (Jaccard of 3-character shingles of the folded question) at which near duplicates merge", DefaultValueFactory = _ => MergeSettings.DefaultThreshold };
        threshold.Validators.Add(r => { var t = r.GetValueOrDefault<double>(); if (!(t > 0 && t <= 1)) r.AddError("--threshold must be above 0 and at most 1"); });
        var explain = new Option<bool>("--explain") { Description = "Print every merge on stderr: which copy went into which, and how similar they were" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Files read at once (the bank is the same for any number)", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--jobs must be at least 1"); });
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No summary line on stderr (errors are still reported)" };
        var excel = new Option<bool>("--excel") { Description = "With csv, start with the UTF-8 byte order mark Excel needs to show Chinese" };
        var deck = new Option<string?>("--deck") { Description = "With anki, the deck to import into (default: qextract)" };
        var extraction = new ExtractionOptionSet();

        var command = new Command("merge", """
            Merge questions from many documents into one bank: exact and near duplicates become one record
            listing every source; the kept answer is a complete one, then the longest, and other answers are kept
            as alternativeAnswers.

            Examples:
              qextract merge downloads/ -o bank.jsonl
              qextract merge out/*.json --explain -o bank.yaml      from earlier extract outputs
              qextract merge downloads/ -o bank.csv --excel
              qextract merge downloads/ -f anki --deck 面试 > bank.txt
            """)
        {
            paths, output, format, threshold, explain, jobs, quiet, excel, deck,
        };
        extraction.AddTo(command);
        command.Validators.Add(r =>
        {
            var f = r.GetValue(format) ?? BankRenderer.FormatFor(r.GetValue(output));
            if (r.GetValue(excel) && f != "csv") r.AddError("--excel needs --format csv");
            if (r.GetValue(deck) is not null && f != "anki") r.AddError("--deck needs --format anki");
        });
        command.SetAction((parse, cancel) =>
        {
            if (extraction.Resolve(parse, console) is not { } settings) return Task.FromResult(ExitCodes.UsageError);
            var options = new MergeOptions
            {
                Paths = parse.GetValue(paths)!, Output = parse.GetValue(output),
                Format = parse.GetValue(format) ?? BankRenderer.FormatFor(parse.GetValue(output)),
                Threshold = parse.GetValue(threshold), Explain = parse.GetValue(explain), Jobs = parse.GetValue(jobs),
                Quiet = parse.GetValue(quiet), Excel = parse.GetValue(excel), Deck = parse.GetValue(deck),
                Rules = settings.Rules, Labels = settings.Labels, Encoding = settings.Encoding, Limits = settings.Limits, Script = settings.Script,
            };
            return Task.FromResult(new BankMerger(console, options).Run(cancel));
        });
        return command;
    }
}
