using System.Text.RegularExpressions;

namespace QuestionExtract.Cleaning;

/// <summary>One furniture rule from a rules file; matches whole blocks in folded form.</summary>
public sealed class SiteRule
{
    public required string Id { get; init; }
    public string? Site { get; init; }
    public IReadOnlyList<string> Contains { get; init; } = [];
    public IReadOnlyList<string> EqualsAny { get; init; } = [];
    public IReadOnlyList<Regex> Patterns { get; init; } = [];
    public bool ListItem { get; init; }
    public bool Truncates { get; init; }
    public int MaxLength { get; init; } = 600;

    /// <summary>Tries the rule on a folded block; <paramref name="title"/> is set when a pattern captured one.</summary>
    public bool Matches(string folded, string foldedWithoutListMarker, out string? title)
    {
        title = null;
        if (folded.Length > MaxLength) return false;
        foreach (var phrase in EqualsAny)
            if (foldedWithoutListMarker == phrase) return true;
        foreach (var phrase in Contains)
            if (folded.Contains(phrase, StringComparison.Ordinal)) return true;
        foreach (var pattern in Patterns)
        {
            var m = pattern.Match(foldedWithoutListMarker);
            if (!m.Success) continue;
            if (m.Groups["title"] is { Success: true } g) title = g.Value;
            return true;
        }
        return false;
    }
}
