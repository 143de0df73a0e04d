using QuestionExtract.Cleaning;
using QuestionExtract.Reading;
using QuestionExtract.Segmenting;

namespace QuestionExtract.Cli;

/// <summary>Everything <c>extract</c> was asked to do, parsed and checked.</summary>
public sealed record ExtractOptions
{
    public required IReadOnlyList<string> Paths { get; init; }
    public string Format { get; init; } = "json";
    public string? OutputDir { get; init; }
    public required SiteRuleSet Rules { get; init; }
    public LabelLexicon Labels { get; init; } = LabelLexicon.BuiltIn;
    public string? Encoding { get; init; }
    public bool Explain { get; init; }
    public ReadLimits Limits { get; init; } = ReadLimits.Default;
    public string? Script { get; init; }
    public bool Repetition { get; init; } = true;
    public string? YamlSchema { get; init; }
    public int Jobs { get; init; } = Environment.ProcessorCount;
    public bool Quiet { get; init; }
    public bool Force { get; init; }
    public ShardSpec? Shard { get; init; }
    /// <summary>CSV starts with the UTF-8 byte order mark Excel needs to read Chinese.</summary>
    public bool Excel { get; init; }
    /// <summary>Anki deck name; default the document's title, else "qextract".</summary>
    public string? Deck { get; init; }
}
