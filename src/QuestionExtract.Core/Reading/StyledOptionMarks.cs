using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace QuestionExtract.Reading;

/// <summary>
/// A quiz page may mark each right option by its look alone: red type (<c>&lt;font color="#FF0000"&gt;A．全面&lt;/font&gt;</c>,
/// a <c>color:red</c> style) or bold, with a note that says so (红色字体选项为正确答案, "Correct answers are shown in
/// bold"); only a page with such a note is read so. The reader writes the mark an answer sheet prints after a right option (✓, data <c>optionMarks</c>)
/// after each such option, as the Markdown reader does for a ticked task box, so the fields read the answer as they
/// read a printed mark. An option is marked only beside an option of the same question that is not: a page that
/// sets every option, or only the letters, in bold or red marks none.
/// </summary>
internal static partial class StyledOptionMarks
{
    public const string Mark = " ✓";

    private const int MaxOptionLength = 200;

    // An option as it opens: its letter, the letter's mark and some text (A．全面, (B) push(), c) 4).
    [GeneratedRegex(@"^[(（]?[A-Ha-h][.．、)）][ \t\u3000]*\S")]
    private static partial Regex OptionStart();

    // Another option's letter in what is left of a line once the styled text is taken out.
    [GeneratedRegex(@"(?<![A-Za-z0-9])[(（]?[A-H][.．、)）]")]
    private static partial Regex OptionLetter();

    [GeneratedRegex(@"(?<![-\w])color\s*:\s*(?<v>[^;""]+)", RegexOptions.IgnoreCase)]
    private static partial Regex StyleColor();

    private static readonly HashSet<string> RedNames = new(StringComparer.OrdinalIgnoreCase) { "red", "crimson", "darkred", "firebrick" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase) { "p", "div", "li", "td", "dd", "dt", "section", "article", "blockquote" };

    // The page's note that its styling shows the answers (红色字体选项为正确答案, 注：标红选项为正确答案, "Correct answers are
    // shown in bold"): without it red or bold may be anything, a taker's wrong pick or a stressed word.
    [GeneratedRegex(@"(?i)(?:红色|红字|标红|加粗|粗体|\bbold\b|\bred\b|highlighted)[^。.\n]{0,20}(?:正确|答案|\bcorrect\b)|(?:正确答案|正确选项|\bcorrect\s+(?:answers?|options?|choices?)\b)[^。.\n]{0,20}(?:红色|红字|标红|加粗|粗体|\bbold\b|\bred\b|highlighted)")]
    private static partial Regex StylingNote();

    public static void Apply(IElement root)
    {
        var styled = new List<IElement>();
        foreach (var e in root.QuerySelectorAll("font, b, strong, span, em"))
        {
            if (!Styled(e) || (styled.Count > 0 && styled[^1].Contains(e))) continue;
            styled.Add(e);
        }
        if (styled.Count == 0 || !HasStylingNote(root)) return;
        var set = styled.ToHashSet();
        // Decided on the page as it stands, then marked: a mark written would change what a later option's neighbours hold.
        var marked = new List<IElement>();
        foreach (var e in styled)
        {
            var text = Collapse(e.TextContent);
            if (text.Length == 0 || text.Length > MaxOptionLength) continue;
            if (IsMarkedOption(e, text, set)) marked.Add(e);
        }
        foreach (var e in marked) e.After(e.Owner!.CreateTextNode(Mark));
    }

    private const int MaxNoteLength = 300;

    // The note is a short element of its own (a paragraph, a span): read as the element that holds each piece of text,
    // each element once, as the page's whole text runs a heading into it (…Answer SheetCorrect answers…).
    private static bool HasStylingNote(IElement root)
    {
        var seen = new HashSet<IElement>();
        foreach (var node in root.Descendants<IText>())
        {
            if (node.ParentElement is not { } parent || !seen.Add(parent)) continue;
            var text = parent.TextContent;
            if (text.Length <= MaxNoteLength && StylingNote().IsMatch(text)) return true;
        }
        return false;
    }

    private static bool IsMarkedOption(IElement e, string text, HashSet<IElement> styled)
    {
        var block = BlockOf(e);
        if (block is null) return false;
        // A lettered list item whose whole text is styled (<ol type="A"><li><strong>&lt;a&gt;</strong></li>).
        if (block.LocalName.Equals("li", StringComparison.OrdinalIgnoreCase) && block.ParentElement is { LocalName: "ol" } list
            && list.GetAttribute("type") is "A" or "a" && Collapse(block.TextContent) == text)
            return list.Children.Any(li => li != block && li.LocalName == "li" && !WhollyStyled(li, styled));
        // Most styled text is no option: that is known before the block's text is read.
        if (!OptionStart().IsMatch(text)) return false;
        var blockText = Collapse(block.TextContent);
        // Options set side by side in one line: another option's letter in the line's unstyled text.
        if (blockText != text) return OptionLetter().IsMatch(Unstyled(block, styled));
        // One option to a line: a neighbouring line that is an option and not styled.
        foreach (var sibling in new[] { block.PreviousElementSibling, block.NextElementSibling })
            if (sibling is not null && OptionStart().IsMatch(Collapse(sibling.TextContent)) && !WhollyStyled(sibling, styled)) return true;
        return false;
    }

    private static IElement? BlockOf(IElement e)
    {
        for (var p = e.ParentElement; p is not null; p = p.ParentElement)
            if (Blocks.Contains(p.LocalName)) return p;
        return null;
    }

    private static bool WhollyStyled(IElement block, HashSet<IElement> styled)
    {
        var all = Collapse(block.TextContent);
        return all.Length > 0 && Collapse(Unstyled(block, styled)).Length == 0;
    }

    // The block's text with its styled elements' text left out.
    private static string Unstyled(IElement block, HashSet<IElement> styled)
    {
        var sb = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(block);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText t) { sb.Append(t.Data); continue; }
            if (node is IElement el && el != block && styled.Contains(el)) { sb.Append(' '); continue; }
            for (int i = node.ChildNodes.Length - 1; i >= 0; i--) stack.Push(node.ChildNodes[i]);
        }
        return sb.ToString();
    }

    private static bool Styled(IElement e)
    {
        if (e.LocalName is "b" or "strong") return true;
        if (e.LocalName == "font" && e.GetAttribute("color") is { } color && IsRed(color)) return true;
        return e.GetAttribute("style") is { } style && StyleColor().Match(style) is { Success: true } m && IsRed(m.Groups["v"].Value);
    }

    private static bool IsRed(string color)
    {
        color = color.Replace("important", "", StringComparison.OrdinalIgnoreCase).Trim().TrimEnd('!').Trim();
        if (RedNames.Contains(color)) return true;
        int r, g, b;
        if (color.StartsWith('#'))
        {
            var hex = color[1..];
            if (hex.Length == 3) hex = string.Concat(hex.Select(c => $"{c}{c}"));
            if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v)) return false;
            (r, g, b) = (v >> 16, (v >> 8) & 0xFF, v & 0xFF);
        }
        else if (color.StartsWith("rgb", StringComparison.OrdinalIgnoreCase))
        {
            var parts = color[(color.IndexOf('(') + 1)..].TrimEnd(')').Split(',');
            if (parts.Length < 3 || !int.TryParse(parts[0].Trim(), CultureInfo.InvariantCulture, out r)
                || !int.TryParse(parts[1].Trim(), CultureInfo.InvariantCulture, out g) || !int.TryParse(parts[2].Trim(), CultureInfo.InvariantCulture, out b)) return false;
        }
        else return false;
        return r >= 0xB0 && g <= 0x60 && b <= 0x60;
    }

    private static string Collapse(string text) => WhitespaceRun().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();
}
