using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using QuestionExtract.Model;
using QuestionExtract.Reading.MarkupSource;

namespace QuestionExtract.Reading;

/// <summary>
/// Reads saved html pages with AngleSharp (no script runs, nothing is fetched): one block per block element,
/// ordered lists numbered as a browser shows them (start, type), bullets as "•", a &lt;br&gt; as a line break
/// inside its block, a data table's rows as one block each
/// with cells joined by " | " (keeping the cells, with their line breaks), a layout table's cells as the page's
/// own blocks (see <see cref="HtmlLayoutTable"/>), headings as heading blocks, the body of
/// a &lt;details&gt; (not its &lt;summary&gt;) marked collapsed, the &lt;title&gt; first. Scripts, styles and ruby
/// guides are left out. Forms, navigation, headers, footers, asides and buttons are left out too; with
/// <paramref name="chrome"/> rules (a saved page, not a fragment of one) they come out as page furniture the cleaner
/// reports, with the chrome the rules recognise (comments, related posts, share bars, sidebars, ads; see
/// <see cref="HtmlPageLayout"/>) and what follows the article, and an accordion's question buttons are read with
/// their panels as folded bodies. The page is decoded first (BOM, meta charset, else detection) so AngleSharp
/// never guesses.
/// </summary>
public sealed partial class HtmlReader(ReadLimits limits, Lazy<HtmlChromeRules>? chrome = null) : IDocumentReader
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "main",
        "blockquote", "pre", "dd", "dt", "dl", "hr", "br", "body", "center", "figure", "figcaption", "caption", "address", "details", "summary",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "form", "nav", "aside", "header", "footer", "head",
        "rt", "rp", "button", "select", "object", "embed", "canvas", "math", "textarea",
    };

    // Of the skipped elements, those that never hold text a reader of the page sees: left out without a word.
    private static readonly HashSet<string> Silent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "head", "rt", "rp", "object", "embed", "canvas", "math",
    };

    // The others are the page's chrome: reported when the page's chrome is looked for.
    private static readonly HashSet<string> ChromeElements = Skipped.Except(Silent, StringComparer.OrdinalIgnoreCase).ToHashSet(StringComparer.OrdinalIgnoreCase);

    // Controls that sit inside a line of text: reported as furniture of their own, the line left whole.
    private static readonly HashSet<string> InlineControls = new(StringComparer.OrdinalIgnoreCase) { "button", "select", "textarea" };

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*(?<c>[A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetPattern();

    // XHTML (an e-book's chapter, a strict page) may open with its XML declaration before the doctype.
    [GeneratedRegex(@"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body|<meta|<title|<div|<p[\s>]|<table|<h[1-6])", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MarkupPattern();

    // One parser per thread, reused: making one builds a browsing context, a tenth of the reader's time.
    [ThreadStatic]
    private static HtmlParser? t_parser;

    public string Format => "html";

    public bool CanRead(string path, ReadOnlySpan<byte> content)
    {
        var head = Encoding.Latin1.GetString(content[..Math.Min(content.Length, 2048)]).TrimStart('\uFEFF', 'ï', '»', '¿');
        return MarkupPattern().IsMatch(head);
    }

    public SourceDocument Read(string path, byte[] content)
    {
        var decoded = Decode(content);
        return Read(SourceInfoFactory.Create(path, Format, decoded.EncodingName, content), decoded);
    }

    /// <summary>
    /// Reads a page already decoded, for containers that hold html (MHTML): <paramref name="source"/> describes the
    /// file it came from, and an invalid-bytes offset counts in the bytes that were decoded.
    /// </summary>
    public SourceDocument Read(SourceInfo source, DecodedText decoded)
    {
        var warnings = new List<ExtractionWarning>();
        if (decoded.InvalidByteOffset >= 0)
            warnings.Add(new ExtractionWarning("invalid-bytes", $"bytes that are not valid {decoded.EncodingName} were replaced", $"byte {decoded.InvalidByteOffset}"));
        if (NestingDepth(decoded.Text) > limits.MaxHtmlDepth)
        {
            // Tree builders slow down badly on pathological nesting; the text is still read, without structure.
            warnings.Add(new ExtractionWarning("html-too-deep", $"elements nested deeper than {limits.MaxHtmlDepth}; read as plain text"));
            return new SourceDocument(source, StrippedText(decoded.Text), warnings);
        }
        var document = (t_parser ??= new HtmlParser(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = true })).ParseDocument(decoded.Text);
        var blocks = new List<Block>();
        var title = Collapse(document.Title ?? "");
        if (title.Length > 0) blocks.Add(new Block(title, BlockKind.Heading, new SourceLocation(1, 1)));
        var root = document.Body ?? (INode?)document.DocumentElement ?? document;
        if (root is IElement body) StyledOptionMarks.Apply(body);
        var layout = chrome is not null && root is IElement page ? HtmlPageLayout.Analyse(page, chrome.Value, Silent, ChromeElements) : null;
        new Walker(blocks, layout).Walk(root);
        // A forum post's raw BBCode (or other markup source) pasted into the page reads as its rendering would.
        return new SourceDocument(source, MarkupSourceNormaliser.Normalise(blocks), warnings);
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)[^>]*?(?<self>/)?>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HiddenContentPattern();

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
        { "br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "param", "source", "track", "wbr" };

    // The deepest nesting of elements, over the tags TagPattern finds: scanned by hand, because the regex
    // built a match and its groups for every tag (a fifth of the reader's time on saved pages).
    private static int NestingDepth(string html)
    {
        var voids = VoidElements.GetAlternateLookup<ReadOnlySpan<char>>();
        var text = html.AsSpan();
        int depth = 0, max = 0, at = 0;
        while ((at = html.IndexOf('<', at)) >= 0)
        {
            int i = at + 1;
            bool close = i < text.Length && text[i] == '/';
            if (close) i++;
            if (i >= text.Length || !char.IsAsciiLetter(text[i])) { at++; continue; }
            int nameStart = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-')) i++;
            int end = html.IndexOf('>', i);
            if (end < 0) break;  // no tag can close after this point
            at = end + 1;
            bool selfClosing = end > i && text[end - 1] == '/';
            if (selfClosing || voids.Contains(text[nameStart..i])) continue;
            depth = close ? Math.Max(0, depth - 1) : depth + 1;
            max = Math.Max(max, depth);
        }
        return max;
    }

    private static List<Block> StrippedText(string html)
    {
        var text = HiddenContentPattern().Replace(html, " ");
        text = TagPattern().Replace(text, m => BlockElements.Contains(m.Groups["name"].Value) ? "\n" : "");
        text = System.Net.WebUtility.HtmlDecode(text);
        var blocks = new List<Block>();
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var line = Collapse(lines[i]);
            if (line.Length > 0) blocks.Add(new Block(line, BlockKind.Paragraph, new SourceLocation(blocks.Count + 1, 1)));
        }
        return blocks;
    }

    /// <summary>
    /// Decodes a page: a BOM decides; else the charset a container declared for it (an MHTML part's header); else
    /// the meta charset; else detection.
    /// </summary>
    internal static DecodedText Decode(byte[] content, string? declaredCharset = null)
    {
        bool hasBom = content.Length >= 2 && ((content[0] == 0xEF && content[1] == 0xBB) || (content[0] == 0xFF && content[1] == 0xFE) || (content[0] == 0xFE && content[1] == 0xFF));
        if (hasBom) return TextDecoder.Decode(content);
        if (declaredCharset is not null && TextDecoder.DecodeDeclared(content, declaredCharset) is { } declared) return declared;
        var head = Encoding.Latin1.GetString(content, 0, Math.Min(content.Length, 4096));
        var meta = MetaCharsetPattern().Match(head);
        if (meta.Success && TextDecoder.DecodeDeclared(content, meta.Groups["c"].Value) is { } fromMeta) return fromMeta;
        return TextDecoder.Decode(content);
    }

    private static string Collapse(string text) => WhitespaceRun().Replace(text, " ").Trim();

    [GeneratedRegex(@"[ \t\r\n\f\u00A0]+")]
    private static partial Regex WhitespaceRun();

    /// <summary>Walks the DOM with an explicit stack, so any nesting depth is safe.</summary>
    private sealed class Walker(List<Block> blocks, HtmlPageLayout? layout)
    {
        // Stands for a <br> in the line being built; the same character in the page's text is read as a space.
        private const char LineBreak = '\v';

        private readonly StringBuilder _line = new();
        private BlockKind _kind = BlockKind.Paragraph;
        private int _level;
        private int _location = 1;
        private string? _prefix;
        private int _preDepth;
        // The text gathered for the next block came from a <pre> (a block of its own, flushed on entry and exit).
        private bool _codeText;
        // Inside a <details> and outside its <summary>: the folded body.
        private int _detailsDepth;
        private int _summaryDepth;
        // Inside chrome: the element it starts at and the rule it is reported under.
        private IElement? _chromeRoot;
        private string? _chromeRule;
        // Past the element that holds the article: the rest of the page is chrome.
        private bool _pastArticle;
        // Inside an accordion's question toggle, and inside the panels toggles open (folded bodies).
        private int _toggleDepth;
        private int _panelDepth;
        // Tables judged so far: true for a table that lays out the page (see HtmlLayoutTable).
        private readonly Dictionary<IElement, bool> _layoutTables = [];

        public void Walk(INode root)
        {
            var stack = new Stack<(INode Node, bool Exit)>();
            var counters = new Dictionary<IElement, (int Next, string Type)>();
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                var (node, exit) = stack.Pop();
                if (node is IText text)
                {
                    if (_toggleDepth > 0 && HtmlPageLayout.IsIcon(text.Data)) continue;
                    var data = _toggleDepth > 0 ? HtmlPageLayout.WithoutIcons(text.Data) : text.Data;
                    Append(_preDepth > 0 ? data : WhitespaceRun().Replace(data, " "), Line(node));
                    _codeText |= _preDepth > 0 && text.Data.Trim().Length > 0;
                    continue;
                }
                if (node is not IElement element)
                {
                    if (node is IDocument or IDocumentFragment) PushChildren(stack, node);
                    continue;
                }
                var name = element.LocalName;
                if (exit)
                {
                    if (name == "pre") _preDepth--;
                    if (IsBlock(name)) Flush();
                    if (name == "details") _detailsDepth--;
                    if (name == "summary") _summaryDepth--;
                    if (layout is not null) ExitLaidOut(element);
                    continue;
                }
                if (layout is null ? Skipped.Contains(name) || element.HasAttribute("hidden") : !EnterLaidOut(element, name)) continue;
                if (name == "br")
                {
                    _line.Append(LineBreak);
                    if (layout is not null) ExitLaidOut(element);
                    continue;
                }
                if (name == "tr" && !InLayoutTable(element))
                {
                    Flush();
                    Row(element);
                    if (layout is not null) ExitLaidOut(element);
                    continue;
                }
                if (IsBlock(name))
                {
                    Flush();
                    bool heading = name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';
                    _kind = heading ? BlockKind.Heading : name == "li" ? BlockKind.ListItem : BlockKind.Paragraph;
                    _level = heading ? name[1] - '0' : name == "li" ? ListDepth(element) : 0;
                }
                if (name is "ol")
                {
                    int start = int.TryParse(element.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 1;
                    counters[element] = (start, element.GetAttribute("type") ?? "1");
                }
                if (name == "li")
                {
                    if (element.ParentElement is { LocalName: "ol" } ol && counters.TryGetValue(ol, out var c))
                    {
                        int value = int.TryParse(element.GetAttribute("value"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : c.Next;
                        _prefix = ListLabel(value, c.Type) + ". ";
                        counters[ol] = (value + 1, c.Type);
                    }
                    else _prefix = "• ";
                }
                if (name == "pre") _preDepth++;
                if (name == "details") _detailsDepth++;
                if (name == "summary") _summaryDepth++;
                stack.Push((element, true));
                PushChildren(stack, element);
            }
            Flush();
        }

        // Entering an element of a page whose layout was worked out: false when the element is not walked
        // (left out silently, or reported whole as one piece of furniture).
        private bool EnterLaidOut(IElement element, string name)
        {
            if (Silent.Contains(name)) return false;
            if (_chromeRoot is not null) return true;  // inside chrome everything is chrome, controls included
            if (layout!.IsQuestionToggle(element))
            {
                // The toggle heads its panel (as ARIA's accordion pattern has it): a heading block of its own, or
                // the heading it stands in.
                if (_line.ToString().Trim().Length > 0) Flush();
                _kind = BlockKind.Heading;
                _toggleDepth++;
                return true;
            }
            bool panel = layout.IsPanel(element);
            var rule = layout.ChromeRuleOf(element) ?? (element.HasAttribute("hidden") && !panel ? HtmlPageLayout.HiddenRule : null);
            // The layout has judged a form by its share of the page (a quiz review's questions stand in one).
            if (rule is null && Skipped.Contains(name) && name != "form") rule = HtmlPageLayout.ChromeRule;
            if (rule is not null && (InlineControls.Contains(name) || rule == HtmlPageLayout.HiddenRule && InlineLevel(element)))
            {
                var text = Collapse(InlineText(element, control: true).Replace(LineBreak, ' '));
                if (text.Length > 0) blocks.Add(new Block(text, BlockKind.PageFurniture, new SourceLocation(Line(element), 1)) { FurnitureRule = rule });
                return false;
            }
            if (rule is not null)
            {
                Flush();
                _chromeRoot = element;
                _chromeRule = rule;
            }
            else if (panel) _panelDepth++;
            return true;
        }

        private void ExitLaidOut(IElement element)
        {
            if (element == _chromeRoot)
            {
                Flush();
                _chromeRoot = null;
                _chromeRule = null;
            }
            else if (_chromeRoot is null && layout!.IsQuestionToggle(element))
            {
                Flush();
                _toggleDepth--;
            }
            else if (_chromeRoot is null && layout!.IsPanel(element)) _panelDepth--;
            if (element == layout!.MainContent)
            {
                Flush();
                _pastArticle = true;
            }
        }

        // The rule the block being flushed is furniture by, or null for content.
        private string? FurnitureRule => _chromeRule ?? (_pastArticle ? HtmlPageLayout.OutsideArticleRule : null);

        private static void PushChildren(Stack<(INode, bool)> stack, INode node)
        {
            for (int i = node.ChildNodes.Length - 1; i >= 0; i--) stack.Push((node.ChildNodes[i], false));
        }

        // A list item's nesting depth, 1 for an item of a top-level list (a browser indents each level).
        private static int ListDepth(IElement item)
        {
            int depth = 0;
            for (var e = item.ParentElement; e is not null; e = e.ParentElement)
                if (e.LocalName is "ol" or "ul") depth++;
            return Math.Max(depth, 1);
        }

        // A cell is walked only in a layout table, where it is a block of the page like a division.
        private static bool IsBlock(string name) => BlockElements.Contains(name) || name is "td" or "th";

        // An element that sits inside a line of text: no block of its own, nor one inside it.
        private static bool InlineLevel(IElement element) => !IsBlock(element.LocalName) && !element.Descendants<IElement>().Any(d => IsBlock(d.LocalName));

        private bool InLayoutTable(IElement row)
        {
            var table = row.ParentElement;
            while (table is not null && table.LocalName != "table") table = table.ParentElement;
            if (table is null) return false;
            if (!_layoutTables.TryGetValue(table, out bool isLayout)) _layoutTables[table] = isLayout = HtmlLayoutTable.IsLayout(table);
            return isLayout;
        }

        private void Row(IElement row)
        {
            var cells = row.Children.Where(c => c.LocalName is "td" or "th")
                .Select(c => InlineText(c).Split(LineBreak).Select(Collapse).Where(l => l.Length > 0).ToList()).ToList();
            if (cells.All(lines => lines.Count == 0)) return;
            // The row's text has each cell on one line; the cells keep their line breaks. A one-cell row (a
            // category spanning the table) is a row of one cell.
            var texts = cells.Select(lines => string.Join(" ", lines)).ToList();
            var line = texts.Count == 1 ? texts[0] : string.Join(" | ", texts) + " |";
            var furniture = FurnitureRule;
            blocks.Add(new Block(line, furniture is null ? BlockKind.TableRow : BlockKind.PageFurniture, new SourceLocation(Line(row), 1))
                { Cells = cells.Select(lines => string.Join("\n", lines)).ToArray(), Collapsed = InFoldedBody, FurnitureRule = furniture });
        }

        // The element's text, with a LineBreak where a <br>, paragraph, division or list item breaks the line.
        private static string InlineText(IElement element, bool control = false)
        {
            var sb = new StringBuilder();
            var stack = new Stack<INode>();
            // A control reported as furniture is read although it is itself a skipped element; what it holds is filtered.
            if (control) for (int i = element.ChildNodes.Length - 1; i >= 0; i--) stack.Push(element.ChildNodes[i]);
            else stack.Push(element);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node is IText t) { sb.Append(t.Data); continue; }
                if (node is IElement e && (Skipped.Contains(e.LocalName) || e.HasAttribute("hidden"))) continue;
                if (node is IElement { LocalName: "br" or "p" or "div" or "li" }) sb.Append(LineBreak);
                for (int i = node.ChildNodes.Length - 1; i >= 0; i--) stack.Push(node.ChildNodes[i]);
            }
            return sb.ToString();
        }

        private void Append(string text, int line)
        {
            if (text.Length == 0) return;
            text = text.Replace(LineBreak, ' ');
            if (_line.ToString().Trim().Length == 0 && text.Trim().Length > 0) _location = line;
            _line.Append(text);
        }

        private void Flush()
        {
            var raw = _line.ToString().Replace('\u00A0', ' ');
            _line.Clear();
            // Each line of preformatted text is a block; a <br> breaks the line inside its block.
            var lines = raw.Split('\n')
                .Select(l => string.Join('\n', l.Split(LineBreak).Select(part => part.Trim()).Where(part => part.Length > 0)))
                .Where(l => l.Length > 0).ToList();
            if (lines.Count > 0)
            {
                if (_prefix is not null) lines[0] = _prefix + lines[0];
                _prefix = null;
                var furniture = FurnitureRule;
                for (int i = 0; i < lines.Count; i++)
                {
                    var kind = furniture is not null ? BlockKind.PageFurniture : i == 0 ? _kind : BlockKind.Paragraph;
                    blocks.Add(new Block(lines[i], kind, new SourceLocation(_location + i, 1), i == 0 ? _level : 0) { Collapsed = InFoldedBody, FurnitureRule = furniture, Code = _codeText });
                }
            }
            _codeText = false;
            _kind = BlockKind.Paragraph;
            _level = 0;
        }

        // A summary inside an outer body is still folded by the outer <details>.
        private bool InFoldedBody => _panelDepth > 0 || _detailsDepth > (_summaryDepth > 0 ? 1 : 0);

        private static int Line(INode node) =>
            (node as IElement ?? node.ParentElement)?.SourceReference?.Position.Line ?? 1;

        private static string ListLabel(int value, string type) => type switch
        {
            "a" => WordNumberFormat.Render("lowerLetter", value),
            "A" => WordNumberFormat.Render("upperLetter", value),
            "i" => WordNumberFormat.Render("lowerRoman", value),
            "I" => WordNumberFormat.Render("upperRoman", value),
            _ => value.ToString(CultureInfo.InvariantCulture),
        };
    }
}
