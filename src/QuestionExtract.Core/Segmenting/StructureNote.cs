using QuestionExtract.Model;

namespace QuestionExtract.Segmenting;

/// <summary>One structure candidate as <c>explain --structure</c> shows it: where, what, its score and the decoder's verdict.</summary>
public sealed record StructureNote(SourceLocation Location, string Kind, string Marker, string Features, double? Score, bool Accepted, double Confidence, string Reason)
{
    /// <summary>The kind of a note for an item's header lines (题号：2 题型：单选题, 2/4, 1 pt), listed beside the candidates but none itself.</summary>
    public const string ItemHeaderKind = "ItemHeader";
}
