namespace QuestionExtract.Cli;

/// <summary>The one-line reason shown for an input that could not be processed.</summary>
public static class InputFailure
{
    public static string Describe(Exception ex) => ex switch
    {
        IOException or UnauthorizedAccessException or NotSupportedException or InvalidDataException => ex.Message,
        _ => $"internal error ({ex.GetType().Name}): {ex.Message}",
    };
}
