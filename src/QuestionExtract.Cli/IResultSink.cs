using QuestionExtract.Pipeline;

namespace QuestionExtract.Cli;

/// <summary>Where extracted documents go, in input order: stdout or one file per input.</summary>
public interface IResultSink
{
    /// <summary>True when the input's existing output is up to date (same sha256, newer than the input).</summary>
    bool IsUpToDate(InputFile input, byte[] content);

    /// <summary>Writes one result; returns an error message, or null when written.</summary>
    string? Write(InputFile input, ExtractionResult result);

    void Complete();
}
