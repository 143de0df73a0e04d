using QuestionExtract.Model;

namespace QuestionExtract.Segmenting;

/// <summary>One entry of a separate answer key: its section and number, answer and analysis.</summary>
public sealed record AnswerKeyEntry(int SectionOrdinal, int Number, string? Answer, string? Analysis, IReadOnlyList<string> Skills, SourceLocation Location);
