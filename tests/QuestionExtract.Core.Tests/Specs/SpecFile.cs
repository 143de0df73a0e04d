using System.Text.RegularExpressions;

namespace QuestionExtract.Tests.Specs;

/// <summary>Reads the cases of a spec markdown file: "## name", then ```input (optionally ```input notes.md) and ```expect blocks.</summary>
public static partial class SpecFile
{
    [GeneratedRegex(@"^```(?<tag>\w+)(?:[ \t]+(?<name>[\w.-]+))?\n(?<body>.*?)\n```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencePattern();

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Specs");

    public static IEnumerable<SpecCase> ReadAll() =>
        Directory.EnumerateFiles(Folder, "*.md").Where(f => Path.GetFileName(f) != "README.md")
            .OrderBy(f => f, StringComparer.Ordinal).SelectMany(Read);

    public static IEnumerable<SpecCase> Read(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        var sections = text.Split("\n## ");
        foreach (var section in sections.Skip(1))
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
}
