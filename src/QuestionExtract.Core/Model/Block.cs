namespace QuestionExtract.Model;

/// <summary>One unit of text as a reader produced it, with where it came from.</summary>
public sealed record Block(string Text, BlockKind Kind, SourceLocation Location);
