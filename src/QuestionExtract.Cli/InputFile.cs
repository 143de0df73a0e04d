namespace QuestionExtract.Cli;

/// <summary>One input: the path shown to the user and written to source.path, and its path under --output.</summary>
public sealed record InputFile(string DisplayPath, string? FullPath, string RelativeOutputPath)
{
    public bool IsStdin => FullPath is null;
}
