namespace QuestionExtract.Tests;

/// <summary>The checkout's root folder (the one holding QuestionExtract.sln), for tests that read samples/.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "QuestionExtract.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("QuestionExtract.sln not found above the test folder");
    }
}
