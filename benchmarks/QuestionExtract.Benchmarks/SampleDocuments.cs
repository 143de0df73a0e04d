namespace QuestionExtract.Benchmarks;

/// <summary>
/// The text documents of samples/seeds and samples/written, the representative inputs of the benchmarks. The
/// probes (samples/probes, one short document per layout) stay out, so the corpus stays the one earlier figures
/// were measured on.
/// </summary>
public static class SampleDocuments
{
    public static IReadOnlyList<(string Name, string Text)> Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QuestionExtract.sln"))) dir = dir.Parent;
        var samples = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("run from inside the repository"), "samples");
        return new[] { "seeds", "written" }.SelectMany(d => Directory.EnumerateFiles(Path.Combine(samples, d), "*.txt", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal).Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))).ToList();
    }
}
