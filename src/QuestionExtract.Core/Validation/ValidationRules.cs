namespace QuestionExtract.Validation;

/// <summary>The catalogue of validate's rules.</summary>
public static class ValidationRules
{
    public static readonly ValidationRule ParseError = new("parse-error", Severity.Error, "The file is not well-formed YAML, JSON or JSON Lines (or uses YAML anchors/aliases).");
    public static readonly ValidationRule EmptyFile = new("empty-file", Severity.Error, "A .json, .yaml or .yml file holds no document at all (empty, blank or only comments).");
    public static readonly ValidationRule Schema = new("schema", Severity.Error, "The document does not conform to the published JSON Schema.");
    public static readonly ValidationRule EmptyQuestion = new("empty-question", Severity.Error, "A question's text is empty or whitespace.");
    public static readonly ValidationRule MissingAnswer = new("missing-answer", Severity.Warning, "A question has no answer (an error with --require-answers).");
    public static readonly ValidationRule DuplicateId = new("duplicate-id", Severity.Error, "Two questions share an id, in one file or across the files given.");
    public static readonly ValidationRule DuplicateQuestion = new("duplicate-question", Severity.Warning, "The same question text (width, spacing, punctuation and script folded) appears twice.");
    public static readonly ValidationRule LeftoverBoilerplate = new("leftover-boilerplate", Severity.Error, "A text field still holds site furniture or a pinyin artifact the cleaner's rules recognise.");
    public static readonly ValidationRule GarbledText = new("garbled-text", Severity.Warning, "A text field holds garbled characters (mojibake).");
    public static readonly ValidationRule Numbering = new("numbering", Severity.Warning, "Question numbers within a section skip or repeat.");
    public static readonly ValidationRule DeclaredCount = new("declared-count", Severity.Warning, "declaredQuestionCount disagrees with the questions of a complete (not truncated) document.");

    public static readonly IReadOnlyList<ValidationRule> All =
        [ParseError, EmptyFile, Schema, EmptyQuestion, MissingAnswer, DuplicateId, DuplicateQuestion, LeftoverBoilerplate, GarbledText, Numbering, DeclaredCount];

    public static ValidationRule? Find(string id) => All.FirstOrDefault(r => r.Id == id);
}
