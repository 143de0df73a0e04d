namespace QuestionExtract.Segmenting;

/// <summary>
/// A line of the document as a table layout sees it, from <paramref name="Start"/> to <paramref name="End"/>: a
/// row a reader read from a table, with its cells, or a line of text split on its pipes (no cells when it has
/// fewer than two). <paramref name="Text"/> is the line's text.
/// </summary>
public sealed record TableLine(string Text, int Start, int End, IReadOnlyList<string> Cells)
{
    public bool IsBlank => Text.AsSpan().Trim().Length == 0;

    /// <summary>
    /// The line's characters that are in no cell (the pipes, and the backslash of a pipe escaped in a Markdown
    /// cell), without white space: structure, for the accounting.
    /// </summary>
    public string Separators()
    {
        var inCells = new Dictionary<char, int>();
        foreach (var cell in Cells)
            foreach (var c in cell) inCells[c] = inCells.GetValueOrDefault(c) + 1;
        var rest = new System.Text.StringBuilder();
        foreach (var c in Text)
        {
            if (char.IsWhiteSpace(c)) continue;
            if (inCells.TryGetValue(c, out var n) && n > 0) inCells[c] = n - 1;
            else rest.Append(c);
        }
        return rest.ToString();
    }
}
