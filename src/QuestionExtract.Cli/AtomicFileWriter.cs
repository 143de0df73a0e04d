using System.Text;

namespace QuestionExtract.Cli;

/// <summary>
/// Writes a file whole or not at all: the content goes to a temporary file in the target folder, flushed to
/// disk, and is then renamed over the target, so a failure (disk full, permission, a crash) leaves the previous
/// output as it was. Staging and publishing are separate so that batches can stage on worker threads (the
/// flush to disk is the slow part) and publish in input order.
/// </summary>
public static class AtomicFileWriter
{
    private static long _sequence;

    public static void Write(string path, string content) => Publish(Stage(path, content), path);

    /// <summary>Writes the content, durably, to a new temporary file beside <paramref name="path"/>; returns its path.</summary>
    public static string Stage(string path, string content)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Interlocked.Increment(ref _sequence)}.tmp");
        try
        {
            using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(new UTF8Encoding(false).GetBytes(content));
            stream.Flush(flushToDisk: true);
            return temp;
        }
        catch
        {
            Discard(temp);
            throw;
        }
    }

    /// <summary>Renames a staged file over <paramref name="path"/>; on failure the staged file is removed.</summary>
    public static void Publish(string staged, string path)
    {
        try
        {
            File.Move(staged, path, overwrite: true);
        }
        catch
        {
            Discard(staged);
            throw;
        }
    }

    public static void Discard(string staged)
    {
        try { File.Delete(staged); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
