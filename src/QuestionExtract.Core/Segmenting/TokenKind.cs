namespace QuestionExtract.Segmenting;

/// <summary>The structural pieces the segmenter recognises in a document.</summary>
public enum TokenKind
{
    Item,
    Section,
    AnswerKey,
}
