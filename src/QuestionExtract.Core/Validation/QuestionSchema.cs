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

    /// <summary>The published schema of a merged bank (schemas/question-bank.schema.json).</summary>
    public static string BankJson { get; } = EmbeddedData.ReadText("question-bank.schema.json");

    private static readonly Lazy<SchemaChecker> Bank = new(() => SchemaChecker.Parse(BankJson));
    private static readonly Lazy<SchemaChecker> BankLine = new(() => Bank.Value.Definition("#/$defs/mergedQuestion"));

    public static SchemaChecker ForBank => Bank.Value;

    /// <summary>One merged question: what a line of a merged JSON Lines bank must satisfy.</summary>
    public static SchemaChecker ForBankLine => BankLine.Value;

    /// <summary>
    /// A merged bank is told apart by its shape: a document with kind "questionBank", a line with "sources"
    /// (extract never writes either).
    /// </summary>
    public static bool IsBank(Newtonsoft.Json.Linq.JToken root, bool isLine) => root is Newtonsoft.Json.Linq.JObject o &&
        (isLine ? o.ContainsKey("sources") : o["kind"] is Newtonsoft.Json.Linq.JValue { Value: "questionBank" });
}
