using QuestionExtract.Model;

namespace QuestionExtract.Segmenting;

/// <summary>One structure candidate as <c>explain --structure</c> shows it: where, what, its score and the decoder's verdict.</summary>
public sealed record StructureNote(SourceLocation Location, string Kind, string Marker, string Features, double? Score, bool Accepted, double Confidence, string Reason);
