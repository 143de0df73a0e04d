namespace QuestionExtract.Cli;

/// <summary>Process exit codes, as linters and batch tools use them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Some inputs failed; the others were processed.</summary>
    public const int SomeInputsFailed = 1;
    public const int UsageError = 2;
}
