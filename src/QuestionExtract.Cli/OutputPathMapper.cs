using System.Text;

namespace QuestionExtract.Cli;

/// <summary>
/// Maps an input's relative path to its output file under --output: each segment sanitised (no '..',
/// no characters or device names Windows refuses, no leading dots), and the result checked to stay inside
/// the output folder whatever the input path was.
/// </summary>
public static class OutputPathMapper
{
    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    public static string Map(string outputDir, string relativeInput, string extension)
    {
        var segments = relativeInput.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s is not "." and not "..").Select(Sanitise).ToList();
        if (segments.Count == 0) segments.Add("document");
        segments[^1] = Path.ChangeExtension(segments[^1], null) + extension;
        var root = Path.GetFullPath(outputDir);
        var full = Path.GetFullPath(Path.Combine([root, .. segments]));
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new IOException($"output path for '{relativeInput}' would leave the output folder");
        return full;
    }

    private static string Sanitise(string segment)
    {
        var sb = new StringBuilder(segment.Length);
        foreach (var c in segment)
            sb.Append(c < ' ' || "<>:\"|?*".Contains(c) ? '_' : c);
        var name = sb.ToString().TrimEnd(' ', '.').TrimStart('.');
        if (name.Length == 0) name = "_";
        var stem = name.Split('.')[0];
        return DeviceNames.Contains(stem) ? "_" + name : name;
    }
}
