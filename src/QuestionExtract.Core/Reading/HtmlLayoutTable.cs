using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace QuestionExtract.Reading;

/// <summary>
/// Tells a table that lays out the page (older tutorial and exam sites put the whole article in one) from a table
/// of data. A layout table's cells are read as the page's own blocks, as if the table were not there; a data
/// table's rows stay rows. A table is layout when it has a single cell, when a cell frames content (holds a
/// heading or a table of its own), or when a cell holds block structure (a list, a pre, two paragraphs of text)
/// and the table is no grid (fewer than two rows of two cells): a question table's answer cell may hold a list or
/// two paragraphs, but its rows repeat the same columns.
/// </summary>
internal static class HtmlLayoutTable
{
    // Block elements that hold a paragraph of text when text sits in them directly.
    private static readonly HashSet<string> TextBlocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "blockquote", "center", "figure", "address", "details", "dd", "dt", "li",
    };

    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template" };

    public static bool IsLayout(IElement table)
    {
        if (table is not IHtmlTableElement html) return false;
        int cells = 0, gridRows = 0;
        bool framed = false, structured = false;
        foreach (var row in html.Rows)
        {
            int inRow = 0;
            foreach (var cell in row.Cells)
            {
                inRow++;
                var content = Measure(cell);
                framed |= content.Frames;
                structured |= content.Frames || content.Structured;
            }
            cells += inRow;
            if (inRow >= 2) gridRows++;
        }
        return cells == 1 || framed || (structured && gridRows < 2);
    }

    private readonly record struct CellContent(bool Frames, bool Structured);

    // What a cell holds, without looking into a table nested in it (that table is judged on its own).
    private static CellContent Measure(IElement cell)
    {
        bool frames = false, lists = false;
        int textBlocks = 0;
        var stack = new Stack<IElement>();
        for (int i = cell.ChildNodes.Length - 1; i >= 0; i--)
            if (cell.ChildNodes[i] is IElement child) stack.Push(child);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            var name = e.LocalName;
            if (Ignored.Contains(name)) continue;
            if (name == "table" || IsHeading(name))
            {
                frames = true;
                continue;
            }
            if (name is "ul" or "ol" or "dl" or "pre") lists = true;
            if (TextBlocks.Contains(name) && IsParagraph(e)) textBlocks++;
            for (int i = e.ChildNodes.Length - 1; i >= 0; i--)
                if (e.ChildNodes[i] is IElement child) stack.Push(child);
        }
        // The cell's own text before or after its blocks is a paragraph too.
        if (textBlocks > 0 && HoldsOwnText(cell)) textBlocks++;
        return new CellContent(frames, lists || textBlocks >= 2);
    }

    // A block of text: no block inside it (a wrapping div is not a paragraph of its own), and some text.
    private static bool IsParagraph(IElement block)
    {
        foreach (var node in block.ChildNodes)
            if (node is IElement child && IsBlock(child.LocalName)) return false;
        return !string.IsNullOrWhiteSpace(block.TextContent);
    }

    private static bool IsBlock(string name) =>
        TextBlocks.Contains(name) || name is "ul" or "ol" or "dl" or "pre" or "table" || IsHeading(name);

    private static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';

    private static bool HoldsOwnText(IElement element)
    {
        foreach (var node in element.ChildNodes)
            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data)) return true;
        return false;
    }
}
