using System.Text.RegularExpressions;
using QuestionExtract.Text;

namespace QuestionExtract.Cleaning;

/// <summary>One furniture rule from a rules file; matches whole blocks in folded form.</summary>
public sealed class SiteRule
{
    public required string Id { get; init; }
    public string? Site { get; init; }
    public IReadOnlyList<string> Contains { get; init; } = [];
    public IReadOnlyList<string> EqualsAny { get; init; } = [];
    public IReadOnlyList<Regex> Patterns
    {
        get => _patterns;
        init => (_patterns, _prefilters) = (value, value.Select(RegexPrefilter.Of).ToArray());
    }

    private readonly IReadOnlyList<Regex> _patterns = [];
    private readonly RegexPrefilter[] _prefilters = [];
    public bool ListItem { get; init; }
    public bool Truncates { get; init; }

    /// <summary>The block says the text ends here, whole (已阅读到文档的结尾了): counted where only furniture follows it.</summary>
    public bool Completes { get; init; }

    /// <summary>
    /// The rule removes a block only in the document's tail: when every non-blank block after it is removed too
    /// (a sign-off, the closing sections of a notes file). Anywhere else the same words may be an answer's.
    /// </summary>
    public bool Tail { get; init; }
    public int MaxLength { get; init; } = 600;

    /// <summary>
    /// The block marks where the page's own text ends (a comment thread's heading, the site's list of other
    /// articles, a preview cut): from it to the end every block is the page's, provided what follows is a few
    /// short lines with no numbered or labelled item among them (see <see cref="SiteBoilerplateRule"/>).
    /// </summary>
    public bool EndsPage { get; init; }

    /// <summary>
    /// Rule ids this rule applies after: when non-empty, the rule matches a block only when the nearest non-blank
    /// block before it was removed by one of these rules or by this rule (a run). Lines such as "Tags: a , b" are
    /// furniture only in that position; anywhere else they may be content.
    /// </summary>
    public IReadOnlyList<string> Follows { get; init; } = [];

    /// <summary>
    /// With <see cref="Follows"/>: the rule removes the one block right after those rules, not a run of its own (a
    /// column's name under 首发于, above the article's title).
    /// </summary>
    public bool Once { get; init; }

    /// <summary>
    /// The rule also takes a line that matches it out of a block of several lines (a forum's edit stamp among a
    /// post's lines), the rest of the block kept: such a line is furniture wherever it stands.
    /// </summary>
    public bool Lines { get; init; }

    /// <summary>True when the rule needs the block before to be furniture (see <see cref="Follows"/>).</summary>
    public bool IsPositional => Follows.Count > 0;

    /// <summary>
    /// Tries the rule on a folded block; <paramref name="title"/> is set when a pattern captured one. A search
    /// over all rules at once has told whether the block can equal any rule's <c>equals</c> text
    /// (<paramref name="mayEqual"/>) and contain any rule's phrase (<paramref name="mayContain"/>); the checks
    /// ruled out are skipped. <paramref name="words"/> is the block without the emoji decorating its ends,
    /// compared with <c>equals</c> too.
    /// </summary>
    public bool Matches(string folded, string foldedWithoutListMarker, bool mayEqual, bool mayContain, out string? title, string? words = null)
    {
        title = null;
        if (folded.Length > MaxLength) return false;
        // Indexed loops: these run for every rule on every block, and interface enumerators allocate.
        if (mayEqual)
            for (int i = 0; i < EqualsAny.Count; i++)
                if (foldedWithoutListMarker == EqualsAny[i] || words == EqualsAny[i]) return true;
        if (mayContain)
            for (int i = 0; i < Contains.Count; i++)
                if (folded.Contains(Contains[i], StringComparison.Ordinal)) return true;
        for (int i = 0; i < _patterns.Count; i++)
        {
            // Almost every block fails every pattern's prefilter; most that pass it match (page markers), so
            // the pattern runs once, building the match, not once to ask and again for the title.
            if (!_prefilters[i].MayMatch(foldedWithoutListMarker)) continue;
            var m = _patterns[i].Match(foldedWithoutListMarker);
            if (!m.Success) continue;
            if (m.Groups["title"] is { Success: true } g) title = g.Value;
            return true;
        }
        return false;
    }
}
