using QuestionExtract.Merging;
using QuestionExtract.Model;

namespace QuestionExtract.Writing;

/// <summary>
/// One question flattened for the table-like formats (CSV, Anki): the fields a person reviews, with where it
/// came from. Extracted and merged questions both become rows, so both writers serve extract and merge.
/// </summary>
public sealed record QuestionRow(
    string Source,
    string Number,
    string? Section,
    string Type,
    string Question,
    IReadOnlyList<ChoiceOption>? Options,
    string? Answer,
    string? Analysis,
    IReadOnlyList<string> Skills)
{
    public static IEnumerable<QuestionRow> Of(ExtractedDocument document) =>
        document.Questions.Select(q => Of(document.Source.Path, q));

    public static QuestionRow Of(string source, Question q) =>
        new(source, q.Number, q.Section, q.Type, q.QuestionText, q.Options, q.Answer, q.Analysis, q.Skills);

    /// <summary>A merged question: every source path, one per line.</summary>
    public static QuestionRow Of(MergedQuestion q) =>
        new(string.Join("\n", q.Sources.Select(s => s.Path).Distinct(StringComparer.Ordinal)), q.Number, q.Section, q.Type,
            q.QuestionText, q.Options, q.Answer, q.Analysis, q.Skills);

    /// <summary>The options as one text, one "A. text" per line.</summary>
    public string OptionsText => Options is null ? "" : string.Join("\n", Options.Select(o => $"{o.Label}. {o.Text}"));
}
