using System.Text.RegularExpressions;

namespace QuestionExtract.Reading.MarkupSource;

/// <summary>
/// A forum post's raw BBCode: style tags (`[b]`, `[color=#f00]`, `[size=4]`, `[url=…]`) go and leave their text, so
/// `[b][color=red]1[/color]、Q[/b]` shows its `1、`; a `[spoiler=点击查看答案]` or `[hide]` box opens on a line of its
/// own (the answer a reader clicks to see), its caption being the box's button; `[img]` and `[attach]` go whole;
/// `[*]` is a bullet; a line that is one link only is furniture. Recognised by three closing tags of at least two kinds.
/// </summary>
public sealed partial class BbCodeSource : IMarkupDialect
{
    public string RuleId => "bbcode-markup";

    public bool Recognises(IReadOnlyList<string> lines)
    {
        var closings = lines.SelectMany(l => Closing().Matches(l)).Select(m => m.Groups["n"].Value.ToLowerInvariant()).ToList();
        return closings.Count >= 3 && closings.Distinct().Count() >= 2;
    }

    public IReadOnlyList<IReadOnlyList<MarkupLine>> Render(IReadOnlyList<string> lines)
    {
        var result = new List<IReadOnlyList<MarkupLine>>(lines.Count);
        foreach (var line in lines)
        {
            if (Closing().Matches(line).Count == 0 && Opening().Matches(line).Count == 0) { result.Add([MarkupLine.Body(line)]); continue; }
            // A line that is one link only is the post's pointer elsewhere, as a Markdown paragraph of links is.
            if (LinkLine().IsMatch(line)) { result.Add([MarkupLine.Markup(line)]); continue; }
            var removed = new List<string>();
            var text = Media().Replace(line, m => { removed.Add(m.Value); return ""; });
            text = Box().Replace(text, m => { removed.Add(m.Value); return "\n"; });
            text = Opening().Replace(text, m => { removed.Add(m.Value); return m.Groups["n"].Value == "*" ? "• " : ""; });
            text = Closing().Replace(text, m => { removed.Add(m.Value); return ""; });
            var parts = text.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            var rendered = parts.Select(p => MarkupLine.Body(p)).ToList();
            if (rendered.Count == 0) { result.Add([MarkupLine.Markup(line)]); continue; }
            rendered[0] = rendered[0] with { Removed = string.Join(" ", removed) };
            result.Add(rendered);
        }
        return result;
    }

    private const string Tags = "b|i|u|s|color|size|font|url|email|quote|code|align|center|left|right|list|indent|backcolor|spoiler|hide|collapse|img|attach|media|flash|\\*";

    [GeneratedRegex(@"\[/(?<n>" + Tags + @")\]", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    [GeneratedRegex(@"\[(?<n>" + Tags + @")(?:=[^\]\n]*)?\]", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    // A folded box and its closing tag: the text inside stands on its own line.
    [GeneratedRegex(@"\[(?:spoiler|hide|collapse)(?:=[^\]\n]*)?\]|\[/(?:spoiler|hide|collapse)\]", RegexOptions.IgnoreCase)]
    private static partial Regex Box();

    [GeneratedRegex(@"^\s*\[url(?:=[^\]\n]*)?\][^\[\n]*\[/url\]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkLine();

    // Pictures, attachments and embedded media show no text: the address inside goes with the tags.
    [GeneratedRegex(@"\[(?<n>img|attach|media|flash)(?:=[^\]\n]*)?\][^\[\n]*\[/\k<n>\]", RegexOptions.IgnoreCase)]
    private static partial Regex Media();
}
