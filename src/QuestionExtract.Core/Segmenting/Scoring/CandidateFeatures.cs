namespace QuestionExtract.Segmenting.Scoring;

/// <summary>What the scorer saw at one question candidate, and the score its weights give.</summary>
public sealed record CandidateFeatures
{
    public bool LineStart { get; init; }
    public bool LongLine { get; init; }
    public bool GluedAfterLetterOrDigit { get; init; }
    public bool Asks { get; init; }
    public bool OptionsFollow { get; init; }
    public bool LabelFollows { get; init; }
    public bool LinesFollow { get; init; }
    public bool HeadingBlock { get; init; }
    public bool QuestionLevelHeading { get; init; }
    public bool NestedUnderItem { get; init; }
    public bool SubQuestionsFollow { get; init; }
    public bool PointsNote { get; init; }
    public bool InAnswerKey { get; init; }
    public bool AnsweredByKey { get; init; }
    public bool InStatementPart { get; init; }
    public bool AskingInNumberedDocument { get; init; }
    public bool AskingRun { get; init; }
    public bool AskingList { get; init; }
    public bool AnsweredList { get; init; }
    public bool CollapsedBody { get; init; }
    public bool InAnswerList { get; init; }
    /// <summary>A list a named question's own line introduces with a colon (讨论要求： ⏎ 1．): its requirements.</summary>
    public bool InRequirementList { get; init; }
    /// <summary>An interviewer's follow-up (追问：) under a numbered, bulleted or bare question: part of it.</summary>
    public bool FollowUpOfItem { get; init; }
    public bool CommentedTask { get; init; }
    public double Score { get; init; }

    /// <summary>The features that are set, for <c>explain --structure</c>.</summary>
    public string Describe()
    {
        var names = new List<string>();
        if (LineStart) names.Add("line-start"); else names.Add(LongLine ? "mid-long-line" : "mid-line");
        if (GluedAfterLetterOrDigit) names.Add("glued");
        if (Asks) names.Add("asks");
        if (OptionsFollow) names.Add("options");
        if (LabelFollows) names.Add("label");
        if (LinesFollow) names.Add("lines-follow");
        if (HeadingBlock) names.Add("heading");
        if (QuestionLevelHeading) names.Add("question-level");
        if (NestedUnderItem) names.Add("nested");
        if (SubQuestionsFollow) names.Add("sub-questions");
        if (PointsNote) names.Add("points");
        if (InAnswerKey) names.Add("in-key");
        if (AnsweredByKey) names.Add("keyed");
        if (InStatementPart) names.Add("statement-part");
        if (AskingInNumberedDocument) names.Add("numbered-doc");
        if (AskingRun) names.Add("asking-run");
        if (AskingList) names.Add("asking-list");
        if (AnsweredList) names.Add("answered-list");
        if (CollapsedBody) names.Add("collapsed");
        if (InAnswerList) names.Add("answer-list");
        if (InRequirementList) names.Add("requirement-list");
        if (FollowUpOfItem) names.Add("follow-up");
        if (CommentedTask) names.Add("commented-task");
        return string.Join(",", names);
    }
}
