using NJsonSchema;
using NJsonSchema.Validation;
using QuestionExtract.Text;

namespace QuestionExtract.Validation;

/// <summary>The published JSON Schema of the document format (schemas/question-document.schema.json), compiled once.</summary>
public static class QuestionSchema
{
    public static string Json { get; } = EmbeddedData.ReadText("question-document.schema.json");

    private static readonly Lazy<JsonSchema> Document = new(() => JsonSchema.FromJsonAsync(Json).GetAwaiter().GetResult());

    public static JsonSchema ForDocument => Document.Value;

    /// <summary>The schema of one question (the items of "questions"): what a JSON Lines line must satisfy.</summary>
    public static JsonSchema ForQuestionLine => Document.Value.Properties["questions"].Item!.ActualSchema;

    /// <summary>Schema errors, with nested errors (array items, sub-schemas) flattened.</summary>
    public static IEnumerable<ValidationError> Errors(JsonSchema schema, Newtonsoft.Json.Linq.JToken token) => Flatten(schema.Validate(token));

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var e in errors)
        {
            if (e is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var nested in Flatten(child.Errors.SelectMany(kv => kv.Value))) yield return nested;
                continue;
            }
            yield return e;
        }
    }
}
