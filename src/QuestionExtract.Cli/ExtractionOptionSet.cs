using System.CommandLine;
using QuestionExtract.Cleaning;
using QuestionExtract.Pipeline;
using QuestionExtract.Reading;
using QuestionExtract.Segmenting;

namespace QuestionExtract.Cli;

/// <summary>
/// The options that say how documents are read and cleaned, defined once for every command that extracts
/// (extract, explain, report), so each command reads the same documents the same way.
/// </summary>
public sealed class ExtractionOptionSet
{
    public Option<string?> Rules { get; } = new("--rules") { Description = "Extra site rules file (YAML, same schema as the built-in rules)" };
    public Option<string?> Labels { get; } = new("--labels") { Description = "Extra label words file (YAML, the keys of the built-in labels; its lists are added to them)" };
    public Option<bool> NoSiteRules { get; } = new("--no-site-rules") { Description = "Do not use the built-in site rules, only --rules files" };
    public Option<string?> Encoding { get; } = new("--encoding") { Description = "Read text files in this encoding instead of detecting it (e.g. gb18030, big5)" };
    public Option<string?> Script { get; } = new("--script") { Description = "Convert output text to simplified (hans) or traditional (hant) characters; default keeps the document's own" };
    public Option<long> MaxBytes { get; } = new("--max-bytes") { Description = "Largest input file to read, in bytes", DefaultValueFactory = _ => ReadLimits.Default.MaxFileBytes };

    public ExtractionOptionSet()
    {
        Script.AcceptOnlyFromAmong("hans", "hant");
        MaxBytes.Validators.Add(r => { if (r.GetValueOrDefault<long>() <= 0) r.AddError("--max-bytes must be positive"); });
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Rules);
        command.Options.Add(NoSiteRules);
        command.Options.Add(Labels);
        command.Options.Add(Encoding);
        command.Options.Add(Script);
        command.Options.Add(MaxBytes);
    }

    /// <summary>The settings the options ask for, or null after printing why they cannot be used (a usage error).</summary>
    public ExtractionSettings? Resolve(ParseResult parse, CliConsole console)
    {
        BuiltInData.WarmUp();
        var ruleSet = parse.GetValue(NoSiteRules) ? SiteRuleSet.Empty : SiteRuleSet.BuiltIn;
        if (parse.GetValue(Rules) is { } rulesFile)
        {
            try
            {
                ruleSet = ruleSet.With(SiteRuleSet.Load(rulesFile));
            }
            catch (Exception ex) when (ex is RuleFileException or IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"qextract: error: {ex.Message}");
                return null;
            }
        }
        var labels = LabelLexicon.BuiltIn;
        if (parse.GetValue(Labels) is { } labelsFile)
        {
            try
            {
                labels = labels.With(File.ReadAllText(labelsFile), labelsFile);
            }
            catch (Exception ex) when (ex is RuleFileException or IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"qextract: error: {ex.Message}");
                return null;
            }
        }
        var encoding = parse.GetValue(Encoding);
        if (encoding is not null && !TextDecoder.IsKnownEncoding(encoding))
        {
            console.Error.WriteLine($"qextract: error: unknown encoding '{encoding}'");
            return null;
        }
        return new ExtractionSettings(ruleSet, encoding, ReadLimits.Default with { MaxFileBytes = parse.GetValue(MaxBytes) }, parse.GetValue(Script), labels);
    }
}
