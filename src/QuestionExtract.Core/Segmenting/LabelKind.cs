namespace QuestionExtract.Segmenting;

/// <summary>Which field a label opens.</summary>
public enum LabelKind
{
    Answer,
    Analysis,
    Skills,
    /// <summary>The question itself (题干:), where the item opens with another part.</summary>
    Stem,
    /// <summary>What a test taker answered or scored (你的答案:, 得分:): accounted for, in no field.</summary>
    Respondent,
}
