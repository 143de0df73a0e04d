using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using QuestionExtract.Model;
using Block = QuestionExtract.Model.Block;

namespace QuestionExtract.Reading;

/// <summary>
/// Reads Markdown (.md, .markdown) with Markdig, parsed to its syntax tree only: headings as heading blocks
/// without their '#'; list items as list-item blocks that keep their marker as written ("1.", "-"), so the
/// numbers the author typed reach the segmenter; paragraphs and blockquote paragraphs as paragraphs; a code
/// block as one block with its lines and indentation; table rows as Markdown table rows ("| a | b |", the
/// delimiter row after the header). A collapsed &lt;details&gt; gives its &lt;summary&gt; as a paragraph of its own,
/// then its content, read as Markdown and marked collapsed (<see cref="Block.Collapsed"/>). Front matter and
/// navigation made only of links (a "previous | next" line, a table of contents) are page furniture. A footnote's
/// text follows the block that first refers to it, and its marker ([^1]) is left out.
/// Text keeps the author's inline markup: the source is Markdown, and consumers of the output render it as
/// Markdown, so <c>**Clarify**</c>, <c>`async`</c>, <c>[MDN](https://…)</c> and backslash escapes stay as
/// written (the segmenter treats emphasis around a label or number as transparent). Images stay too, as
/// <c>![alt](src)</c>: in a question bank a figure is part of the answer, and its alt text and address are
/// all that is left of it otherwise. Titles are the exception: a heading's links, and the one link that is a list
/// item's first line with a body under it, read as their text; the target (a permalink, a table of contents'
/// anchor) is no part of the title. Inline html is not Markdown's own markup: tags go (their text stays),
/// &lt;br&gt; is a line break. Entities read as their character unless that character would be markup itself.
/// Soft line breaks stay as '\n', as in the source; the "&gt; " and indentation of continuation lines do not
/// reach the text. Locations are the line and column in the file.
/// </summary>
public sealed partial class MarkdownReader(ReadLimits limits, string? forcedEncoding = null) : IDocumentReader
{
    /// <summary>Extensions read as Markdown: the content cannot tell Markdown from plain text.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown" };

    // Containers deeper than this are read as their source text: the tree walk recurses.
    private const int MaxDepth = 64;

    // Parsers only (no renderer, no extension that reflects), so the reader stays trimming- and AOT-safe.
    private static readonly MarkdownPipeline DocumentPipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().UseCjkFriendlyEmphasis().UseFootnotes().Build();
    // The content of an html block (a <details> body) has no front matter.
    private static readonly MarkdownPipeline FragmentPipeline = new MarkdownPipelineBuilder().UsePipeTables().UseCjkFriendlyEmphasis().UseFootnotes().Build();

    // The front matter's title line: title: Go 面试笔记, title: "…" or '…'.
    [GeneratedRegex(@"^title[ \t]*:[ \t]*[""']?(?<t>[^""'\r\n]+?)[""']?[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex FrontMatterTitle();

    [GeneratedRegex(@"<summary\b[^>]*>(?<s>.*?)</summary\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex SummaryPattern();

    [GeneratedRegex(@"</?details\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex DetailsTagPattern();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTagPattern();

    [GeneratedRegex(@"^<br\s*/?>$", RegexOptions.IgnoreCase)]
    private static partial Regex BreakTagPattern();

    public string Format => "markdown";

    public bool CanRead(string path, ReadOnlySpan<byte> content) =>
        Extensions.Contains(Path.GetExtension(path)) && (content.IndexOf((byte)0) < 0 || TextDecoder.LooksLikeUtf16(content, out _));

    public SourceDocument Read(string path, byte[] content)
    {
        var decoded = TextDecoder.Decode(content, forcedEncoding);
        var warnings = decoded.Warnings();
        var text = decoded.Text.TrimStart('\uFEFF');
        var blocks = new List<Block>();
        try
        {
            new Walker(blocks, limits).Document(text, DocumentPipeline, lineOffset: 0, depth: 0);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("nested", StringComparison.Ordinal))
        {
            // Markdig refuses pathological nesting; the text is still read, one block per line, without structure.
            warnings.Add(new ExtractionWarning("markdown-too-deep", "Markdown nested too deeply to parse; read as plain text"));
            blocks.Clear();
            var lines = text.Replace("\r\n", "\n").Split('\n');
            for (int i = 0; i < lines.Length; i++)
                if (lines[i].Trim().Length > 0) blocks.Add(new Block(lines[i].Trim(), BlockKind.Paragraph, new SourceLocation(i + 1, 1)));
        }
        return new SourceDocument(SourceInfoFactory.Create(path, Format, decoded.EncodingName, content), blocks, warnings);
    }

    private sealed class Walker(List<Block> blocks, ReadLimits limits)
    {
        public void Document(string source, MarkdownPipeline pipeline, int lineOffset, int depth)
        {
            var document = Markdown.Parse(source, pipeline);
            new Source(this, source, lineOffset).Children(document, depth);
        }

        /// <summary>
        /// How many &lt;details&gt; are open where the walk is: blocks read meanwhile are collapsed. The tags stand in
        /// html blocks of their own, with Markdown between them, so the count runs across sibling blocks.
        /// </summary>
        public int OpenDetails { get; set; }

        public void Add(string text, BlockKind kind, int line, int column, int level = 0, IReadOnlyList<string>? cells = null, bool? collapsed = null, bool code = false)
        {
            text = text.Trim();
            if (text.Length > 0) blocks.Add(new Block(text, kind, new SourceLocation(line, column), level) { Cells = cells, Collapsed = collapsed ?? OpenDetails > 0, Code = code });
        }

        public ReadLimits Limits => limits;
    }

    /// <summary>One parsed text (the file, or the body of a &lt;details&gt;) and where its first line sits in the file.</summary>
    private sealed class Source(Walker walker, string text, int lineOffset)
    {
        private int Line(Markdig.Syntax.Block block) => lineOffset + block.Line + 1;

        // Footnotes whose text has been read where they were first referred to.
        private readonly HashSet<Footnote> _notesRead = [];

        // A footnote's text follows the line that first refers to it (1. 什么是死锁？[^2] … [^2]: 多个进程…): a bank that
        // answers in footnotes reads as questions with their answers under them, and the marker itself is no text.
        private void NotesOf(ContainerInline? inlines, int depth)
        {
            if (inlines is null) return;
            foreach (var link in inlines.FindDescendants<FootnoteLink>().ToList())
                if (!link.IsBackLink && link.Footnote is { } note && _notesRead.Add(note)) Children(note, depth);
        }

        public void Children(ContainerBlock container, int depth)
        {
            foreach (var child in container) Visit(child, depth + 1);
        }

        private void Visit(Markdig.Syntax.Block block, int depth)
        {
            int line = Line(block), column = block.Column + 1;
            if (depth > MaxDepth)
            {
                walker.Add(SourceText(block), BlockKind.Paragraph, line, column);
                return;
            }
            switch (block)
            {
                case YamlFrontMatterBlock front:
                    walker.Add(front.Lines.ToString(), BlockKind.PageFurniture, line, column);
                    // The title a static site generator prints at the top of the page, as an html page's <title>.
                    if (FrontMatterTitle().Match(front.Lines.ToString()) is { Success: true } title && title.Groups["t"].Value.Trim() is { Length: > 0 } value)
                        walker.Add(value, BlockKind.Heading, line, column);
                    break;
                case HeadingBlock heading:
                    // A heading's link is its permalink or a table of contents' target ([1. What is a merge?](#merge)):
                    // the heading reads as its text, and the target would run into the body under it.
                    walker.Add(InlineText(heading.Inline, linkTargets: false), BlockKind.Heading, line, column, heading.Level);
                    NotesOf(heading.Inline, depth);
                    break;
                case ParagraphBlock paragraph:
                    var paragraphText = InlineText(paragraph.Inline);
                    // An Obsidian callout's header ([!question], [!success]- 答案) is markup: the type goes, the title
                    // stays, so a title that is a label word (答案, Answer) is read as the label.
                    if (paragraph.Parent is QuoteBlock) paragraphText = CalloutHeader().Replace(paragraphText, "");
                    var paragraphKind = OnlyLinks(paragraph.Inline) ? BlockKind.PageFurniture : BlockKind.Paragraph;
                    // A static site's directive on a line of its own ({{< details "查看答案" >}}, ::: tip, {% note %})
                    // opens or closes a container there, as a fence does: it stands as a block of its own, which the
                    // cleaner can take whole, and the text around it keeps its lines.
                    if (paragraphText.Contains('\n') && TemplateDirectiveLine().IsMatch(paragraphText))
                    {
                        var paragraphLines = paragraphText.Split('\n');
                        int from = 0;
                        for (int k = 0; k <= paragraphLines.Length; k++)
                        {
                            bool directive = k < paragraphLines.Length && TemplateDirectiveLine().IsMatch(paragraphLines[k]);
                            if (k < paragraphLines.Length && !directive) continue;
                            if (k > from) walker.Add(string.Join("\n", paragraphLines[from..k]), paragraphKind, line + from, from == 0 ? column : 1);
                            if (directive) walker.Add(paragraphLines[k], BlockKind.Paragraph, line + k, 1);
                            from = k + 1;
                        }
                        NotesOf(paragraph.Inline, depth);
                        break;
                    }
                    walker.Add(paragraphText, paragraphKind, line, column);
                    NotesOf(paragraph.Inline, depth);
                    break;
                case CodeBlock code: // fenced and indented; the text as written, with its line breaks and indentation
                    var lines = code.Lines.ToString().TrimEnd('\n', '\r', ' ');
                    if (lines.Trim().Length > 0) walker.Add(lines.TrimStart('\n', '\r'), BlockKind.Paragraph, line, column, code: true);
                    break;
                case HtmlBlock html:
                    Html(html, depth);
                    break;
                case ListBlock list:
                    List(list, depth, OnlyLinks(list));
                    break;
                case Table table:
                    Table(table);
                    break;
                // Notes read where they were referred to are not read again at the end.
                case Footnote note:
                    if (_notesRead.Add(note)) Children(note, depth);
                    break;
                // A note nothing refers to is left out of the tree's notes; its text stays where it was written.
                case LinkReferenceDefinitionGroup definitions:
                    foreach (var definition in definitions.OfType<FootnoteLinkReferenceDefinition>())
                        if (definition.Footnote is { } unreferenced && unreferenced.Parent is null && _notesRead.Add(unreferenced)) Children(unreferenced, depth);
                    break;
                case ContainerBlock container: // block quotes and anything else that holds blocks
                    Children(container, depth);
                    break;
                // Thematic breaks, link reference definitions and blank lines carry no text.
            }
        }

        private void List(ListBlock list, int depth, bool furniture, int listLevel = 1)
        {
            bool options = TicksOptions(list);
            foreach (var item in list.OfType<ListItemBlock>())
            {
                var marker = Marker(item);
                bool first = true;
                foreach (var child in item)
                {
                    if (first && child is ParagraphBlock p)
                    {
                        // An item titled by one link with its body under it (1. [What is a closure?](#closure) ⏎ ⏎ answer)
                        // is titled as a heading is: the link's target is no part of the title. A contents list, all
                        // links, is navigation and stays as written.
                        bool titleLink = !furniture && item.Count > 1 && OneLink(p.Inline);
                        walker.Add(marker + " " + WithoutTaskBox(InlineText(p.Inline, linkTargets: !titleLink).Trim(), options), furniture ? BlockKind.PageFurniture : BlockKind.ListItem, Line(item), item.Column + 1, listLevel);
                        NotesOf(p.Inline, depth);
                    }
                    else if (child is ListBlock nested)
                    {
                        if (first) walker.Add(marker, furniture ? BlockKind.PageFurniture : BlockKind.ListItem, Line(item), item.Column + 1, listLevel);
                        if (depth + 1 > MaxDepth) walker.Add(SourceText(nested), BlockKind.Paragraph, Line(nested), nested.Column + 1);
                        else List(nested, depth + 1, furniture, listLevel + 1);
                    }
                    else
                    {
                        if (first) walker.Add(marker, furniture ? BlockKind.PageFurniture : BlockKind.ListItem, Line(item), item.Column + 1, listLevel);
                        Visit(child, depth + 1);
                    }
                    first = false;
                }
            }
        }

        // Each row as a Markdown table row, "| a | b |"; the delimiter row follows the header row, so a renderer
        // given the rows (an answer holding a table) still sees a table.
        private void Table(Table table)
        {
            foreach (var row in table.OfType<TableRow>())
            {
                var cells = row.OfType<TableCell>().Select(cell => EscapePipes(string.Join(" ", cell.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline).Trim())))).ToList();
                if (cells.All(c => c.Length == 0)) continue;
                // The cells as their readers see them: an escaped pipe is the cell's own character.
                walker.Add(TableRowText(cells), BlockKind.TableRow, Line(row), row.Column + 1, cells: cells.Select(c => c.Replace(@"\|", "|")).ToArray());
                if (row.IsHeader)
                {
                    var delimiters = Enumerable.Range(0, cells.Count).Select(i => Delimiter(i < table.ColumnDefinitions.Count ? table.ColumnDefinitions[i].Alignment : null)).ToArray();
                    walker.Add(TableRowText(delimiters), BlockKind.TableRow, Line(row) + 1, row.Column + 1, cells: delimiters);
                }
            }
        }

        // A task list's box (- [ ] / - [x]) is a checklist's tick, no part of the item's text.
        // A task box is markup. In a list of options some ticked and some not (- [ ] A. 网络层 ⏎ - [x] B. 传输层),
        // the tick marks the right option: it is read as the mark an answer sheet prints after one (✓, see
        // optionMarks). A checklist of study items (a question each, its answer nested under it) keeps no mark.
        private static string WithoutTaskBox(string item, bool ticksOptions)
        {
            if (TaskBox(item) is not { } ticked) return item;
            return ticksOptions && ticked ? item[4..].Trim() + " ✓" : item[4..].TrimStart();
        }

        private static bool? TaskBox(string item) =>
            item.Length > 4 && item[0] == '[' && item[2] == ']' && item[3] == ' ' && item[1] is ' ' or 'x' or 'X' ? item[1] != ' ' : null;

        // Options: every item one line with a box, at least one ticked and one not.
        private bool TicksOptions(ListBlock list)
        {
            int ticked = 0, open = 0;
            foreach (var item in list.OfType<ListItemBlock>())
            {
                if (item.Count != 1 || item[0] is not ParagraphBlock p) return false;
                switch (TaskBox(InlineText(p.Inline).Trim()))
                {
                    case true: ticked++; break;
                    case false: open++; break;
                    default: return false;
                }
            }
            return ticked > 0 && open > 0;
        }

        // The item's marker as the author typed it ("1.", "3)", "-", "*"): the number stays what the source says.
        private string Marker(ListItemBlock item)
        {
            int start = Math.Clamp(item.Span.Start, 0, text.Length);
            int end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            var marker = text[start..end];
            return marker.Length is > 0 and <= 12 ? marker : ((ListBlock?)item.Parent)?.IsOrdered == true ? $"{item.Order}." : "-";
        }

        // <details>/<summary> are html blocks around Markdown: the summary becomes a paragraph of its own and
        // the rest of the block (which GitHub leaves unparsed when no blank line follows the tags) is read as
        // Markdown. Any other html block goes through the html reader.
        private void Html(HtmlBlock html, int depth)
        {
            if (html.Type == HtmlBlockType.Comment) return;
            var raw = html.Lines.ToString();
            int line = Line(html);
            if (!SummaryPattern().IsMatch(raw) && !DetailsTagPattern().IsMatch(raw))
            {
                HtmlFragment(raw, line);
                return;
            }
            int at = 0, openBefore = walker.OpenDetails;
            foreach (Match summary in SummaryPattern().Matches(raw))
            {
                walker.OpenDetails = OpenAt(raw, at, openBefore);
                Fragment(raw[at..summary.Index], line + LinesBefore(raw, at), depth);
                walker.OpenDetails = OpenAt(raw, summary.Index, openBefore);
                var label = System.Net.WebUtility.HtmlDecode(AnyTagPattern().Replace(summary.Groups["s"].Value, ""));
                // The summary stands outside the body its own <details> folds.
                walker.Add(Collapse(label), BlockKind.Paragraph, line + LinesBefore(raw, summary.Index), 1, collapsed: walker.OpenDetails > 1);
                at = summary.Index + summary.Length;
            }
            walker.OpenDetails = OpenAt(raw, at, openBefore);
            Fragment(raw[at..], line + LinesBefore(raw, at), depth);
            walker.OpenDetails = OpenAt(raw, raw.Length, openBefore);
        }

        // The <details> open at an offset of an html block: those open before it, plus the block's opening tags
        // before the offset, less its closing ones.
        private static int OpenAt(string raw, int offset, int openBefore)
        {
            int open = openBefore;
            foreach (Match tag in DetailsTagPattern().Matches(raw[..offset])) open += tag.Value[1] == '/' ? -1 : 1;
            return Math.Max(0, open);
        }

        private void Fragment(string part, int line, int depth)
        {
            part = DetailsTagPattern().Replace(part, "");
            if (part.Trim().Length == 0) return;
            walker.Document(Dedent(part), FragmentPipeline, line - 1, depth + 1);
        }

        private void HtmlFragment(string html, int line)
        {
            var read = new HtmlReader(walker.Limits).Read("fragment.html", Encoding.UTF8.GetBytes(html));
            foreach (var block in read.Blocks) walker.Add(block.Text, block.Kind, line + block.Location.Line - 1, block.Location.Column, block.Level, block.Cells);
        }

        private string SourceText(Markdig.Syntax.Block block)
        {
            int start = Math.Clamp(block.Span.Start, 0, text.Length), end = Math.Clamp(block.Span.End + 1, start, text.Length);
            return text[start..end];
        }
    }

    private static string TableRowText(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    private static string Delimiter(TableColumnAlign? align) => align switch
    {
        TableColumnAlign.Left => ":---",
        TableColumnAlign.Center => ":---:",
        TableColumnAlign.Right => "---:",
        _ => "---",
    };

    // A pipe inside a cell is written "\|", as GitHub's tables want it: it renders as "|", where a full-width
    // "｜" would change the character. Pipes the author escaped already come through escaped.
    private static string EscapePipes(string cell) => PipeInCellPattern().Replace(cell, @"\|");

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex PipeInCellPattern();

    // A callout header at a line's start inside a quote: [!type], folded (-) or open (+), and the line break when no title follows.
    // Hugo shortcodes ({{< … >}}, {{% … %}}), Liquid and Hexo tags ({% … %}), and VitePress, Docusaurus and Quarto
    // container fences (::: details 查看答案, :::), each the whole line.
    [GeneratedRegex(@"^[ \t]*(?:\{\{[<%][^{}\n]{0,200}[%>]\}\}|\{%[^{}\n]{0,200}%\}|:::+(?:[ \t]*[\w{][^\n]{0,200})?)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex TemplateDirectiveLine();

    [GeneratedRegex(@"^\[![A-Za-z][\w-]*\][-+]?[ \t]*\n?", RegexOptions.Multiline)]
    private static partial Regex CalloutHeader();

    private static int LinesBefore(string text, int offset) => text.AsSpan(0, offset).Count('\n');

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Content lifted out of an html block keeps the indentation of its tags; a common indent would make it code.
    private static string Dedent(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        int indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ', '\t').Length).DefaultIfEmpty(0).Min();
        return indent == 0 ? text : string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    /// <summary>
    /// The inline content as Markdown, the way the author marked it: emphasis with its delimiters, code spans with
    /// their backtick runs, links and images as <c>[text](url)</c> / <c>![alt](src)</c>, backslash escapes kept.
    /// Built from the syntax tree rather than cut from the source, so the "&gt; " and indentation of continuation
    /// lines in quotes and list items cannot leak in. Line breaks (soft, hard, &lt;br&gt;) are '\n'. Without
    /// <paramref name="linkTargets"/> a link is its text alone (images stay as written).
    /// </summary>
    private static string InlineText(ContainerInline? inlines, bool linkTargets = true)
    {
        var sb = new StringBuilder();
        if (inlines is null) return "";
        // Explicit stack: emphasis can nest as deep as the source likes. A string on it is a closing mark,
        // written once the children of its emphasis or link are.
        var stack = new Stack<object>();
        PushChildren(stack, inlines);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case string closing:
                    sb.Append(closing);
                    break;
                // A footnote's marker ([^1]) and its way back (↩) are markup: the note's text is read on its own.
                case FootnoteLink:
                    break;
                case LinkInline { IsImage: false } link when !linkTargets:
                    PushChildren(stack, link);
                    break;
                case LinkInline link:
                    sb.Append(link.IsImage ? "![" : "[");
                    stack.Push(LinkDestination(link));
                    PushChildren(stack, link);
                    break;
                case LiteralInline literal:
                    // "\*" stays escaped: unescaped, it would be emphasis to whoever renders the text.
                    if (literal.IsFirstCharacterEscaped) sb.Append('\\');
                    sb.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    sb.Append(CodeSpan(code));
                    break;
                case LineBreakInline:
                    sb.Append('\n');
                    break;
                case HtmlEntityInline entity:
                    sb.Append(Entity(entity));
                    break;
                case AutolinkInline autolink:
                    sb.Append('<').Append(autolink.Url).Append('>');
                    break;
                case HtmlInline html:
                    if (BreakTagPattern().IsMatch(html.Tag)) sb.Append('\n');
                    break;
                case EmphasisInline emphasis:
                    var mark = new string(emphasis.DelimiterChar, emphasis.DelimiterCount);
                    sb.Append(mark);
                    stack.Push(mark);
                    PushChildren(stack, emphasis);
                    break;
                case DelimiterInline delimiter:
                    sb.Append(delimiter.ToLiteral());
                    PushChildren(stack, delimiter);
                    break;
                case ContainerInline container:
                    PushChildren(stack, container);
                    break;
            }
        }
        return sb.ToString();
    }

    private static void PushChildren(Stack<object> stack, ContainerInline container)
    {
        for (var i = container.LastChild; i is not null; i = i.PreviousSibling) stack.Push(i);
    }

    // The backtick run the author used; a space pads content that starts or ends with a backtick, or that had
    // spaces on both sides (one pair of which Markdig strips), so the span reads back the same.
    private static string CodeSpan(CodeInline code)
    {
        var ticks = new string(code.Delimiter, Math.Max(code.DelimiterCount, 1));
        var content = code.Content;
        bool pad = content.Length > 0 && (content[0] == code.Delimiter || content[^1] == code.Delimiter
            || (content[0] == ' ' && content[^1] == ' ' && content.Trim().Length > 0));
        return pad ? $"{ticks} {content} {ticks}" : ticks + content + ticks;
    }

    // Written inline even for a reference link: the definition it points to is not part of any block.
    private static string LinkDestination(LinkInline link)
    {
        var url = link.Url ?? "";
        var destination = link.UrlHasPointyBrackets || url.Contains(' ') ? $"<{url}>" : url;
        var title = string.IsNullOrEmpty(link.Title) ? "" : link.TitleEnclosingCharacter == '(' ? $" ({link.Title})" : $" \"{link.Title}\"";
        return $"]({destination}{title})";
    }

    // An entity reads as its character (&eacute; → é, &nbsp; → no-break space), except where that character
    // would itself be markup to a renderer (&lt; &amp; &#42; …): there the entity stays as written.
    private static string Entity(HtmlEntityInline entity)
    {
        var decoded = entity.Transcoded.ToString();
        return decoded.AsSpan().IndexOfAny(MarkupCharacters) >= 0 ? entity.Original.ToString() : decoded;
    }

    private static readonly System.Buffers.SearchValues<char> MarkupCharacters = System.Buffers.SearchValues.Create("<>&\\`*_[]~|#!");

    // Navigation: at least one link, and besides links only images, separators and whitespace.
    private static bool OnlyLinks(ContainerInline? inlines) =>
        CountLinks(inlines, navigation: true) > 0;

    // A title made of one link: a single link (not an image), with only whitespace or emphasis around it.
    private static bool OneLink(ContainerInline? inlines) =>
        CountLinks(inlines, navigation: false) == 1;

    // The links of inlines that hold nothing else but filler (emphasis is looked into), or -1 when they hold
    // anything else. Filler is whitespace; in a navigation line also images, separators, breaks and inline html.
    private static int CountLinks(ContainerInline? inlines, bool navigation)
    {
        if (inlines is null) return -1;
        int links = 0;
        var stack = new Stack<Inline>();
        for (var i = inlines.LastChild; i is not null; i = i.PreviousSibling) stack.Push(i);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case LinkInline { IsImage: true } when navigation:
                    break;
                case LinkInline { IsImage: false }:
                case AutolinkInline when navigation:
                    links++;
                    break;
                case LiteralInline literal when literal.Content.ToString().All(c => char.IsWhiteSpace(c) || (navigation && NavigationSeparators.Contains(c))):
                    break;
                case LineBreakInline or HtmlInline when navigation:
                    break;
                case EmphasisInline emphasis:
                    for (var i = emphasis.LastChild; i is not null; i = i.PreviousSibling) stack.Push(i);
                    break;
                default:
                    return -1;
            }
        }
        return links;
    }

    private const string NavigationSeparators = "|｜·•-–—/\\,，;；:：<>«»←→()（）[]【】、";

    private static bool OnlyLinks(ListBlock list, int depth = 0) =>
        depth <= MaxDepth && list.OfType<ListItemBlock>().All(item => item.Count > 0 && item.All(child => child switch
        {
            ParagraphBlock p => OnlyLinks(p.Inline),
            ListBlock nested => OnlyLinks(nested, depth + 1),
            _ => false,
        }));
}
