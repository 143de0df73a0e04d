using Microsoft.Win32.SafeHandles;

namespace QuestionExtract.Cli;

/// <summary>
/// A temporary file holding an output's whole content, on its way to disk: <see cref="Flushed"/> completes
/// when the content is durable (or fails with the reason it could not be made so).
/// </summary>
public sealed record StagedFile(string TempPath, PendingFlush Flushed)
{
    /// <summary>The file the rename will replace, held open until it is replaced (see <see cref="AtomicFileWriter"/>); null when none.</summary>
    public SafeFileHandle? Replaced { get; init; }
}
