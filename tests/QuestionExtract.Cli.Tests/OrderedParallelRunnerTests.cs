using QuestionExtract.Cli;

namespace QuestionExtract.Cli.Tests;

public class OrderedParallelRunnerTests
{
    [Fact]
    public void Results_arrive_in_input_order_whatever_order_they_finish_in()
    {
        var seen = new List<int>();
        // Early items are the slow ones, so later items finish first.
        new OrderedParallelRunner<int>(workers: 4, maxAhead: 8).Run(40, i =>
        {
            Thread.Sleep(i % 5 == 0 ? 20 : 0);
            return i * 10;
        }, (i, r) => seen.Add(r), CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => i * 10), seen);
    }

    [Fact]
    public void No_more_than_max_ahead_results_wait_unconsumed()
    {
        int started = 0, consumed = 0, worst = 0;
        new OrderedParallelRunner<int>(workers: 3, maxAhead: 5).Run(60, i =>
        {
            int ahead = Interlocked.Increment(ref started) - Volatile.Read(ref consumed);
            InterlockedMax(ref worst, ahead);
            return i;
        }, (i, r) =>
        {
            Thread.Sleep(2); // a slow writer
            Interlocked.Increment(ref consumed);
        }, CancellationToken.None);
        // Workers do run ahead of a slow writer, but by at most 5 (+1: the result being handed over counts as
        // consumed by the runner a moment before this callback counts it).
        Assert.InRange(worst, 2, 6);
    }

    [Fact]
    public void After_cancellation_no_new_item_starts_and_unstarted_items_are_reported_as_null()
    {
        using var cancel = new CancellationTokenSource();
        var results = new List<int?>();
        new OrderedParallelRunner<int?>(workers: 2, maxAhead: 4).Run(100, i =>
        {
            if (i == 10) cancel.Cancel();
            return i;
        }, (i, r) => results.Add(r), cancel.Token);
        Assert.Equal(100, results.Count);
        int firstMissing = results.IndexOf(null);
        Assert.InRange(firstMissing, 11, 16); // what was claimed before the cancel still completes
        Assert.All(results.Skip(firstMissing), r => Assert.Null(r));
        Assert.Equal(Enumerable.Range(0, firstMissing).Select(i => (int?)i), results.Take(firstMissing));
    }

    [Fact]
    public void A_failing_item_surfaces_on_the_calling_thread_after_the_items_before_it()
    {
        var consumed = new List<int>();
        var ex = Assert.Throws<InvalidOperationException>(() =>
            new OrderedParallelRunner<int>(workers: 2, maxAhead: 4).Run(20, i => i == 7 ? throw new FormatException("bad") : i,
                (i, r) => consumed.Add(r), CancellationToken.None));
        Assert.IsType<FormatException>(ex.InnerException);
        Assert.Equal(Enumerable.Range(0, 7), consumed);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }
}
