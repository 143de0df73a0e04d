namespace QuestionExtract.Segmenting;

/// <summary>Which field a label opens.</summary>
public enum LabelKind
{
    Answer,
    Analysis,
    Skills,
}
