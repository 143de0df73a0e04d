using System.Text;
using QuestionExtract.Model;

namespace QuestionExtract.Reading;

/// <summary>
/// Turns RTF into blocks, the way <see cref="DocxReader"/> turns Word XML into them: a paragraph at <c>\par</c>
/// (a heading when its outline level or its style says so, a list item when Word wrote its number in
/// <c>\listtext</c>), <c>\line</c> as '\n' and <c>\tab</c> as '\t' inside it, a table row at <c>\row</c> with
/// its cells at <c>\cell</c>; headers and footers as page furniture; footnotes and text boxes after the paragraph
/// they sit in. Bytes (<c>\'hh</c> or raw) are decoded together in the current font's charset, else the document's
/// <c>\ansicpg</c>, so a GBK character written as two escapes is one character. Destinations that are not text
/// (font and colour tables, styles, pictures, field instructions, document properties …) are left out.
/// </summary>
internal sealed class RtfDocumentBuilder
{
    static RtfDocumentBuilder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const int SymbolCodePage = -1;

    // Groups whose content is no text of the document; unknown \* destinations are skipped as well.
    private static readonly HashSet<string> SkippedDestinations = new(StringComparer.Ordinal)
    {
        "colortbl", "info", "pict", "object", "listtable", "listoverridetable", "themedata", "colorschememapping",
        "datastore", "xmlnsstbl", "latentstyles", "rsidtbl", "generator", "filetbl", "revtbl", "pgdsctbl", "fldinst",
        "pn", "nonesttables", "xe", "tc", "tcn", "template", "docvar", "userprops", "xmlopen", "protusertbl",
        "ftnsep", "ftnsepc", "ftncn", "aftnsep", "aftnsepc", "aftncn", "sp", "shprslt", "nonshppict", "mmathPr",
    };

    private static readonly HashSet<string> FurnitureDestinations = new(StringComparer.Ordinal)
        { "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf" };

    private enum Destination { Body, Skip, FontTable, StyleSheet, ListNumber }

    private enum StoryKind { Main, Furniture, Note }

    // A flow of text with its own paragraphs and tables: the body, a header or footer, a footnote, a text box.
    private sealed class Story(StoryKind kind)
    {
        public StoryKind Kind { get; } = kind;
        public StringBuilder Line { get; } = new();
        public string? ListNumber { get; set; }
        public List<string> CellLines { get; } = [];
        public List<List<string>> Cells { get; set; } = [];
        public List<List<List<string>>> Rows { get; } = [];
        public List<Block> Blocks { get; } = [];
        // Footnotes and text boxes met inside the current paragraph, written after it.
        public List<Block> Notes { get; } = [];
    }

    // Group state: what RTF saves at '{' and restores at '}'.
    private struct State
    {
        public Destination Destination;
        public Story Story;
        public bool Suppressed; // the ANSI copy inside \upr, whose Unicode copy (\ud) is read instead
        public bool InEntry; // inside one font or style of the table (whose own groups, \*\panose, do not start another)
        public int FallbackLength;
        public int Font;
        public bool InTable;
        public int OutlineLevel;
        public int Style;
    }

    private sealed record FontInfo(int CodePage, string Name);

    private readonly Dictionary<int, FontInfo> _fonts = [];
    private readonly Dictionary<int, int> _styleLevels = [];
    private readonly Dictionary<int, Encoding> _encodings = [];
    private readonly Stack<State> _groups = new();
    private readonly List<Block> _furniture = [];
    private readonly StringBuilder _listNumber = new();
    private readonly StringBuilder _entryName = new();
    private readonly List<byte> _bytes = [];
    private readonly Story _main = new(StoryKind.Main);
    private State _state;
    private int _codePage = 1252;
    private int _defaultFont = -1;
    private int _paragraph;
    private int _fallbackToSkip;
    private bool _starred;
    private StringBuilder? _bytesTarget;
    private int _bytesCodePage;
    private string _bytesFont = "";
    // The font table or style sheet entry being read.
    private int _entryNumber = -1, _entryCharset = -1, _entryCodePage, _entryLevel = -1;

    private RtfDocumentBuilder() =>
        _state = new State { Destination = Destination.Body, Story = _main, FallbackLength = 1, Font = -1, OutlineLevel = -1 };

    /// <summary>The blocks of the document (page furniture first, as the docx reader gives them).</summary>
    public IReadOnlyList<Block> Blocks { get; private set; } = [];

    /// <summary>The name of the document's code page (<c>\ansicpgN</c>, else windows-1252), for <c>source.encoding</c>.</summary>
    public string EncodingName => EncodingOf(_codePage).WebName;

    public static RtfDocumentBuilder Build(ReadOnlySpan<byte> rtf)
    {
        var builder = new RtfDocumentBuilder();
        var tokens = new RtfTokenizer(rtf);
        while (tokens.Next(out var token)) builder.Take(token, rtf);
        // A truncated file leaves groups open: close them, so what was read is kept.
        while (builder._groups.Count > 0) builder.EndGroup();
        builder.FlushBytes();
        builder.CloseStory(builder._main, builder._state);
        builder.Blocks = [.. builder._furniture, .. builder._main.Blocks];
        return builder;
    }

    private void Take(RtfToken token, ReadOnlySpan<byte> rtf)
    {
        bool starred = _starred;
        _starred = false;
        if (token.Kind is RtfTokenKind.GroupStart) { StartGroup(); return; }
        if (token.Kind is RtfTokenKind.GroupEnd) { EndGroup(); return; }
        if (_state.Destination == Destination.Skip) return;
        // The characters after \uN that stand in for it in readers without Unicode; each token is one of them.
        if (_fallbackToSkip > 0)
        {
            if (token.Kind != RtfTokenKind.Text) { _fallbackToSkip--; return; }
            int skipped = Math.Min(_fallbackToSkip, token.Length);
            _fallbackToSkip -= skipped;
            token = token with { Start = token.Start + skipped, Length = token.Length - skipped };
            if (token.Length == 0) return;
        }
        switch (token.Kind)
        {
            case RtfTokenKind.Text:
                foreach (byte b in rtf.Slice(token.Start, token.Length)) TextByte(b);
                break;
            case RtfTokenKind.HexByte:
                AddByte(token.Byte);
                break;
            case RtfTokenKind.ControlSymbol:
                Symbol(token.Symbol);
                break;
            case RtfTokenKind.ControlWord:
                Word(token.Word, token.Parameter, starred);
                break;
        }
    }

    private void StartGroup()
    {
        FlushBytes();
        _fallbackToSkip = 0;
        _groups.Push(_state);
        // Each font or style is usually a group of its own inside the table.
        if (_state.Destination is Destination.FontTable or Destination.StyleSheet && !_state.InEntry)
        {
            StartEntry();
            _state.InEntry = true;
        }
    }

    private void EndGroup()
    {
        FlushBytes();
        _fallbackToSkip = 0;
        if (_groups.Count == 0) return; // a stray '}'
        var closing = _state;
        _state = _groups.Pop();
        if (closing.InEntry && !_state.InEntry) EndEntry(_state.Destination);
        if (closing.Destination == Destination.ListNumber && _state.Destination != Destination.ListNumber)
        {
            var number = _listNumber.ToString().Trim();
            _listNumber.Clear();
            if (number.Length > 0) closing.Story.ListNumber = number;
        }
        if (!ReferenceEquals(closing.Story, _state.Story)) CloseStory(closing.Story, closing);
    }

    private void Word(string word, int? parameter, bool starred)
    {
        int value = parameter ?? 0;
        if (_state.Destination == Destination.FontTable) { FontTableWord(word, value, starred); return; }
        if (_state.Destination == Destination.StyleSheet) { StyleSheetWord(word, value, starred); return; }
        switch (word)
        {
            // Document and group settings
            case "ansicpg" when value > 0: _codePage = value; return;
            case "mac": _codePage = 10000; return;
            case "pc": _codePage = 437; return;
            case "pca": _codePage = 850; return;
            case "deff": _defaultFont = value; return;
            case "f": _state.Font = value; return;
            case "plain": _state.Font = -1; return;
            case "uc": _state.FallbackLength = Math.Max(value, 0); return;
            case "pard": _state.InTable = false; _state.OutlineLevel = -1; _state.Style = 0; return;
            case "intbl": _state.InTable = true; return;
            case "itap": _state.InTable = value > 0; return;
            case "outlinelevel": _state.OutlineLevel = value; return;
            case "s": _state.Style = value; return;

            // Destinations
            case "fonttbl": Enter(Destination.FontTable); return;
            case "stylesheet": Enter(Destination.StyleSheet); return;
            case "listtext" or "pntext": _listNumber.Clear(); Enter(Destination.ListNumber); return;
            case "upr": _state.Suppressed = true; return;
            case "ud": _state.Suppressed = false; return;
            case "shpinst": return; // a shape: its \sp properties are skipped, its \shptxt read
            case "fldrslt" or "field": return;
            case "footnote" or "shptxt": NewStory(StoryKind.Note); return;
        }
        if (FurnitureDestinations.Contains(word)) { NewStory(StoryKind.Furniture); return; }
        if (starred || SkippedDestinations.Contains(word)) { Enter(Destination.Skip); return; }

        switch (word)
        {
            case "par" or "page" or "sect" or "column": EndParagraph(); break;
            case "line": AddText('\n'); break;
            case "tab": AddText('\t'); break;
            case "cell": EndCell(); break;
            case "nestcell": EndCellParagraph(); break; // a nested table's cell is read as a line of the outer cell
            case "row": EndRow(); break;
            case "u":
                Unicode((char)(value < 0 ? value + 65536 : value)); // a signed 16-bit number: -20320 is U+B0A0
                _fallbackToSkip = _state.FallbackLength;
                break;
            case "emdash": AddText('—'); break;
            case "endash": AddText('–'); break;
            case "bullet": AddText('•'); break;
            case "lquote": AddText('‘'); break;
            case "rquote": AddText('’'); break;
            case "ldblquote": AddText('“'); break;
            case "rdblquote": AddText('”'); break;
            case "emspace" or "enspace" or "qmspace": AddText(' '); break;
        }
    }

    private void Symbol(char symbol)
    {
        switch (symbol)
        {
            case '*': _starred = true; break;
            case '~': AddText('\u00A0'); break;
            case '_': AddText('-'); break; // a non-breaking hyphen, read as the docx reader reads it
            case '\\' or '{' or '}': TextByte((byte)symbol); break;
            case '\t': AddText('\t'); break;
            // \- (optional hyphen), \| and \: (old formula and index marks) show nothing.
        }
    }

    private void Enter(Destination destination)
    {
        _state.Destination = destination;
        if (destination is Destination.FontTable or Destination.StyleSheet) StartEntry();
    }

    private void NewStory(StoryKind kind)
    {
        FlushBytes();
        _state.Story = new Story(kind);
        _state.Destination = Destination.Body;
        _state.InTable = false;
        _state.OutlineLevel = -1;
        _state.Style = 0;
    }

    // ---- font table and style sheet

    private void StartEntry()
    {
        _entryNumber = _state.Destination == Destination.StyleSheet ? 0 : -1;
        _entryCharset = -1;
        _entryCodePage = 0;
        _entryLevel = -1;
        _entryName.Clear();
    }

    private void FontTableWord(string word, int value, bool starred)
    {
        switch (word)
        {
            case "f": _entryNumber = value; break;
            case "fcharset": _entryCharset = value; break;
            case "cpg": _entryCodePage = value; break;
            default: if (starred || SkippedDestinations.Contains(word)) Enter(Destination.Skip); break; // \*\panose, \*\falt
        }
    }

    private void StyleSheetWord(string word, int value, bool starred)
    {
        switch (word)
        {
            case "s": _entryNumber = value; break;
            case "cs" or "ds" or "ts": _entryNumber = -1; break; // character, section and table styles head no paragraphs
            case "outlinelevel": _entryLevel = value; break;
            default: if (starred || SkippedDestinations.Contains(word)) Enter(Destination.Skip); break;
        }
    }

    // Ends the font or style being defined, at its ';' or at the end of its group, whichever comes first.
    private void EndEntry(Destination table)
    {
        FlushBytes();
        var name = _entryName.ToString().Trim();
        int number = _entryNumber, charset = _entryCharset, codePage = _entryCodePage, outline = _entryLevel;
        // The next entry of a table written without groups (\f0 Arial;\f1 …;) starts clean.
        _entryName.Clear();
        _entryNumber = -1;
        _entryCharset = -1;
        _entryCodePage = 0;
        _entryLevel = -1;
        if (number < 0) return;
        if (table == Destination.FontTable)
            _fonts.TryAdd(number, new FontInfo(codePage > 0 ? codePage : CodePageOfCharset(charset), name));
        else if ((outline is >= 0 and < 9 ? outline + 1 : HeadingLevel(name)) is > 0 and var level)
            _styleLevels.TryAdd(number, level);
    }

    // "heading 2" (Word) or "标题 2" (WPS, Chinese Word): a heading style of that level; 0 for any other name.
    private static int HeadingLevel(string name)
    {
        foreach (var prefix in (string[])["heading", "标题"])
        {
            if (!name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = name[prefix.Length..].Trim();
            if (rest.Length == 1 && rest[0] is >= '1' and <= '9') return rest[0] - '0';
        }
        return 0;
    }

    // The Windows code page of a font charset; 0 means the document's own (DEFAULT_CHARSET and unknown ones).
    private static int CodePageOfCharset(int charset) => charset switch
    {
        0 => 1252,
        2 => SymbolCodePage,
        77 => 10000,
        128 => 932,
        129 => 949,
        130 => 1361,
        134 => 936,
        136 => 950,
        161 => 1253,
        162 => 1254,
        163 => 1258,
        177 => 1255,
        178 => 1256,
        186 => 1257,
        204 => 1251,
        222 => 874,
        238 => 1250,
        254 => 437,
        255 => 850,
        _ => 0,
    };

    // ---- text

    // Where text goes now; null where it is not kept.
    private StringBuilder? Target => _state.Suppressed ? null : _state.Destination switch
    {
        Destination.Body => _state.Story.Line,
        Destination.ListNumber => _listNumber,
        Destination.FontTable or Destination.StyleSheet => _entryName,
        _ => null,
    };

    private void TextByte(byte b)
    {
        if (_state.Destination is Destination.FontTable or Destination.StyleSheet && b == ';')
        {
            EndEntry(_state.Destination);
            return;
        }
        // A double-byte character whose second byte is printable ASCII may be written as '\'b0@'.
        if (b >= 0x80 || (b >= 0x40 && AwaitsTrailByte())) AddByte(b);
        else if (b == '\t') AddText('\t');
        else if (b >= 0x20) AddText((char)b);
    }

    private void Unicode(char c)
    {
        // A symbol font's glyphs are written in the private area (F0xx), meaning nothing outside that font.
        if (c is >= '\uF000' and <= '\uF0FF')
        {
            CurrentCodePage(out var font);
            if (WordSymbolFont.Character(font, ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)) is { } glyph) AddText(glyph);
            return;
        }
        AddText(c);
    }

    private void AddText(char c)
    {
        if (Target is not { } target) return;
        FlushBytes();
        target.Append(c);
    }

    private void AddByte(byte b)
    {
        if (Target is not { } target) return;
        int codePage = CurrentCodePage(out var font);
        if (_bytes.Count > 0 && (!ReferenceEquals(target, _bytesTarget) || codePage != _bytesCodePage || font != _bytesFont)) FlushBytes();
        _bytesTarget = target;
        _bytesCodePage = codePage;
        _bytesFont = font;
        _bytes.Add(b);
    }

    private int CurrentCodePage(out string font)
    {
        font = "";
        if (_state.Destination == Destination.FontTable)
        {
            int own = _entryCodePage > 0 ? _entryCodePage : CodePageOfCharset(_entryCharset);
            return own > 0 ? own : _codePage;
        }
        if (_state.Destination == Destination.StyleSheet) return _codePage;
        if (!_fonts.TryGetValue(_state.Font >= 0 ? _state.Font : _defaultFont, out var info) || info.CodePage == 0) return _codePage;
        font = info.Name;
        return info.CodePage;
    }

    private bool AwaitsTrailByte()
    {
        if (_bytes.Count == 0 || !IsDoubleByte(_bytesCodePage)) return false;
        int i = 0;
        while (i < _bytes.Count) i += IsLeadByte(_bytesCodePage, _bytes[i]) ? 2 : 1;
        return i > _bytes.Count;
    }

    private static bool IsDoubleByte(int codePage) => codePage is 932 or 936 or 949 or 950 or 1361;

    private static bool IsLeadByte(int codePage, byte b) =>
        codePage == 932 ? b is >= 0x81 and <= 0x9F or >= 0xE0 and <= 0xFC : b is >= 0x81 and <= 0xFE;

    private void FlushBytes()
    {
        if (_bytes.Count == 0 || _bytesTarget is null) { _bytes.Clear(); return; }
        var bytes = _bytes.ToArray();
        _bytes.Clear();
        if (_bytesCodePage == SymbolCodePage)
        {
            // A symbol font's bytes are glyphs of that font; only those that mean something in a paper are kept.
            foreach (byte b in bytes)
                if (WordSymbolFont.Character(_bytesFont, b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)) is { } glyph)
                    _bytesTarget.Append(glyph);
            return;
        }
        // Writers tag Chinese punctuation and text with a Latin (ANSI) font in a document whose code page is
        // Chinese: bytes that read cleanly as the document's double-byte characters are those characters.
        if (_bytesCodePage == 1252 && IsDoubleByte(_codePage) && DecodeStrict(_codePage, bytes) is { } wide && wide.All(c => c >= '\u2000'))
        {
            _bytesTarget.Append(wide);
            return;
        }
        _bytesTarget.Append(EncodingOf(_bytesCodePage).GetString(bytes));
    }

    private static string? DecodeStrict(int codePage, byte[] bytes)
    {
        try { return Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, DecoderFallback.ExceptionFallback).GetString(bytes); }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException) { return null; }
    }

    private Encoding EncodingOf(int codePage)
    {
        if (_encodings.TryGetValue(codePage, out var encoding)) return encoding;
        try { encoding = Encoding.GetEncoding(codePage); }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException) { encoding = Encoding.GetEncoding(1252); }
        return _encodings[codePage] = encoding;
    }

    // ---- paragraphs and tables

    private void EndParagraph()
    {
        if (_state.Destination != Destination.Body) return;
        FlushBytes();
        var story = _state.Story;
        if (_state.InTable)
        {
            EndCellParagraph();
            return;
        }
        FlushTable(story);
        _paragraph++;
        var text = story.Line.ToString();
        var number = story.ListNumber;
        story.Line.Clear();
        story.ListNumber = null;
        // Generated files often carry the number twice: Word's and a typed one. Keep one.
        if (number is not null && !text.TrimStart().StartsWith(number, StringComparison.Ordinal)) text = number + " " + text;
        if (text.Trim().Length > 0)
        {
            int level = _state.OutlineLevel is >= 0 and < 9 ? _state.OutlineLevel + 1 : _styleLevels.GetValueOrDefault(_state.Style);
            var kind = level > 0 ? BlockKind.Heading : number is not null ? BlockKind.ListItem : BlockKind.Paragraph;
            story.Blocks.Add(new Block(text, kind, new SourceLocation(_paragraph, 1), level));
        }
        ReleaseNotes(story);
    }

    private void EndCellParagraph()
    {
        FlushBytes();
        var story = _state.Story;
        var text = story.Line.ToString();
        if (story.ListNumber is { } number && !text.TrimStart().StartsWith(number, StringComparison.Ordinal)) text = number + " " + text;
        if (text.Trim().Length > 0) story.CellLines.Add(text);
        story.Line.Clear();
        story.ListNumber = null;
    }

    private void EndCell()
    {
        if (_state.Destination != Destination.Body) return;
        EndCellParagraph();
        var story = _state.Story;
        story.Cells.Add([.. story.CellLines]);
        story.CellLines.Clear();
    }

    private void EndRow()
    {
        if (_state.Destination != Destination.Body) return;
        var story = _state.Story;
        if (story.Line.Length > 0 || story.CellLines.Count > 0 || _bytes.Count > 0) EndCell();
        if (story.Cells.Count > 0) story.Rows.Add(story.Cells);
        story.Cells = [];
    }

    // Writes the rows read since the table began, as DocxReader does: a row of several cells is a table row; a
    // one-cell row is a row of one cell in a table with columns (a category spanning it), else a layout box whose
    // paragraphs are read as paragraphs.
    private void FlushTable(Story story)
    {
        // Cells left open when the table stopped without \row still belong to it.
        if (story.Cells.Count > 0 || story.CellLines.Count > 0)
        {
            if (story.CellLines.Count > 0) { story.Cells.Add([.. story.CellLines]); story.CellLines.Clear(); }
            story.Rows.Add(story.Cells);
            story.Cells = [];
        }
        if (story.Rows.Count == 0) return;
        bool columns = story.Rows.Any(cells => cells.Count > 1);
        foreach (var cells in story.Rows)
        {
            _paragraph++;
            var location = new SourceLocation(_paragraph, 1);
            if (cells.Count == 1)
            {
                if (columns && cells[0].Count == 1) story.Blocks.Add(new Block(cells[0][0], BlockKind.TableRow, location) { Cells = [cells[0][0]] });
                else story.Blocks.AddRange(cells[0].Select(line => new Block(line, BlockKind.Paragraph, location)));
                continue;
            }
            if (cells.All(lines => lines.Count == 0)) continue;
            var line = string.Join(" | ", cells.Select(lines => string.Join(" ", lines))) + " |";
            story.Blocks.Add(new Block(line, BlockKind.TableRow, location) { Cells = cells.Select(lines => string.Join("\n", lines)).ToArray() });
        }
        story.Rows.Clear();
        ReleaseNotes(story);
    }

    private static void ReleaseNotes(Story story)
    {
        if (story.Rows.Count > 0 || story.Cells.Count > 0) return; // inside a table: after it
        story.Blocks.AddRange(story.Notes);
        story.Notes.Clear();
    }

    // Ends a story at the end of its group (or of the file): its last paragraph, its table, its notes.
    private void CloseStory(Story story, State state)
    {
        var current = _state;
        _state = state with { Story = story, Destination = Destination.Body, InTable = false };
        if (story.Line.Length > 0 || story.ListNumber is not null) EndParagraph();
        FlushTable(story);
        story.Blocks.AddRange(story.Notes);
        story.Notes.Clear();
        _state = current;
        switch (story.Kind)
        {
            case StoryKind.Furniture:
                _furniture.AddRange(story.Blocks.Select(b => b with { Kind = BlockKind.PageFurniture, Location = new SourceLocation(0, 1), Level = 0, Cells = null }));
                break;
            case StoryKind.Note:
                _state.Story.Notes.AddRange(story.Blocks);
                break;
        }
    }
}
