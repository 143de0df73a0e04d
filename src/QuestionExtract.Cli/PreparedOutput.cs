namespace QuestionExtract.Cli;

/// <summary>
/// One result made ready on a worker thread: its serialised text (stdout), or the file staged for its target
/// (--output), or why it could not be prepared.
/// </summary>
public sealed record PreparedOutput(string? Content = null, string? Target = null, StagedFile? Staged = null, string? Error = null);
