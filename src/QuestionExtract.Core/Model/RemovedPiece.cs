namespace QuestionExtract.Model;

/// <summary>Text the cleaner took out, with the rule that took it, so nothing disappears unexplained.</summary>
public sealed record RemovedPiece(string RuleId, string Text, SourceLocation Location);
