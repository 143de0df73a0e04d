namespace QuestionExtract.Validation;

/// <summary>One unit to validate: a whole document, or one question line of a JSON Lines file.</summary>
public sealed record QuestionFileUnit(MarkedJson Json, bool IsQuestionLine);
