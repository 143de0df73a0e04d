namespace QuestionExtract.Model;

/// <summary>
/// One unit of text as a reader produced it, with where it came from. <paramref name="Level"/> is a heading's
/// level (1 outermost) when the source says it (Markdown #, html h1–h6, Word "Heading N", a PDF's type sizes),
/// or a list item's nesting depth (1 for a top-level item) where the reader knows it (Markdown); 0 for every
/// other block and where the reader does not know.
/// </summary>
public sealed record Block(string Text, BlockKind Kind, SourceLocation Location, int Level = 0);
