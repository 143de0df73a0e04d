using QuestionExtract.Cleaning;
using QuestionExtract.Reading;
using QuestionExtract.Segmenting;

namespace QuestionExtract.Cli;

/// <summary>How documents are read and cleaned, as the shared extraction options set it.</summary>
public sealed record ExtractionSettings(SiteRuleSet Rules, string? Encoding, ReadLimits Limits, string? Script, LabelLexicon Labels);
