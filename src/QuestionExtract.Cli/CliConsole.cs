namespace QuestionExtract.Cli;

/// <summary>Where a command writes results, messages, and reads standard input from (replaceable in tests).</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStdin);
