namespace QuestionExtract.Segmenting;

/// <summary>Which field a label opens.</summary>
public enum LabelKind
{
    Answer,
    Analysis,
    Skills,
    /// <summary>The question itself (题干:), where the item opens with another part.</summary>
    Stem,
}
