using QuestionExtract.Reading;

namespace QuestionExtract.Cli;

/// <summary>
/// Turns the paths on the command line into input files: files as given, folders searched recursively for
/// supported files (in ordinal order, so runs are deterministic), '-' for standard input.
/// </summary>
public static class InputExpander
{
    /// <summary>The extensions a folder is searched for (the help text lists these too, so it cannot go stale).</summary>
    public static IReadOnlySet<string> Extensions => DocumentReaders.SupportedExtensions;

    /// <param name="extensions">The files a folder yields (default: the documents extract reads).</param>
    public static List<InputFile> Expand(IEnumerable<string> paths, List<(string Path, string Reason)> errors, IReadOnlySet<string>? extensions = null)
    {
        extensions ??= Extensions;
        var result = new List<InputFile>();
        foreach (var raw in paths)
        {
            if (raw == "-")
            {
                result.Add(new InputFile("-", null, "stdin"));
                continue;
            }
            if (Directory.Exists(raw))
            {
                var root = Path.GetFullPath(raw);
                var files = Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
                    .Where(f => extensions.Contains(Path.GetExtension(f)))
                    .Select(f => Path.GetRelativePath(root, f))
                    .OrderBy(f => f, StringComparer.Ordinal);
                foreach (var relative in files)
                    result.Add(new InputFile(Path.Combine(raw, relative).Replace('\\', '/'), Path.Combine(root, relative), relative));
                continue;
            }
            if (File.Exists(raw))
            {
                result.Add(new InputFile(raw.Replace('\\', '/'), Path.GetFullPath(raw), Path.GetFileName(raw)));
                continue;
            }
            errors.Add((raw, "no such file or folder"));
        }
        return result;
    }
}
