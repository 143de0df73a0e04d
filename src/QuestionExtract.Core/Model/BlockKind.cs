namespace QuestionExtract.Model;

/// <summary>What a block was in its source format; stages after the reader only look at this, never at the format.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    TableRow,
    /// <summary>Headers, footers and similar page furniture the reader already knows is not body text.</summary>
    PageFurniture,
}
