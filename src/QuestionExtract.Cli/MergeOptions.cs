using QuestionExtract.Cleaning;
using QuestionExtract.Reading;
using QuestionExtract.Segmenting;

namespace QuestionExtract.Cli;

/// <summary>Everything <c>merge</c> was asked to do, parsed and checked.</summary>
public sealed record MergeOptions
{
    public required IReadOnlyList<string> Paths { get; init; }
    public required string Format { get; init; }
    public string? Output { get; init; }
    public double Threshold { get; init; } = Merging.MergeSettings.DefaultThreshold;
    public bool Explain { get; init; }
    public int Jobs { get; init; } = Environment.ProcessorCount;
    public bool Quiet { get; init; }
    public bool Excel { get; init; }
    public string? Deck { get; init; }
    public required SiteRuleSet Rules { get; init; }
    public LabelLexicon Labels { get; init; } = LabelLexicon.BuiltIn;
    public string? Encoding { get; init; }
    public ReadLimits Limits { get; init; } = ReadLimits.Default;
    public string? Script { get; init; }
}
