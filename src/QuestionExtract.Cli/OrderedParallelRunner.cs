namespace QuestionExtract.Cli;

/// <summary>
/// Runs work items on a fixed number of worker threads and hands each result to the calling thread in
/// input order. Items are claimed in order and at most <c>maxAhead</c> results wait unconsumed, so memory
/// stays bounded however many items there are, and the oldest unfinished item is always being worked on
/// (no barrier between groups of items: a slow item holds back only the writing, not the other workers).
/// Once cancellation is seen no new item is claimed; items claimed before it still complete and are consumed.
/// </summary>
public sealed class OrderedParallelRunner<T>(int workers, int maxAhead)
{
    /// <summary>Runs <paramref name="work"/> over items 0..count-1; <paramref name="consume"/> gets each in order,
    /// with <c>null</c> for an item never started because of cancellation.</summary>
    public void Run(int count, Func<int, T> work, Action<int, T?> consume, CancellationToken cancel)
    {
        var results = new T?[count];
        var done = new bool[count];
        var failures = new Exception?[count];
        int claimed = 0, consumed = 0;
        bool closed = false;
        var gate = new object();

        void Worker()
        {
            while (true)
            {
                int i;
                lock (gate)
                {
                    while (claimed - consumed >= maxAhead && !closed) Monitor.Wait(gate);
                    if (cancel.IsCancellationRequested) closed = true;
                    if (closed || claimed >= count) { Monitor.PulseAll(gate); return; }
                    i = claimed++;
                }
                T? result = default;
                Exception? failure = null;
                try { result = work(i); }
                catch (Exception ex) { failure = ex; }
                lock (gate)
                {
                    (results[i], failures[i], done[i]) = (result, failure, true);
                    Monitor.PulseAll(gate);
                }
            }
        }

        var threads = Enumerable.Range(0, Math.Max(1, Math.Min(workers, count)))
            .Select(n => new Thread(Worker) { IsBackground = true, Name = $"qextract worker {n}" }).ToList();
        threads.ForEach(t => t.Start());
        try
        {
            for (int i = 0; i < count; i++)
            {
                T? result;
                lock (gate)
                {
                    while (!done[i] && !(closed && i >= claimed)) Monitor.Wait(gate);
                    result = results[i];
                    results[i] = default;
                    consumed++;
                    Monitor.PulseAll(gate);
                }
                if (failures[i] is { } failure) throw new InvalidOperationException($"work item {i} failed", failure);
                consume(i, result);
            }
        }
        finally
        {
            lock (gate) { closed = true; Monitor.PulseAll(gate); }
            threads.ForEach(t => t.Join());
        }
    }
}
