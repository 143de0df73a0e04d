using System.Text.RegularExpressions;

namespace QuestionExtract.Tests.Specs;

/// <summary>Reads the cases of a spec markdown file: "## name", then ```input (optionally ```input notes.md) and ```expect blocks.</summary>
public static partial class SpecFile
{
    // A block whose input holds a Markdown fence of its own is fenced with more backticks (````input), as Markdown allows.
    [GeneratedRegex(@"^(?<f>`{3,})(?<tag>\w+)(?:[ \t]+(?<name>[\w.-]+))?\n(?<body>.*?)\n\k<f>$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencePattern();

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Specs");

    public static IEnumerable<SpecCase> ReadAll() =>
        Directory.EnumerateFiles(Folder, "*.md").Where(f => Path.GetFileName(f) != "README.md")
            .OrderBy(f => f, StringComparer.Ordinal).SelectMany(Read);

    public static IEnumerable<SpecCase> Read(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        foreach (var section in Cases(text))
        {
            var name = section[..section.IndexOf('\n')].Trim();
            string? input = null, expect = null, fileName = null;
            foreach (Match m in FencePattern().Matches(section))
            {
                if (m.Groups["tag"].Value == "input")
                {
                    input = m.Groups["body"].Value;
                    if (m.Groups["name"].Success) fileName = m.Groups["name"].Value;
                }
                else if (m.Groups["tag"].Value == "expect") expect = m.Groups["body"].Value;
            }
            if (input is null || expect is null)
                throw new InvalidDataException($"{Path.GetFileName(path)}: case '{name}' needs an input and an expect block");
            yield return new SpecCase(Path.GetFileName(path), name, input, expect) { FileName = fileName ?? SpecCase.DefaultFileName };
        }
    }

    // The text after each "## " case heading; a "## " inside a fenced block is Markdown input, not a case.
    private static IEnumerable<string> Cases(string text)
    {
        var lines = text.Split('\n');
        string? fence = null;
        int start = -1;
        for (int i = 0; i < lines.Length; i++)
        {
            if (fence is null && lines[i].StartsWith("```", StringComparison.Ordinal)) fence = lines[i][..(lines[i].Length - lines[i].TrimStart('`').Length)];
            else if (fence is not null && lines[i].TrimEnd() == fence) fence = null;
            else if (fence is null && lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                if (start >= 0) yield return string.Join('\n', lines[start..i])[3..];
                start = i;
            }
        }
        if (start >= 0) yield return string.Join('\n', lines[start..])[3..];
    }
}
