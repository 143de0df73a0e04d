using QuestionExtract.Model;

namespace QuestionExtract.Merging;

/// <summary>One question as found in one input, the unit the merger groups.</summary>
public sealed record SourcedQuestion(Question Question, MergeSource Source);
