using System.Collections.Concurrent;
using System.Text;
using Microsoft.Win32.SafeHandles;

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
    private static readonly UTF8Encoding Utf8 = new(false);
    private static readonly ConcurrentDictionary<string, byte> CreatedFolders = new(StringComparer.Ordinal);

    /// <param name="createFolder">Make the target's folder when missing (extract's output tree); otherwise a missing folder fails.</param>
    public static void Write(string path, string content, bool createFolder = true) => Publish(Stage(path, content, createFolder), path);

    /// <summary>
    /// Writes the content to a new temporary file beside <paramref name="path"/> and starts flushing it to disk;
    /// <see cref="Publish"/> waits for that flush before the rename.
    /// </summary>
    public static StagedFile Stage(string path, string content, bool createFolder = true) => Stage(path, createFolder, null, content);

    /// <summary><see cref="Stage(string, string, bool)"/> of a builder's text, encoded from its chunks (no string made).</summary>
    public static StagedFile Stage(string path, StringBuilder content, bool createFolder = true) => Stage(path, createFolder, content, null);

    // A worker's buffer for encoding: the content goes to the file a buffer at a time, so neither an encoded
    // copy of a whole output nor a pool of output-sized buffers (which raised the peak memory) is kept.
    [ThreadStatic]
    private static byte[]? t_encoded;

    private static void WriteUtf8(FileStream stream, StringBuilder? builder, string? text)
    {
        var buffer = t_encoded ??= new byte[64 * 1024];
        int filled = 0;
        // One encoder across the chunks, so a surrogate pair split between two of them is encoded whole.
        var encoder = Utf8.GetEncoder();
        if (builder is not null)
            foreach (var chunk in builder.GetChunks()) Encode(chunk.Span, flush: false);
        Encode(text, flush: true);
        stream.Write(buffer, 0, filled);

        // Chunks are encoded into the buffer one after another; it goes to the file when full.
        void Encode(ReadOnlySpan<char> chars, bool flush)
        {
            while (true)
            {
                // Room for any character (a replacement or a surrogate pair takes at most four bytes).
                if (buffer.Length - filled < 16)
                {
                    stream.Write(buffer, 0, filled);
                    filled = 0;
                }
                encoder.Convert(chars, buffer.AsSpan(filled), flush, out int used, out int written, out bool completed);
                filled += written;
                chars = chars[used..];
                if (completed) return;
            }
        }
    }

    private static StagedFile Stage(string path, bool createFolder, StringBuilder? builder, string? text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        // A batch writes many files into few folders: each is made once, not asked for again per file.
        if (createFolder && !CreatedFolders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            CreatedFolders.TryAdd(folder, 0);
        }
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Interlocked.Increment(ref _sequence)}.tmp");
        FileStream? stream = null;
        try
        {
            try
            {
                stream = Create(temp);
            }
            catch (DirectoryNotFoundException) when (createFolder)
            {
                // The folder was removed since it was made: make it again, as a first write would.
                Directory.CreateDirectory(folder);
                stream = Create(temp);
            }
            WriteUtf8(stream, builder, text);
            return new StagedFile(temp, DiskFlusher.Shared.Enqueue(stream)) { Replaced = OpenReplaced(path) };
        }
        catch
        {
            stream?.Dispose();
            Delete(temp);
            throw;
        }
    }

    // The file a rename will replace, held open so that the rename does not free it. Linux frees a replaced
    // file's blocks inside the rename, with its folder locked, and on a disk mounted with discard it waits for
    // the device there: workers creating their next files in that folder waited behind it (a rerun of the
    // benchmark's 666 docx+html into the same folder: a fifth of each worker's time, perf sched). Freed when
    // the last handle closes, on a flush thread, the folder is not locked. Elsewhere replacing an open file
    // may fail, so this is Linux only.
    private static SafeFileHandle? OpenReplaced(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;  // nothing there yet, or not a file we may read: the rename decides
        }
    }

    // Unbuffered: the content is written in one call, and the stream's own buffer would only be allocated.
    private static FileStream Create(string temp) => new(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);

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
            DiskFlusher.Shared.Close(staged.Replaced);
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
        staged.Replaced?.Dispose();
        Delete(staged.TempPath);
    }

    private static void Delete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
