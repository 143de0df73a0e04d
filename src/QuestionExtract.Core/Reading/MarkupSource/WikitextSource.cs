using System.Text.RegularExpressions;

namespace QuestionExtract.Reading.MarkupSource;

/// <summary>
/// MediaWiki wikitext: `== Section ==` is a heading of its level; a template (`{{Infobox …}}`, over lines until its
/// braces close), magic words (`__TOC__`), `&lt;references /&gt;` and category links are page metadata; `&lt;ref&gt;`
/// notes go from the sentence; `'''bold'''`, `''italic''` and links leave their text; `;term` and `:definition`
/// lines lose their marks, `*` is a bullet and `#` numbers. The lead sentence's bold subject is the page's title, as
/// the wiki's own style guide makes it. Recognised by three of: a template line, a category link, a ref note, two
/// `==` headings, a magic word, bold quotes.
/// </summary>
public sealed partial class WikitextSource : IMarkupDialect
{
    public string RuleId => "wikitext-markup";

    public bool Recognises(IReadOnlyList<string> lines)
    {
        int evidence = (lines.Any(l => l.StartsWith("{{", StringComparison.Ordinal)) ? 1 : 0)
            + (lines.Any(l => Category().IsMatch(l)) ? 1 : 0)
            + (lines.Any(l => Ref().IsMatch(l) || References().IsMatch(l)) ? 1 : 0)
            + (lines.Count(l => Heading().IsMatch(l)) >= 2 ? 1 : 0)
            + (lines.Any(l => MagicWord().IsMatch(l)) ? 1 : 0)
            + (lines.Any(l => l.Contains("'''", StringComparison.Ordinal)) ? 1 : 0);
        return evidence >= 3;
    }

    public IReadOnlyList<IReadOnlyList<MarkupLine>> Render(IReadOnlyList<string> lines)
    {
        var result = new List<IReadOnlyList<MarkupLine>>(lines.Count);
        int depth = 0, number = 0;
        bool seenHeading = false, seenProse = false;
        foreach (var line in lines)
        {
            // A template runs until its braces close; one left open takes only its own line, not the rest of the page.
            if (depth > 0 || line.TrimStart().StartsWith("{{", StringComparison.Ordinal) && Closes(lines, result.Count))
            {
                depth += Count(line, "{{") - Count(line, "}}");
                if (depth < 0) depth = 0;
                result.Add([MarkupLine.Markup(line)]);
                continue;
            }
            var trimmed = line.Trim();
            if (MagicWord().IsMatch(trimmed) || References().IsMatch(trimmed) && References().Replace(trimmed, "").Trim().Length == 0
                || Category().Replace(trimmed, "").Trim().Length == 0 && trimmed.Length > 0)
            {
                result.Add([MarkupLine.Markup(line)]);
                continue;
            }
            if (Heading().Match(trimmed) is { Success: true } heading)
            {
                seenHeading = true;
                result.Add([MarkupLine.Heading(Inline(heading.Groups["t"].Value, []), heading.Groups["e"].Length, heading.Groups["e"].Value + " " + heading.Groups["e"].Value)]);
                continue;
            }
            var removed = new List<string>();
            var text = trimmed;
            if (ListMark().Match(text) is { Success: true } mark)
            {
                removed.Add(mark.Value);
                text = text[mark.Length..].TrimStart();
                if (mark.Value.EndsWith('*')) text = "• " + text;
                else if (mark.Value.EndsWith('#')) text = $"{++number}. " + text;
            }
            var parts = new List<MarkupLine>();
            if (!seenHeading && !seenProse && text.Length > 0 && LeadSubject().Match(text) is { Success: true } subject)
                parts.Add(MarkupLine.Heading(Inline(subject.Groups["t"].Value, []), 1, ""));
            if (text.Length > 0) seenProse = true;
            var shown = Inline(text, removed);
            if (shown.Length == 0 && trimmed.Length > 0) { result.Add([MarkupLine.Markup(line)]); continue; }
            parts.Add(MarkupLine.Body(shown, string.Join(" ", removed)));
            result.Add(parts);
        }
        return result;
    }

    private static string Inline(string text, List<string> removed)
    {
        text = Ref().Replace(text, m => { removed.Add(m.Value); return ""; });
        text = Category().Replace(text, m => { removed.Add(m.Value); return ""; });
        text = WikiLink().Replace(text, m => m.Groups["t"].Success ? m.Groups["t"].Value : m.Groups["p"].Value);
        text = ExternalLink().Replace(text, m => m.Groups["t"].Value);
        if (text.Contains("''", StringComparison.Ordinal)) { removed.Add("''"); text = Emphasis().Replace(text, ""); }
        return text.Trim();
    }

    private static bool Closes(IReadOnlyList<string> lines, int start)
    {
        int depth = 0;
        for (int i = start; i < lines.Count; i++)
        {
            depth += Count(lines[i], "{{") - Count(lines[i], "}}");
            if (depth <= 0) return true;
        }
        return false;
    }

    private static int Count(string text, string what)
    {
        int n = 0;
        for (int i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    [GeneratedRegex(@"\[\[(?:Category|分类|Kategorie|Catégorie):[^\]]*\]\]", RegexOptions.IgnoreCase)]
    private static partial Regex Category();

    [GeneratedRegex(@"<ref(?:\s[^>]*)?/>|<ref(?:\s[^>]*)?>.*?</ref>", RegexOptions.IgnoreCase)]
    private static partial Regex Ref();

    [GeneratedRegex(@"<references\s*/>|<references>|</references>|\{\{reflist\}\}", RegexOptions.IgnoreCase)]
    private static partial Regex References();

    [GeneratedRegex(@"^(?<e>={2,6})\s*(?<t>[^=].*?)\s*\k<e>\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^__[A-Z]+__$")]
    private static partial Regex MagicWord();

    [GeneratedRegex(@"^[;:*#]+")]
    private static partial Regex ListMark();

    [GeneratedRegex(@"^'''(?<t>[^']+)'''")]
    private static partial Regex LeadSubject();

    [GeneratedRegex(@"\[\[(?<p>[^\]|]+)(?:\|(?<t>[^\]]*))?\]\]")]
    private static partial Regex WikiLink();

    [GeneratedRegex(@"\[(?:https?|ftp)://\S+\s+(?<t>[^\]]+)\]")]
    private static partial Regex ExternalLink();

    [GeneratedRegex(@"'{2,5}")]
    private static partial Regex Emphasis();
}
