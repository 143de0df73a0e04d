using System.Text.RegularExpressions;
using QuestionExtract.Cleaning;
using QuestionExtract.Text;

namespace QuestionExtract.Pipeline;

/// <summary>
/// Finds the document title: a 【…】 at the very start, a short first line, or the title page markers
/// repeated; site decorations (.docxVIP, _第1页) removed. Lines of the text before the questions that only
/// repeat the title are consumed by it.
/// </summary>
public sealed partial class TitleResolver(SiteRuleSet rules)
{
    private const int MaxTitleLength = 80;

    [GeneratedRegex(@"^【(?<t>[^】]{2,80})】")]
    private static partial Regex BracketTitlePattern();

    [GeneratedRegex(@"[\W_]+")]
    private static partial Regex NonWordPattern();

    /// <summary>Returns the title and the prefix lines left after removing title repetitions (recorded in <paramref name="consumed"/>).</summary>
    public (string? Title, string Remainder) Resolve(string prefix, IReadOnlyList<string> candidates, List<string> consumed)
    {
        var lines = prefix.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        string? title = null;

        var bracket = lines.Count > 0 ? BracketTitlePattern().Match(lines[0]) : Match.Empty;
        if (bracket.Success)
        {
            title = bracket.Groups["t"].Value.Trim();
            consumed.Add(bracket.Value);
            lines[0] = lines[0][bracket.Length..].Trim();
        }
        else if (candidates.Count > 0) title = Undecorate(candidates[0]);
        else if (lines.Count > 0 && LooksLikeTitle(lines[0])) title = Undecorate(lines[0]);

        if (title is null) return (null, string.Join("\n", lines));
        var key = Key(title);
        // A body line equal to the title (modulo punctuation) is the title; prefer its punctuation.
        var rest = new List<string>();
        foreach (var line in lines)
        {
            var undecorated = Undecorate(line);
            if (line.Length == 0) continue;
            if (Key(undecorated) == key)
            {
                title = undecorated.Length >= title.Length ? undecorated : title;
                consumed.Add(line);
                continue;
            }
            rest.Add(line);
        }
        return (title, string.Join("\n", rest));
    }

    private static bool LooksLikeTitle(string line) =>
        line.Length <= MaxTitleLength && line.IndexOfAny(['。', '！', '!', '？', '?', ',', '，']) < 0;

    private string Undecorate(string title)
    {
        // Decorations stack up ("….docxVIP - 人人文库"): strip until none is left.
        var t = title.Trim();
        for (string before = ""; before != t;)
        {
            before = t;
            foreach (var p in rules.TitleDecorations) t = p.Replace(t, "").Trim();
        }
        return t;
    }

    private static string Key(string text) => NonWordPattern().Replace(FoldedText.Of(text), "");
}
