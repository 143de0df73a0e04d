using QuestionExtract.Model;
using QuestionExtract.Pipeline;
using QuestionExtract.Writing;

namespace QuestionExtract.Cli;

/// <summary>
/// Streams results to stdout as they complete: one JSON object for a single input, else a JSON array;
/// JSON Lines one question per line; YAML one document per input.
/// </summary>
public sealed class StdoutSink(TextWriter stdout, string format, bool singleDocument, string? yamlSchema) : IResultSink
{
    private int _written;

    public bool IsUpToDate(InputFile input, byte[] content) => false;

    public string? Write(InputFile input, ExtractionResult result)
    {
        var document = result.Document;
        switch (format)
        {
            case "jsonl":
                foreach (var line in JsonLines(document)) stdout.Write(line + "\n");
                break;
            case "yaml":
                if (_written > 0) stdout.Write("---\n");
                stdout.Write(YamlOutputWriter.Write([OutputTreeBuilder.Document(document)], _written == 0 ? yamlSchema : null));
                break;
            default:
                var json = JsonOutputWriter.Write(OutputTreeBuilder.Document(document), indented: true, depth: singleDocument ? 0 : 1);
                stdout.Write(singleDocument ? json + "\n" : (_written == 0 ? "[\n  " : ",\n  ") + json);
                break;
        }
        _written++;
        return null;
    }

    public void Complete()
    {
        if (format == "json" && !singleDocument) stdout.Write(_written == 0 ? "[]\n" : "\n]\n");
        stdout.Flush();
    }

    public static IEnumerable<string> JsonLines(ExtractedDocument d) =>
        d.Questions.Select(q => JsonOutputWriter.Write(OutputTreeBuilder.QuestionLine(d, q), indented: false));
}
