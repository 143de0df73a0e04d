namespace QuestionExtract.Tests;

/// <summary>The documents under samples/, as repository-relative paths in ordinal order.</summary>
public static class SampleFiles
{
    public static IReadOnlyList<string> All() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "samples"), "*.txt", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();
}
