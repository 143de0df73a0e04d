namespace QuestionExtract.Benchmarks;

/// <summary>The seed documents of samples/, the representative inputs of the benchmarks.</summary>
public static class SampleDocuments
{
    public static IReadOnlyList<(string Name, string Text)> Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QuestionExtract.sln"))) dir = dir.Parent;
        var samples = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("run from inside the repository"), "samples");
        return Directory.EnumerateFiles(samples, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))).ToList();
    }
}
