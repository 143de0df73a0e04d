using QuestionExtract.Model;

namespace QuestionExtract.Reading.MarkupSource;

/// <summary>
/// What one source line of a markup dialect stands for once its markup is gone: the text a reader of the rendered
/// document sees (empty for a line that is only markup), as a heading of a level or as body text, and the markup
/// taken away, reported under the dialect's rule so every removed character is accounted for.
/// </summary>
public sealed record MarkupLine(string Text, BlockKind Kind, int Level, string Removed)
{
    public static MarkupLine Body(string text, string removed = "") => new(text, BlockKind.Paragraph, 0, removed);

    public static MarkupLine Heading(string text, int level, string removed) => new(text, BlockKind.Heading, level, removed);

    /// <summary>A line that is markup only (a directive, a drawer, a preamble command): nothing of it is shown.</summary>
    public static MarkupLine Markup(string line) => new("", BlockKind.PageFurniture, 0, line);

    public bool IsMarkupOnly => Kind == BlockKind.PageFurniture;
}
