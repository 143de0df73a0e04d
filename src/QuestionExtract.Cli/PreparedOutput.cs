namespace QuestionExtract.Cli;

/// <summary>
/// One result made ready on a worker thread: its serialised text (stdout), or the file staged for its target
/// (--output), or why it could not be prepared. Header is what heads a stdout stream when this result comes
/// first (CSV column names, Anki header lines).
/// </summary>
public sealed record PreparedOutput(string? Content = null, string? Target = null, StagedFile? Staged = null, string? Error = null, string? Header = null);
