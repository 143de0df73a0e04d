using QuestionExtract.Pipeline;

namespace QuestionExtract.Reporting;

/// <summary>One input of a report: its result, or the reason it could not be processed.</summary>
public sealed record ReportEntry(string Path, ExtractionResult? Result, string? Error);
