using System.Diagnostics;

namespace QuestionExtract.Cli;

/// <summary>
/// Progress on stderr while a batch runs — only when stderr is a terminal and not --quiet, so pipes and CI
/// logs get results only — then the errors, and the one-line summary last.
/// </summary>
public sealed class ProgressReporter(CliConsole console, int total, bool quiet)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _live = console.ErrorIsTerminal && !quiet;
    private long _lastDraw = -1000;

    public int Done { get; private set; }
    public int Failed { get; private set; }
    public int Skipped { get; private set; }
    public int Questions { get; private set; }
    public int Warnings { get; private set; }

    public void Completed(string path, int questions, int warnings)
    {
        Done++;
        Questions += questions;
        Warnings += warnings;
        Draw(path);
    }

    public void FailedOne(string path)
    {
        Done++;
        Failed++;
        Draw(path);
    }

    public void SkippedOne(string path)
    {
        Done++;
        Skipped++;
        Draw(path);
    }

    /// <summary>Clears the progress line, names every failed input with its reason, then prints the summary (unless quiet).</summary>
    public void Finish(IReadOnlyList<(string Path, string Reason)> errors)
    {
        if (_live) console.Error.Write("\r\u001b[K");
        foreach (var (path, reason) in errors) console.Error.WriteLine($"qextract: error: {path}: {reason}");
        // Last, so a reader of a long run's log finds the counts at the end, after the errors.
        if (quiet) return;
        var seconds = _clock.Elapsed.TotalSeconds;
        var skipped = Skipped > 0 ? $", {Skipped} up to date" : "";
        console.Error.WriteLine(FormattableString.Invariant(
            $"qextract: {Done} files, {Questions} questions, {Warnings} warnings, {Failed} failed{skipped}, {seconds:0.0} s"));
    }

    private void Draw(string path)
    {
        if (!_live) return;
        long now = _clock.ElapsedMilliseconds;
        if (now - _lastDraw < 100 && Done < total) return;
        _lastDraw = now;
        var rate = Done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        var name = path.Length > 40 ? "…" + path[^39..] : path;
        console.Error.Write(FormattableString.Invariant($"\r\u001b[K[{Done}/{total}] {rate:0} files/s, {Failed} failed  {name}"));
    }
}
