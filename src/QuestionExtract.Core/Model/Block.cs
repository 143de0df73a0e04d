namespace QuestionExtract.Model;

/// <summary>
/// One unit of text as a reader produced it, with where it came from. <paramref name="Level"/> is a heading's
/// level (1 outermost) when the source says it (Markdown #, html h1–h6, Word "Heading N", a PDF's type sizes),
/// or a list item's nesting depth (1 for a top-level item) where the reader knows it (Markdown); 0 for every
/// other block and where the reader does not know.
/// </summary>
public sealed record Block(string Text, BlockKind Kind, SourceLocation Location, int Level = 0)
{
    /// <summary>
    /// For a row of a table the reader saw (docx, html, Markdown), its cells in order, each with its own line
    /// breaks; null for every other block. <see cref="Text"/> stays the row as one line of text, cells joined by
    /// " | ", for the stages that read text; a table layout reads the cells, since a cell may hold a '|' of its own.
    /// A row of one cell (a category spanning the table) has one cell.
    /// </summary>
    public IReadOnlyList<string>? Cells { get; init; }

    /// <summary>
    /// The block lies in the body of a collapsed section the reader saw (html or Markdown &lt;details&gt;), under
    /// its &lt;summary&gt;, which is a block of its own and not collapsed. Question banks fold each answer so.
    /// </summary>
    public bool Collapsed { get; init; }

    /// <summary>
    /// The block is code the source marked as code (a Markdown fence or indented block, an html &lt;pre&gt;): its
    /// numbered lines are the program's text or output, never question markers.
    /// </summary>
    public bool Code { get; init; }

    /// <summary>
    /// For page furniture a reader recognised by its markup (an html page's chrome), the rule id the cleaner reports
    /// it under; such blocks are not shown to the text rules. Null for other blocks and for furniture the reader
    /// only knows as page furniture (reported as page-header-footer).
    /// </summary>
    public string? FurnitureRule { get; init; }

    /// <summary>The block with its text replaced by <paramref name="repaired"/>, and the same repair applied to each cell.</summary>
    public Block Repaired(string repaired, Func<string, string> repair) =>
        this with { Text = repaired, Cells = Cells?.Select(repair).ToArray() };
}
