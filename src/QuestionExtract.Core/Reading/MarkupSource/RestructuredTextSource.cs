using System.Text.RegularExpressions;

namespace QuestionExtract.Reading.MarkupSource;

/// <summary>
/// reStructuredText: a title under (and over) a line of one punctuation character at least as long is a heading,
/// its level the order in which the styles first appear; explicit markup (`.. meta::`, `.. note::`, `.. _target:`,
/// substitution definitions, comments) goes with its indented body, except a code block's body; a substitution
/// reference shows what its definition gives (`|copy|` with `unicode:: 0xA9` is ©); ``literals`` and
/// `` `text &lt;url&gt;`_ `` links leave their text. Recognised by three directives, or one and two underlined titles.
/// </summary>
public sealed partial class RestructuredTextSource : IMarkupDialect
{
    public string RuleId => "rst-markup";

    public bool Recognises(IReadOnlyList<string> lines)
    {
        // Directives and targets only: a line that opens with ".. " may be prose.
        int directives = lines.Count(l => Explicit().Match(l) is { Success: true } m && (m.Groups["d"].Success || m.Value.Contains("::", StringComparison.Ordinal) || m.Value.Contains("_", StringComparison.Ordinal)));
        int titles = Enumerable.Range(1, Math.Max(0, lines.Count - 1)).Count(i => IsUnderline(lines[i], lines[i - 1]));
        return directives >= 3 || directives >= 1 && titles >= 2;
    }

    public IReadOnlyList<IReadOnlyList<MarkupLine>> Render(IReadOnlyList<string> lines)
    {
        var result = new MarkupLine[lines.Count][];
        var styles = new List<string>();
        var substitutions = Substitutions(lines);
        bool inDirective = false, keepBody = false;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (inDirective)
            {
                if (line.Trim().Length == 0 || char.IsWhiteSpace(line[0]))
                {
                    result[i] = [keepBody || line.Trim().Length == 0 ? MarkupLine.Body(line) : MarkupLine.Markup(line)];
                    continue;
                }
                inDirective = false;
            }
            if (Explicit().Match(line) is { Success: true } markup)
            {
                inDirective = true;
                keepBody = markup.Groups["d"].Value is "code-block" or "code" or "sourcecode";
                result[i] = [MarkupLine.Markup(line)];
                continue;
            }
            if (i + 1 < lines.Count && line.Trim().Length > 0 && IsUnderline(lines[i + 1], line))
            {
                bool over = i > 0 && lines[i - 1].Trim() == lines[i + 1].Trim() && result[i - 1] is [{ IsMarkupOnly: false, Text: var t }] && t == lines[i - 1];
                if (over) result[i - 1] = [MarkupLine.Markup(lines[i - 1])];
                var style = (over ? "over" : "") + lines[i + 1].Trim()[0];
                if (!styles.Contains(style)) styles.Add(style);
                result[i] = [MarkupLine.Heading(Inline(line.Trim(), substitutions, []), styles.IndexOf(style) + 1, "")];
                result[i + 1] = [MarkupLine.Markup(lines[i + 1])];
                i++;
                continue;
            }
            var removed = new List<string>();
            var shown = Inline(line, substitutions, removed);
            result[i] = [shown.Trim().Length == 0 && line.Trim().Length > 0 ? MarkupLine.Markup(line) : MarkupLine.Body(shown, string.Join(" ", removed))];
        }
        return result;
    }

    // |name| unicode:: 0xA9 and |name| replace:: text give the text a reference to the name shows.
    private static Dictionary<string, string> Substitutions(IReadOnlyList<string> lines)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
            if (Substitution().Match(line) is { Success: true } m)
                map[m.Groups["n"].Value] = m.Groups["d"].Value == "replace" ? m.Groups["v"].Value.Trim()
                    : string.Concat(m.Groups["v"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                        .Select(c => c.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && int.TryParse(c[2..], System.Globalization.NumberStyles.HexNumber, null, out int code) && code is > 0 and < 0x110000
                            ? char.ConvertFromUtf32(code) : c));
        return map;
    }

    private static string Inline(string text, Dictionary<string, string> substitutions, List<string> removed)
    {
        text = Reference().Replace(text, m =>
        {
            removed.Add(m.Value);
            return substitutions.TryGetValue(m.Groups["n"].Value, out var value) ? value : "";
        });
        text = Link().Replace(text, m => { removed.Add(m.Groups["u"].Value); return m.Groups["t"].Value; });
        return Literal().Replace(text, m => m.Groups["t"].Value);
    }

    // A line of one repeated punctuation character, at least as long as the title above it (wide characters count
    // twice) and three long.
    private static bool IsUnderline(string line, string title)
    {
        var adornment = line.TrimEnd();
        var text = title.Trim();
        if (adornment.Length < 3 || text.Length == 0 || char.IsWhiteSpace(title[0]) || Explicit().IsMatch(title)) return false;
        char c = adornment[0];
        if ("=-~^\"'`#*+:._".IndexOf(c) < 0 || adornment.Any(x => x != c)) return false;
        if (text.All(x => x == c)) return false;
        int width = text.Sum(x => x > 0x2E80 ? 2 : 1);
        return adornment.Length >= width;
    }

    [GeneratedRegex(@"^\.\.\s+(?:(?<d>[\w-]+(?::[\w-]+)?)::|_[^:]+:|\|[^|]+\|\s+[\w-]+::|\[[^\]]+\]|$|\S)")]
    private static partial Regex Explicit();

    [GeneratedRegex(@"^\.\.\s+\|(?<n>[^|]+)\|\s+(?<d>unicode|replace)::\s*(?<v>.*)$")]
    private static partial Regex Substitution();

    [GeneratedRegex(@"\|(?<n>\w(?:[\w .-]*\w)?)\|(?!_)")]
    private static partial Regex Reference();

    [GeneratedRegex(@"`(?<t>[^`<]+?)\s*<(?<u>[^>]+)>`__?")]
    private static partial Regex Link();

    [GeneratedRegex(@"``(?<t>[^`]+)``")]
    private static partial Regex Literal();
}
