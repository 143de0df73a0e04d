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
        "csv" => CsvOutputWriter.Rows(QuestionRow.Of(document)),
        "anki" => AnkiOutputWriter.Notes(QuestionRow.Of(document)),
        _ => JsonOutputWriter.Write(OutputTreeBuilder.Document(document), indented: true, depth: jsonDepth),
    };

    /// <summary>
    /// <see cref="Render"/> appended to <paramref name="output"/>: JSON and JSON Lines are written into it
    /// directly, so a document's text is not copied once more on its way to a file.
    /// </summary>
    public static void RenderTo(StringBuilder output, ExtractedDocument document, string format, int jsonDepth = 0, string? yamlSchema = null)
    {
        switch (format)
        {
            case "jsonl": JsonLinesTo(output, document); break;
            case "json": JsonOutputWriter.WriteTo(output, OutputTreeBuilder.Document(document), indented: true, depth: jsonDepth); break;
            default: output.Append(Render(document, format, jsonDepth, yamlSchema)); break;
        }
    }

    /// <summary>
    /// What heads a CSV or Anki file or stream (null for the other formats): the column names, with the byte
    /// order mark under --excel; Anki's header lines naming the deck (given, else the title, else "qextract").
    /// </summary>
    public static string? Header(string format, bool excel, string? deck, string? title) => format switch
    {
        "csv" => CsvOutputWriter.Header(excel),
        "anki" => AnkiOutputWriter.Header(deck ?? title),
        _ => null,
    };

    /// <summary>The file extension of an output format.</summary>
    public static string Extension(string format) => format switch
    {
        "jsonl" => ".jsonl", "yaml" => ".yaml", "csv" => ".csv", "anki" => ".txt", _ => ".json",
    };

    /// <summary>One line per question, each ending with a newline.</summary>
    public static string JsonLines(ExtractedDocument document)
    {
        var lines = new StringBuilder();
        JsonLinesTo(lines, document);
        return lines.ToString();
    }

    private static void JsonLinesTo(StringBuilder lines, ExtractedDocument document)
    {
        foreach (var question in document.Questions)
        {
            JsonOutputWriter.WriteTo(lines, OutputTreeBuilder.QuestionLine(document, question), indented: false);
            lines.Append('\n');
        }
    }
}
