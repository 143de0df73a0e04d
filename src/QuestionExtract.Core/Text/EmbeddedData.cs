using System.Reflection;

namespace QuestionExtract.Text;

/// <summary>Reads the data files compiled into this assembly (rules, label words, script tables).</summary>
internal static class EmbeddedData
{
    public static string ReadText(string fileName)
    {
        var name = "QuestionExtract.Data." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded data file '{fileName}' is missing from the build");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
