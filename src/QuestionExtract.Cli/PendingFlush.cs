using System.Runtime.ExceptionServices;

namespace QuestionExtract.Cli;

/// <summary>A written file on its way to disk: <see cref="Wait"/> returns once it is durable, or throws why not.</summary>
public sealed class PendingFlush(FileStream stream)
{
    private readonly object _gate = new();
    private bool _done;
    private Exception? _error;

    /// <summary>Flushes to disk and closes the file; called once, by a <see cref="DiskFlusher"/> thread.</summary>
    internal void Run()
    {
        Exception? error = null;
        try
        {
            using (stream) stream.Flush(flushToDisk: true);
        }
        catch (Exception ex)
        {
            error = ex;
        }
        lock (_gate)
        {
            (_done, _error) = (true, error);
            Monitor.PulseAll(_gate);
        }
    }

    public void Wait()
    {
        lock (_gate)
        {
            while (!_done) Monitor.Wait(_gate);
        }
        if (_error is not null) ExceptionDispatchInfo.Throw(_error);
    }
}
