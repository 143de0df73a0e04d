using QuestionExtract.Text;

namespace QuestionExtract.Validation;

/// <summary>The published JSON Schema of the document format (schemas/question-document.schema.json), read once.</summary>
public static class QuestionSchema
{
    public static string Json { get; } = EmbeddedData.ReadText("question-document.schema.json");

    private static readonly Lazy<SchemaChecker> Document = new(() => SchemaChecker.Parse(Json));
    private static readonly Lazy<SchemaChecker> QuestionLine = new(() => Document.Value.Definition("#/$defs/question"));

    public static SchemaChecker ForDocument => Document.Value;

    /// <summary>The schema of one question (the items of "questions"): what a JSON Lines line must satisfy.</summary>
    public static SchemaChecker ForQuestionLine => QuestionLine.Value;
}
