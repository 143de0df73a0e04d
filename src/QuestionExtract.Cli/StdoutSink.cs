using QuestionExtract.Pipeline;
using QuestionExtract.Writing;

namespace QuestionExtract.Cli;

/// <summary>
/// Streams results to stdout as they complete: one JSON object for a single input, else a JSON array;
/// JSON Lines one question per line; YAML one document per input; CSV and Anki one header, then rows.
/// </summary>
public sealed class StdoutSink(TextWriter stdout, string format, bool singleDocument, string? yamlSchema, bool excel = false, string? deck = null) : IResultSink
{
    private int _written;

    public bool IsUpToDate(InputFile input, byte[] content) => false;

    public PreparedOutput Prepare(InputFile input, ExtractionResult result)
    {
        // The YAML schema comment heads the stream, not each document: Commit writes it once.
        // An Anki deck is named after the title only when the stream holds one document.
        var doc = result.Document;
        return new PreparedOutput(Content: DocumentRenderer.Render(doc, format, jsonDepth: singleDocument ? 0 : 1),
            Header: DocumentRenderer.Header(format, excel, deck, singleDocument ? doc.Title : null));
    }

    public string? Commit(InputFile input, PreparedOutput prepared)
    {
        var rendered = prepared.Content!;
        switch (format)
        {
            case "jsonl":
                stdout.Write(rendered);
                break;
            case "csv" or "anki":
                if (_written == 0) stdout.Write(prepared.Header);
                stdout.Write(rendered);
                break;
            case "yaml":
                // The schema comment heads the stream, so only the first document carries it.
                if (_written > 0) stdout.Write("---\n");
                else if (yamlSchema is not null) stdout.Write(YamlOutputWriter.SchemaLine(yamlSchema));
                stdout.Write(rendered);
                break;
            default:
                if (!singleDocument) stdout.Write(_written == 0 ? "[\n  " : ",\n  ");
                stdout.Write(rendered);
                if (singleDocument) stdout.Write('\n');
                break;
        }
        _written++;
        // Whole documents reach a reader down the pipe as soon as they are done.
        stdout.Flush();
        return null;
    }

    public void Complete()
    {
        if (format == "json" && !singleDocument) stdout.Write(_written == 0 ? "[]\n" : "\n]\n");
        // An empty batch is still a valid, importable file.
        if (_written == 0 && DocumentRenderer.Header(format, excel, deck, null) is { } header) stdout.Write(header);
        stdout.Flush();
    }
}
