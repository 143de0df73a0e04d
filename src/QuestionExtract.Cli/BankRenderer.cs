using System.Text;
using QuestionExtract.Merging;
using QuestionExtract.Writing;

namespace QuestionExtract.Cli;

/// <summary>A merged bank as text in an output format: one document (json, yaml), one question per line (jsonl), or a table (csv, anki).</summary>
public static class BankRenderer
{
    public static string Render(IReadOnlyList<MergedQuestion> questions, string format, bool excel, string? deck) => format switch
    {
        "jsonl" => JsonLines(questions),
        "yaml" => YamlOutputWriter.Write([OutputTreeBuilder.Bank(questions)]),
        "csv" => CsvOutputWriter.Header(excel) + CsvOutputWriter.Rows(questions.Select(QuestionRow.Of)),
        "anki" => AnkiOutputWriter.Header(deck) + AnkiOutputWriter.Notes(questions.Select(QuestionRow.Of)),
        _ => JsonOutputWriter.Write(OutputTreeBuilder.Bank(questions)) + "\n",
    };

    /// <summary>The format an output file's extension asks for, when --format is not given.</summary>
    public static string FormatFor(string? outputPath) => Path.GetExtension(outputPath ?? "").ToLowerInvariant() switch
    {
        ".jsonl" => "jsonl", ".yaml" or ".yml" => "yaml", ".csv" => "csv", ".txt" => "anki", _ => "json",
    };

    private static string JsonLines(IReadOnlyList<MergedQuestion> questions)
    {
        var sb = new StringBuilder();
        foreach (var q in questions) sb.Append(JsonOutputWriter.Write(OutputTreeBuilder.Merged(q), indented: false)).Append('\n');
        return sb.ToString();
    }
}
