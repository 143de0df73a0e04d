namespace QuestionExtract.Tests;

/// <summary>A base for command tests that write their inputs into a temporary folder, removed afterwards.</summary>
public abstract class TemporaryFolderTests(string prefix) : IDisposable
{
    protected string Dir { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public void Dispose()
    {
        Directory.Delete(Dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Writes <paramref name="text"/> to a path under the folder, making its folders; returns the full path.</summary>
    protected string Write(string relative, string text)
    {
        var path = Path.Combine(Dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
