using QuestionExtract.Pipeline;

namespace QuestionExtract.Cli;

/// <summary>
/// Where extracted documents go, in input order: stdout or one file per input. Preparing (serialising,
/// staging a file) runs on the worker threads; committing runs on one thread, in input order.
/// </summary>
public interface IResultSink
{
    /// <summary>True when the input's existing output is up to date (same sha256, newer than the input).</summary>
    bool IsUpToDate(InputFile input, byte[] content);

    /// <summary>Serialises one result and stages it. Thread-safe: touches nothing shared.</summary>
    PreparedOutput Prepare(InputFile input, ExtractionResult result);

    /// <summary>Makes one prepared result final; returns an error message, or null when written.</summary>
    string? Commit(InputFile input, PreparedOutput prepared);

    void Complete();
}
