using System.Globalization;
using AngleSharp.Dom;
using QuestionExtract.Text;

namespace QuestionExtract.Reading;

/// <summary>
/// What a saved page's markup says about its parts, worked out once before the page is read: its chrome (by tag,
/// by class/id/role words, under a chrome heading), the element that holds the article, and accordion toggles
/// whose text is a question, with the panels that hold their answers. In the spirit of Readability's "unlikely
/// candidates", but conservative: chrome that holds the article, or most of the page's text, stays content.
/// </summary>
internal sealed partial class HtmlPageLayout
{
    /// <summary>Rule id of chrome recognised by its markup.</summary>
    public const string ChromeRule = "html-chrome";
    /// <summary>Rule id of what follows the element that holds the article.</summary>
    public const string OutsideArticleRule = "html-outside-article";
    /// <summary>Rule id of hidden elements that are no toggle's panel.</summary>
    public const string HiddenRule = "html-hidden";

    // The article element must hold this share of the page's text (chrome aside) to be taken as the article;
    // what follows it is then chrome. High enough that a container of half the questions is never taken.
    private const double MainContentShare = 0.6;

    private static readonly HashSet<string> InlineElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "span", "a", "b", "i", "em", "strong", "code", "small", "big", "font", "label", "sup", "sub", "u", "s", "mark", "abbr",
        "cite", "q", "time", "img", "kbd", "var", "bdi", "bdo", "data", "del", "ins", "tt", "samp", "dfn",
    };

    private static readonly string[] ToggleAttributes = ["aria-controls", "aria-expanded", "data-target", "data-bs-target", "data-toggle", "data-bs-toggle"];

    private readonly Dictionary<IElement, string> _chrome;
    private readonly HashSet<IElement> _questionToggles;
    private readonly HashSet<IElement> _panels;

    private HtmlPageLayout(Dictionary<IElement, string> chrome, IElement? mainContent, HashSet<IElement> questionToggles, HashSet<IElement> panels)
    {
        _chrome = chrome;
        MainContent = mainContent;
        _questionToggles = questionToggles;
        _panels = panels;
    }

    /// <summary>The element that holds the article, when the page has a clear one; what follows it is chrome.</summary>
    public IElement? MainContent { get; }

    /// <summary>The rule id an element is chrome by, or null when it is content.</summary>
    public string? ChromeRuleOf(IElement element) => _chrome.GetValueOrDefault(element);

    /// <summary>A toggle (an accordion's button) whose text is a question: content, not a control.</summary>
    public bool IsQuestionToggle(IElement element) => _questionToggles.Contains(element);

    /// <summary>The panel a toggle opens: read even when hidden, as a folded body under the toggle.</summary>
    public bool IsPanel(IElement element) => _panels.Contains(element);

    // A form that holds most of the page's text is the page itself, not a control on it: a quiz's review (Moodle
    // prints every question inside the form that saves their flags), a site that wraps its whole page in one form.
    private static bool IsPageForm(IElement element, int text, int pageText) => element.LocalName == "form" && text * 2 > pageText;

    // A box named as chrome (a quiz review's feedback, class "feedback") whose own child is named as an answer
    // (Moodle's rightanswer: The correct answer is: …) holds the question's answer, not the page's chrome.
    private static bool HoldsNamedAnswer(IElement element, HtmlChromeRules rules) =>
        element.Children.Any(c => c.Attributes.Length > 0 && rules.NamesAnswer(c.GetAttribute("class"), c.Id));

    public static HtmlPageLayout Analyse(IElement root, HtmlChromeRules rules, IReadOnlySet<string> silentElements, IReadOnlySet<string> chromeElements)
    {
        // The elements in document order, each after its parent, so one backward pass sums children into parents.
        var elements = new List<IElement>();
        var parents = new List<int>();
        var stack = new Stack<(IElement Element, int Parent)>();
        stack.Push((root, -1));
        while (stack.Count > 0)
        {
            var (element, parent) = stack.Pop();
            if (silentElements.Contains(element.LocalName)) continue;
            int at = elements.Count;
            elements.Add(element);
            parents.Add(parent);
            // ChildNodes, not Children: AngleSharp builds the element-only collection anew on every call.
            var children = element.ChildNodes;
            for (int c = children.Length - 1; c >= 0; c--)
                if (children[c] is IElement child) stack.Push((child, at));
        }

        int n = elements.Count;
        var own = new int[n];
        var byTag = new bool[n];
        var byWords = new bool[n];
        var articleLike = new bool[n];
        var candidate = new bool[n];
        for (int i = 0; i < n; i++)
        {
            var e = elements[i];
            own[i] = OwnTextLength(e);
            byTag[i] = i > 0 && chromeElements.Contains(e.LocalName);
            articleLike[i] = i > 0 && e.LocalName is "article" or "main";
            // Most elements carry no attribute at all: nothing to look up.
            if (i == 0 || e.Attributes.Length == 0)
            {
                candidate[i] = articleLike[i];
                continue;
            }
            var role = e.GetAttribute("role");
            rules.Judge(e.GetAttribute("class"), e.Id, out bool chromeWords, out bool contentWords);
            byWords[i] = !InlineElements.Contains(e.LocalName)
                && ((chromeWords && !contentWords && !HoldsNamedAnswer(e, rules)) || (role is not null && rules.IsChromeRole(role)));
            articleLike[i] |= role is not null && rules.IsContentRole(role);
            candidate[i] = articleLike[i] || contentWords;
        }

        var raw = (int[])own.Clone();
        var holdsArticle = new bool[n];
        for (int i = n - 1; i > 0; i--)
        {
            raw[parents[i]] += raw[i];
            holdsArticle[parents[i]] |= holdsArticle[i] || articleLike[i];
        }

        // Chrome by its words that holds the article or most of the page is the page's own frame, not chrome.
        var chrome = new bool[n];
        for (int i = 1; i < n; i++)
            chrome[i] = (byTag[i] && !IsPageForm(elements[i], raw[i], raw[0])) || (byWords[i] && !holdsArticle[i] && raw[i] * 2 <= raw[0]) || IsControl(elements[i], rules, raw[i]);
        MarkChromeSections(elements, holdsArticle, chrome, rules);

        var readable = (int[])own.Clone();
        for (int i = n - 1; i > 0; i--)
            if (!chrome[i]) readable[parents[i]] += readable[i];
        var underChrome = new bool[n];
        for (int i = 1; i < n; i++) underChrome[i] = underChrome[parents[i]] || chrome[parents[i]];

        // The deepest article-like element holding most of the readable text; such elements nest, so it is unique.
        int main = -1;
        for (int i = 1; i < n; i++)
            if (candidate[i] && !chrome[i] && !underChrome[i] && readable[0] > 0 && readable[i] >= MainContentShare * readable[0]) main = i;
        for (int a = main >= 0 ? parents[main] : -1; a > 0; a = parents[a]) chrome[a] = false;
        // Chrome that holds the page's own heading (the <h1> its <title> repeats) is the article's header.
        for (int a = MainHeading(elements, root.Owner?.Title); a > 0; a = parents[a]) chrome[a] = false;

        var result = new Dictionary<IElement, string>();
        for (int i = 1; i < n; i++)
            if (chrome[i]) result[elements[i]] = ChromeRule;

        var toggles = new HashSet<IElement>();
        var panels = new HashSet<IElement>();
        for (int i = 1; i < n; i++)
        {
            var e = elements[i];
            if (underChrome[i] || byWords[i] || (e.LocalName != "button" && e.GetAttribute("role") != "button")) continue;
            bool marked = ToggleAttributes.Any(e.HasAttribute);
            // A <button> a script wires up by its class alone (<button class="acc-q">+ What is …?</button><div
            // class="acc-a">) is a toggle too when its text is a question and a block follows it to open.
            if (!marked && e.LocalName != "button") continue;
            var panel = PanelOf(e);
            if (panel is null || panel.Contains(e)) continue;
            var text = ToggleText(e);
            bool question = e.LocalName == "button" && IsQuestionText(text, rules);
            if (!marked && !(question && IsPanelBlock(panel))) continue;
            panels.Add(panel);
            if (question) toggles.Add(e);
            // What a question or a "Show answer" opens is content, whatever its class; a "Login" toggle's dialog is not.
            if (toggles.Contains(e) || rules.IsControlLabel(text)) result.Remove(panel);
        }
        // Text a copy-protected page hides inside its sentences (<span style="display:none">转载自…</span>, a run
        // in font-size:0) is a watermark no reader sees. Inline elements only, with text on both sides of them: a
        // block hidden by its style, a toggle's panel, or a hidden span at a line's end (答案：<span …>B</span>, a
        // 查看答案 link's hidden answer) is as often an answer a script reveals, and one named as an answer is kept.
        for (int i = 1; i < n; i++)
            if (!underChrome[i] && !chrome[i] && InlineElements.Contains(elements[i].LocalName) && InvisibleStyle(elements[i].GetAttribute("style"))
                && !panels.Contains(elements[i]) && !rules.NamesAnswer(elements[i].GetAttribute("class"), elements[i].Id) && InsideText(elements[i]))
                result.TryAdd(elements[i], HiddenRule);
        // A hidden element named as an answer (<div class="answer" hidden>) waits for a script to reveal it: the
        // page's answer, read as a folded body like a toggle's panel.
        for (int i = 1; i < n; i++)
            if (!underChrome[i] && !chrome[i] && elements[i].HasAttribute("hidden") && rules.NamesAnswer(elements[i].GetAttribute("class"), elements[i].Id))
                panels.Add(elements[i]);
        return new HtmlPageLayout(result, main >= 0 ? elements[main] : null, toggles, panels);
    }

    // Visible text stands right before and right after the element, in the same parent: it sits inside a sentence.
    private static bool InsideText(IElement element) =>
        element.PreviousSibling is { } before && !string.IsNullOrWhiteSpace(before.TextContent)
        && element.NextSibling is { } after && !string.IsNullOrWhiteSpace(after.TextContent);

    // An inline style that shows nothing: display:none, visibility:hidden, or a font size of 0.
    private static bool InvisibleStyle(string? style) => style is not null && InvisibleStylePattern().IsMatch(style);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?)\s*(?:!important\s*)?(?:;|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex InvisibleStylePattern();

    /// <summary>The text of a toggle without its icons ("+", "▾"): the parts that hold a letter or digit.</summary>
    public static string ToggleText(IElement toggle)
    {
        var parts = new List<string>();
        foreach (var node in toggle.Descendants<IText>())
        {
            var text = node.Data.Trim();
            if (text.Any(char.IsLetterOrDigit)) parts.Add(text);
        }
        return string.Join(' ', parts);
    }

    /// <summary>
    /// A toggle's text without the icon typed at either end of it ("+ What is …?", "What is …? ▾"): a run of
    /// symbols or dashes set apart by a space. A sign glued to a number (+1, -5) is text.
    /// </summary>
    public static string WithoutIcons(string text)
    {
        int start = 0, end = text.Length;
        int run = start;
        while (run < end && IsIconCharacter(text[run])) run++;
        if (run > start && run < end && char.IsWhiteSpace(text[run])) start = run;
        run = end;
        while (run > start && IsIconCharacter(text[run - 1])) run--;
        if (run < end && run > start && char.IsWhiteSpace(text[run - 1])) end = run;
        return text[start..end];
    }

    private static bool IsIconCharacter(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.MathSymbol or UnicodeCategory.OtherSymbol or UnicodeCategory.DashPunctuation;

    /// <summary>Whether a text is printed without letters or digits (a toggle's icon).</summary>
    public static bool IsIcon(string text) => !text.Any(char.IsLetterOrDigit);

    // A chrome heading ("相关推荐", "Similar Reads") makes itself and the siblings after it chrome, up to the next
    // heading of its level or above; a sibling that holds the article ends the section.
    private static void MarkChromeSections(List<IElement> elements, bool[] holdsArticle, bool[] chrome, HtmlChromeRules rules)
    {
        // Built on the first chrome heading: most pages have none.
        Dictionary<IElement, int>? index = null;
        for (int i = 1; i < elements.Count; i++)
        {
            int level = HeadingLevel(elements[i]);
            if (level == 0 || chrome[i] || !rules.IsChromeHeading(elements[i].TextContent.Trim())) continue;
            chrome[i] = true;
            index ??= elements.Select((e, at) => (e, at)).ToDictionary(p => p.e, p => p.at);
            for (var sibling = elements[i].NextElementSibling; sibling is not null; sibling = sibling.NextElementSibling)
            {
                int other = HeadingLevel(sibling);
                if (other > 0 && other <= level) break;
                if (!index.TryGetValue(sibling, out int s)) continue;
                if (holdsArticle[s] || sibling.LocalName is "article" or "main") break;
                chrome[s] = true;
            }
        }
    }

    // The index of the page's own heading: the longest <h1> (else <h2>) whose text the <title> holds, or -1.
    private static int MainHeading(List<IElement> elements, string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return -1;
        title = CollapseSpaces(title);
        foreach (var level in (string[])["h1", "h2"])
        {
            int best = -1, bestLength = 1;
            for (int i = 1; i < elements.Count; i++)
            {
                if (elements[i].LocalName != level) continue;
                var text = CollapseSpaces(elements[i].TextContent);
                if (text.Length > bestLength && title.Contains(text, StringComparison.Ordinal)) (best, bestLength) = (i, text.Length);
            }
            if (best >= 0) return best;
        }
        return -1;
    }

    private static string CollapseSpaces(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int HeadingLevel(IElement element) =>
        element.LocalName is { Length: 2 } name && name[0] == 'h' && name[1] is >= '1' and <= '6' ? name[1] - '0' : 0;

    // The panel: the element aria-controls or data-target names, else the toggle's next sibling, else (a button
    // alone in its heading) the next sibling of its parent.
    private static IElement? PanelOf(IElement toggle)
    {
        var target = toggle.GetAttribute("aria-controls") ?? toggle.GetAttribute("data-bs-target") ?? toggle.GetAttribute("data-target");
        if (target is not null)
        {
            var id = target.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.TrimStart('#');
            if (!string.IsNullOrEmpty(id) && toggle.Owner?.GetElementById(id) is { } named) return named;
        }
        return toggle.NextElementSibling ?? (toggle.ParentElement is { Children.Length: 1 } alone ? alone.NextElementSibling : null);
    }

    // What an unmarked button can open: an element laid out as a block (an inline one, a link or a label, sits in
    // the button's line).
    private static bool IsPanelBlock(IElement panel) => !InlineElements.Contains(panel.LocalName) && panel.LocalName != "button";

    // A link or button that only works the page (<a href="javascript:;">展开解析 ▼</a>): its label is no text of the
    // document. What it opens stays (see the toggles below).
    // A box of such labels and nothing else (我要提问　查看答疑 (2)) is a toolbar, whatever its tags.
    // The subtree's trimmed text length (textLength) never exceeds TextContent's, so it rules out the long elements
    // before their text is built: TextContent walks the whole subtree, and this runs for every element.
    private static bool IsControl(IElement e, HtmlChromeRules rules, int textLength) =>
        (e.LocalName is "a" or "button" || e.GetAttribute("role") == "button") && e.Children.Length == 0 && e.TextContent.Length <= 20
        && rules.IsControlLabel(e.TextContent)
        || textLength <= ToolbarMaxLength && e.TextContent is { Length: <= ToolbarMaxLength } text && IsToolbarText(text, rules);

    private const int ToolbarMaxLength = 30;

    private static bool IsToolbarText(string text, HtmlChromeRules rules)
    {
        bool any = false;
        foreach (var piece in text.Split([' ', '\t', '\n', '\r', '\u3000', '|', '｜'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!piece.Any(char.IsLetter)) continue;
            if (!rules.IsControlLabel(piece)) return false;
            any = true;
        }
        return any;
    }

    // A question: it asks, or it is a sentence (four words, or six Chinese characters), and it is no control label.
    private static bool IsQuestionText(string text, HtmlChromeRules rules)
    {
        if (text.Length == 0 || rules.IsControlLabel(text)) return false;
        if (text.Contains('?') || text.Contains('？')) return true;
        int words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        int han = text.Count(HanCharacter.Is);
        return words >= 4 || han >= 6;
    }

    // The length of the element's own text, its ends trimmed (spaces inside count: the measure is a share).
    private static int OwnTextLength(IElement element)
    {
        int length = 0;
        var children = element.ChildNodes;
        for (int i = 0; i < children.Length; i++)
            if (children[i] is IText text) length += text.Data.AsSpan().Trim().Length;
        return length;
    }
}
