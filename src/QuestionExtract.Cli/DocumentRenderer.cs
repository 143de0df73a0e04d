using System.Text;
using QuestionExtract.Model;
using QuestionExtract.Writing;

namespace QuestionExtract.Cli;

/// <summary>One extracted document as text in an output format; shared by the stdout and folder sinks.</summary>
public static class DocumentRenderer
{
    /// <param name="jsonDepth">Indentation depth of a JSON document (1 inside the array of a batch).</param>
    /// <param name="yamlSchema">The schema comment that heads a YAML file, if any.</param>
    public static string Render(ExtractedDocument document, string format, int jsonDepth = 0, string? yamlSchema = null) => format switch
    {
        "jsonl" => JsonLines(document),
        "yaml" => YamlOutputWriter.Write([OutputTreeBuilder.Document(document)], yamlSchema),
        _ => JsonOutputWriter.Write(OutputTreeBuilder.Document(document), indented: true, depth: jsonDepth),
    };

    /// <summary>One line per question, each ending with a newline.</summary>
    public static string JsonLines(ExtractedDocument document)
    {
        var lines = new StringBuilder();
        foreach (var question in document.Questions)
            lines.Append(JsonOutputWriter.Write(OutputTreeBuilder.QuestionLine(document, question), indented: false)).Append('\n');
        return lines.ToString();
    }
}
