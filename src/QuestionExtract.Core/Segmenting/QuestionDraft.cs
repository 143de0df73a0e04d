using QuestionExtract.Model;

namespace QuestionExtract.Segmenting;

/// <summary>A question as the segmenter found it, before ids and final checks are added.</summary>
public sealed class QuestionDraft
{
    /// <summary>The item's number as printed; an item header line (题号：2, 2/4) may give it after the marker did not.</summary>
    public required string Number { get; set; }
    public int? NumberValue { get; set; }
    public int SectionOrdinal { get; init; }
    public string? Section { get; init; }
    public double? Points { get; set; }
    public string Type { get; set; } = "open";
    /// <summary>The type the document states for the question outside its stem (a metadata line's 题型), if any.</summary>
    public string? DeclaredType { get; set; }
    public string Question { get; set; } = "";
    public List<ChoiceOption>? Options { get; set; }
    public string? Answer { get; set; }
    public string? Analysis { get; set; }
    public List<string> Skills { get; } = [];
    public List<string> Warnings { get; } = [];
    /// <summary>Text of this item the segmenter took as structure (labels, option letters, tags), for the accounting.</summary>
    public List<string> Consumed { get; } = [];
    public SourceLocation Location { get; init; }
    /// <summary>Where the item's text ends in the joined document text (to know which question a cut-off hits).</summary>
    public int End { get; init; }
    /// <summary>How clearly the decoder preferred keeping this question to skipping it (0–1); null for table rows.</summary>
    public double? Confidence { get; init; }
}
