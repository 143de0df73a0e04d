namespace QuestionExtract.Cleaning;

/// <summary>A rules or labels file that cannot be used, with the line and column of the problem.</summary>
public sealed class RuleFileException(string file, int line, int column, string reason)
    : Exception($"{file}:{line}:{column}: {reason}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Reason { get; } = reason;
}
