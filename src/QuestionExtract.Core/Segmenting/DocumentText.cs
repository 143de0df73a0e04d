using QuestionExtract.Model;

namespace QuestionExtract.Segmenting;

/// <summary>
/// The cleaned blocks joined by newlines into one string, so flattened one-line documents and
/// line-per-paragraph documents are segmented the same way; offsets map back to block locations.
/// </summary>
public sealed class DocumentText
{
    private readonly int[] _starts;
    private readonly SourceLocation[] _locations;
    private readonly BlockKind[] _kinds;
    private readonly int[] _levels;
    private readonly IReadOnlyList<string>?[] _cells;
    private readonly bool[] _collapsed;
    private readonly bool[] _code;

    public DocumentText(IReadOnlyList<Block> blocks)
    {
        _starts = new int[blocks.Count];
        _locations = new SourceLocation[blocks.Count];
        _kinds = new BlockKind[blocks.Count];
        _levels = new int[blocks.Count];
        _cells = new IReadOnlyList<string>?[blocks.Count];
        _collapsed = new bool[blocks.Count];
        _code = new bool[blocks.Count];
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < blocks.Count; i++)
        {
            if (i > 0) sb.Append('\n');
            _starts[i] = sb.Length;
            _locations[i] = blocks[i].Location;
            _kinds[i] = blocks[i].Kind;
            _levels[i] = blocks[i].Level;
            _cells[i] = blocks[i].Cells;
            _collapsed[i] = blocks[i].Collapsed;
            _code[i] = blocks[i].Code;
            HasCode |= blocks[i].Code;
            sb.Append(blocks[i].Text);
        }
        Text = sb.ToString();
    }

    public string Text { get; }

    private DocumentText(DocumentText source, string text, IReadOnlyList<string>?[] cells)
    {
        (_starts, _locations, _kinds, _levels, _collapsed, _code, HasCode) = (source._starts, source._locations, source._kinds, source._levels, source._collapsed, source._code, source.HasCode);
        _cells = cells;
        Text = text;
    }

    /// <summary>
    /// The same document with the given spans blanked (every character but a line break made a space), so
    /// offsets, lines and locations stay as they are; blocks starting inside a span lose their table cells.
    /// </summary>
    public DocumentText Masking(IEnumerable<(int Start, int End)> spans)
    {
        var chars = Text.ToCharArray();
        var cells = (IReadOnlyList<string>?[])_cells.Clone();
        foreach (var (start, end) in spans)
        {
            for (int k = start; k < end && k < chars.Length; k++)
                if (chars[k] != '\n') chars[k] = ' ';
            for (int b = 0; b < _starts.Length; b++)
                if (_starts[b] >= start && _starts[b] < end) cells[b] = null;
        }
        return new DocumentText(this, new string(chars), cells);
    }

    /// <summary>
    /// Start and end offsets of the blocks a reader marked as headings (docx heading styles, html h1–h6,
    /// Markdown #), with their level (0 when the reader did not know it).
    /// </summary>
    public IEnumerable<(int Start, int End, int Level)> Headings()
    {
        for (int i = 0; i < _kinds.Length; i++)
        {
            if (_kinds[i] != BlockKind.Heading) continue;
            yield return (_starts[i], BlockEnd(i), _levels[i]);
        }
    }

    /// <summary>Start and end offsets of the blocks a reader read from a table's rows, with their cells, in order.</summary>
    public IEnumerable<(int Start, int End, IReadOnlyList<string> Cells)> TableRows()
    {
        for (int i = 0; i < _cells.Length; i++)
        {
            if (_cells[i] is not { } cells) continue;
            yield return (_starts[i], BlockEnd(i), cells);
        }
    }

    private int BlockEnd(int i) => i + 1 < _starts.Length ? _starts[i + 1] - 1 : Text.Length;

    private int[]? _lineStarts;
    private (LabelLexicon Lexicon, List<System.Text.RegularExpressions.Match> Matches)? _labels;

    /// <summary>The lexicon's label matches over the whole text, found once: several stages look at them.</summary>
    public IReadOnlyList<System.Text.RegularExpressions.Match> LabelMatches(LabelLexicon lexicon)
    {
        if (_labels is not { } cached || !ReferenceEquals(cached.Lexicon, lexicon))
            _labels = cached = (lexicon, lexicon.LabelMatches(Text));
        return cached.Matches;
    }

    // Offsets where lines start; built once, so line lookups stay cheap on a flattened 50 MB line.
    private int[] LineStarts => _lineStarts ??= BuildLineStarts(Text);

    private static int[] BuildLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
        return [.. starts];
    }

    /// <summary>Offset where the line holding <paramref name="offset"/> starts.</summary>
    public int LineStart(int offset)
    {
        int i = Array.BinarySearch(LineStarts, offset);
        return LineStarts[i < 0 ? ~i - 1 : i];
    }

    /// <summary>Offset of the line break ending the line that holds <paramref name="offset"/> (or the text's end).</summary>
    public int LineEnd(int offset)
    {
        int i = Array.BinarySearch(LineStarts, offset);
        i = i < 0 ? ~i - 1 : i;
        return i + 1 < LineStarts.Length ? LineStarts[i + 1] - 1 : Text.Length;
    }

    /// <summary>True when <paramref name="offset"/> lies in a block the reader marked as a heading.</summary>
    public bool InHeading(int offset)
    {
        if (_starts.Length == 0) return false;
        int i = Array.BinarySearch(_starts, offset);
        if (i < 0) i = ~i - 1;
        return i >= 0 && _kinds[i] == BlockKind.Heading;
    }

    /// <summary>True when <paramref name="offset"/> lies in the body of a collapsed section (see <see cref="Block.Collapsed"/>).</summary>
    public bool InCollapsedBody(int offset)
    {
        int i = BlockAt(offset);
        return i >= 0 && _collapsed[i];
    }

    /// <summary>Some block is code (see <see cref="Block.Code"/>); most documents have none.</summary>
    public bool HasCode { get; }

    /// <summary>True when <paramref name="offset"/> lies in a block the reader marked as code (see <see cref="Block.Code"/>).</summary>
    public bool InCode(int offset)
    {
        int i = BlockAt(offset);
        return i >= 0 && _code[i];
    }

    /// <summary>The level of the heading block holding <paramref name="offset"/>; -1 outside headings, 0 when unknown.</summary>
    public int HeadingLevelAt(int offset)
    {
        if (_starts.Length == 0) return -1;
        int i = Array.BinarySearch(_starts, offset);
        if (i < 0) i = ~i - 1;
        if (i < 0) return -1;
        return _kinds[i] == BlockKind.Heading ? _levels[i] : IsBoldParagraph(i) ? BoldParagraphLevel : -1;
    }

    /// <summary>
    /// The level <see cref="HeadingLevelAt"/> gives a paragraph written wholly in bold (<c>**What is a closure?**</c>):
    /// notes use such lines as headings without a heading level, so they count as one below every real level.
    /// They are no section candidates (<see cref="Headings"/> leaves them out).
    /// </summary>
    public const int BoldParagraphLevel = 7;

    /// <summary>The headings of <see cref="Headings"/> and the paragraphs written wholly in bold, in document order.</summary>
    public IEnumerable<(int Start, int End, int Level)> HeadingsAndBoldParagraphs()
    {
        for (int i = 0; i < _kinds.Length; i++)
        {
            if (_kinds[i] == BlockKind.Heading) yield return (_starts[i], BlockEnd(i), _levels[i]);
            else if (IsBoldParagraph(i)) yield return (_starts[i], BlockEnd(i), BoldParagraphLevel);
        }
    }

    // One line between one pair of ** (or __) and no other pair inside: **a** and **b** is two emphases.
    private bool IsBoldParagraph(int i)
    {
        if (_kinds[i] != BlockKind.Paragraph) return false;
        var s = Text.AsSpan(_starts[i], BlockEnd(i) - _starts[i]).Trim();
        if (s.Length <= 4 || !(s.StartsWith("**") && s.EndsWith("**") || s.StartsWith("__") && s.EndsWith("__"))) return false;
        var inner = s[2..^2];
        return inner.IndexOf(s[..2]) < 0 && inner.IndexOf('\n') < 0 && !char.IsWhiteSpace(inner[0]);
    }

    /// <summary>The list level of the item holding <paramref name="offset"/> (1 for a top-level item); 0 outside list items.</summary>
    public int ListLevelAt(int offset)
    {
        int i = BlockAt(offset);
        return i >= 0 && _kinds[i] == BlockKind.ListItem ? _levels[i] : 0;
    }

    /// <summary>
    /// For an offset in a nested list item (depth 2 or more), the start of the item it is nested in: the nearest
    /// list item before it of a smaller depth, across the paragraphs of that item. A top-level list (depth 1) right
    /// under a paragraph that opens with a number (3) Which keyword…?) is that item's list (its options or
    /// points), as a browser indents it under the item: the paragraph's start. -1 when there is none.
    /// </summary>
    public int ParentListItemStart(int offset)
    {
        int i = BlockAt(offset);
        if (i < 0 || _kinds[i] != BlockKind.ListItem || _levels[i] < 1) return -1;
        if (_levels[i] == 1) return NumberedParagraphAbove(i);
        // Bounded, so a list of thousands of nested items stays linear; a parent that far back is no parent to score by.
        for (int j = i - 1; j >= 0 && j >= i - MaxParentDistance; j--)
        {
            if (_kinds[j] == BlockKind.Heading) return -1;
            if (_kinds[j] == BlockKind.ListItem && _levels[j] > 0 && _levels[j] < _levels[i]) return _starts[j];
        }
        return -1;
    }

    private const int MaxParentDistance = 200;

    /// <summary>
    /// For an offset in a list item of depth 1 or more, the start of the first block after it, before
    /// <paramref name="limit"/>, that is no list item of that depth or deeper: where the item's list gives way to
    /// what follows it. <paramref name="limit"/> when there is none before it, or outside list items.
    /// </summary>
    public int ListRunEnd(int offset, int limit)
    {
        int i = BlockAt(offset);
        if (i < 0 || _kinds[i] != BlockKind.ListItem || _levels[i] < 1) return limit;
        for (int j = i + 1; j < _starts.Length && _starts[j] < limit; j++)
            if (_kinds[j] != BlockKind.ListItem || _levels[j] < _levels[i]) return _starts[j];
        return limit;
    }

    // The start of the numbered paragraph right above the list that holds item i (a top-level item), or -1. The
    // list counts from 1 of its own: a list that goes on from the paragraph's number (<ol start="5"> under "5. …")
    // is the next items of the same list, not points of the paragraph.
    private int NumberedParagraphAbove(int i)
    {
        int j = i - 1;
        while (j >= 0 && j >= i - MaxParentDistance && _kinds[j] == BlockKind.ListItem && _levels[j] >= 1) j--;
        if (j < 0 || _kinds[j] != BlockKind.Paragraph || NumberAt(j) is null || NumberAt(j + 1) != 1) return -1;
        return _starts[j];
    }

    // The number block i opens with (3) …, 1. …, 2、…), or null.
    private int? NumberAt(int i)
    {
        var line = Text.AsSpan(_starts[i], BlockEnd(i) - _starts[i]).TrimStart();
        int digits = 0;
        while (digits < line.Length && digits < 4 && char.IsAsciiDigit(line[digits])) digits++;
        bool marked = digits is > 0 and <= 3 && digits < line.Length && line[digits] is '.' or ')' or '）' or '、' or '．';
        return marked ? int.Parse(line[..digits], System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private int BlockAt(int offset)
    {
        if (_starts.Length == 0) return -1;
        int i = Array.BinarySearch(_starts, offset);
        return i < 0 ? ~i - 1 : i;
    }

    /// <summary>
    /// The block starting at <paramref name="offset"/> stood apart from the one above it in the source: a blank
    /// line (or a line the cleaner removed) lies between them. The joined text keeps no blank lines.
    /// </summary>
    public bool SetApartAbove(int offset)
    {
        int i = Array.BinarySearch(_starts, offset);
        if (i <= 0) return false;
        int previousLines = Text.AsSpan(_starts[i - 1], _starts[i] - 1 - _starts[i - 1]).Count('\n');
        return _locations[i].Line - (_locations[i - 1].Line + previousLines) > 1;
    }

    public SourceLocation LocationAt(int offset)
    {
        if (_starts.Length == 0) return new SourceLocation(1, 1);
        int i = Array.BinarySearch(_starts, offset);
        if (i < 0) i = ~i - 1;
        i = Math.Clamp(i, 0, _starts.Length - 1);
        var block = _locations[i];
        return new SourceLocation(block.Line, block.Column + (offset - _starts[i]));
    }
}
