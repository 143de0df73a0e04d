namespace QuestionExtract.Model;

/// <summary>A change to text that stays in the document (for example a pinyin annotation dropped).</summary>
public sealed record Repair(string RuleId, string Before, string After, SourceLocation Location);
