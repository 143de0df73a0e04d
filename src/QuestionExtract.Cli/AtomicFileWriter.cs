using System.Text;

namespace QuestionExtract.Cli;

/// <summary>
/// Writes a file whole or not at all: the content goes to a temporary file in the target folder, flushed to
/// disk, and is then renamed over the target, so a failure (disk full, permission, a crash) leaves the previous
/// output as it was. Staging and publishing are separate so that batches can stage on worker threads and
/// publish in input order; the flush to disk, which mostly waits on the device, runs in the background
/// between the two instead of holding up a worker.
/// </summary>
public static class AtomicFileWriter
{
    private static long _sequence;

    /// <param name="createFolder">Make the target's folder when missing (extract's output tree); otherwise a missing folder fails.</param>
    public static void Write(string path, string content, bool createFolder = true) => Publish(Stage(path, content, createFolder), path);

    /// <summary>
    /// Writes the content to a new temporary file beside <paramref name="path"/> and starts flushing it to disk;
    /// <see cref="Publish"/> waits for that flush before the rename.
    /// </summary>
    public static StagedFile Stage(string path, string content, bool createFolder = true)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (createFolder) Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Interlocked.Increment(ref _sequence)}.tmp");
        FileStream? stream = null;
        try
        {
            stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(new UTF8Encoding(false).GetBytes(content));
            return new StagedFile(temp, DiskFlusher.Shared.Enqueue(stream));
        }
        catch
        {
            stream?.Dispose();
            Delete(temp);
            throw;
        }
    }

    /// <summary>
    /// Waits until the staged content is on disk, then renames it over <paramref name="path"/>; on failure
    /// the staged file is removed and the target left as it was.
    /// </summary>
    public static void Publish(StagedFile staged, string path)
    {
        try
        {
            staged.Flushed.Wait();
            File.Move(staged.TempPath, path, overwrite: true);
        }
        catch
        {
            Discard(staged);
            throw;
        }
    }

    /// <summary>Drops a staged file that will not be published.</summary>
    public static void Discard(StagedFile staged)
    {
        try { staged.Flushed.Wait(); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        Delete(staged.TempPath);
    }

    private static void Delete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
