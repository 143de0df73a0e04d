namespace QuestionExtract.Segmenting;

/// <summary>The markers chosen as the document's structure, in document order.</summary>
public sealed record ResolvedStructure(
    IReadOnlyList<StructuralToken> Tokens,
    MarkerFamily? Family,
    TableOfContentsDetector.Result TableOfContents);
