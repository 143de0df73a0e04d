using System.Text.RegularExpressions;

namespace QuestionExtract.Reading.MarkupSource;

/// <summary>
/// Org-mode source: `#+TITLE:` is the title and other `#+KEYWORD:` lines are settings; `** TODO Question? :tag:`
/// is a heading whose level its stars give (under the title), without its to-do keyword, priority and tags; property and logbook
/// drawers, planning lines, `# comments` and `#+BEGIN_COMMENT` blocks are metadata; a block's delimiters go.
/// Recognised by two drawers, or by two `#+` lines with two star headings.
/// </summary>
public sealed partial class OrgModeSource : IMarkupDialect
{
    public string RuleId => "org-markup";

    public bool Recognises(IReadOnlyList<string> lines) =>
        lines.Count(l => DrawerStart().IsMatch(l)) >= 2
        || lines.Count(l => Keyword().IsMatch(l)) >= 2 && lines.Count(l => StarHeading().IsMatch(l)) >= 2;

    public IReadOnlyList<IReadOnlyList<MarkupLine>> Render(IReadOnlyList<string> lines)
    {
        var result = new List<IReadOnlyList<MarkupLine>>(lines.Count);
        bool inDrawer = false, inComment = false;
        for (int i = 0; i < lines.Count; i++)
        {
            // A drawer or comment block left open takes only its opening line, not the rest of the file.
            bool opens = !inDrawer && !inComment && (DrawerStart().IsMatch(lines[i]) || lines[i].TrimStart().StartsWith("#+BEGIN_COMMENT", StringComparison.OrdinalIgnoreCase));
            if (opens && !Closes(lines, i)) { result.Add([MarkupLine.Markup(lines[i])]); continue; }
            result.Add([Line(lines[i], ref inDrawer, ref inComment)]);
        }
        return result;
    }

    private static bool Closes(IReadOnlyList<string> lines, int start)
    {
        string end = DrawerStart().IsMatch(lines[start]) ? ":END:" : "#+END_COMMENT";
        for (int i = start + 1; i < lines.Count; i++)
        {
            if (lines[i].Trim().StartsWith(end, StringComparison.OrdinalIgnoreCase)) return true;
            if (StarHeading().IsMatch(lines[i])) return false;
        }
        return false;
    }

    private static MarkupLine Line(string line, ref bool inDrawer, ref bool inComment)
    {
        var trimmed = line.Trim();
        if (inDrawer)
        {
            if (trimmed.Equals(":END:", StringComparison.OrdinalIgnoreCase)) inDrawer = false;
            return MarkupLine.Markup(line);
        }
        if (inComment)
        {
            if (trimmed.StartsWith("#+END_COMMENT", StringComparison.OrdinalIgnoreCase)) inComment = false;
            return MarkupLine.Markup(line);
        }
        if (DrawerStart().IsMatch(line)) { inDrawer = true; return MarkupLine.Markup(line); }
        if (trimmed.StartsWith("#+BEGIN_COMMENT", StringComparison.OrdinalIgnoreCase)) { inComment = true; return MarkupLine.Markup(line); }
        if (Title().Match(line) is { Success: true } title)
            return MarkupLine.Heading(title.Groups["t"].Value.Trim(), 1, line[..title.Groups["t"].Index]);
        if (Keyword().IsMatch(line) || BlockDelimiter().IsMatch(line) || Comment().IsMatch(line) || Planning().IsMatch(line))
            return MarkupLine.Markup(line);
        if (StarHeading().Match(line) is { Success: true } heading)
        {
            var text = heading.Groups["t"].Value;
            var removed = line[..heading.Groups["t"].Index] + " " + line[(heading.Groups["t"].Index + text.Length)..];
            // One level below the document's title, which #+TITLE gives at level 1.
            return MarkupLine.Heading(text, heading.Groups["s"].Length + 1, removed);
        }
        return MarkupLine.Body(line);
    }

    [GeneratedRegex(@"^\s*:(?:PROPERTIES|LOGBOOK):\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DrawerStart();

    [GeneratedRegex(@"^#\+[A-Za-z_]+:")]
    private static partial Regex Keyword();

    [GeneratedRegex(@"^#\+TITLE:\s*(?<t>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Title();

    [GeneratedRegex(@"^\s*#\+(?:BEGIN|END)_\w+", RegexOptions.IgnoreCase)]
    private static partial Regex BlockDelimiter();

    [GeneratedRegex(@"^\s*#(?:\s|$)")]
    private static partial Regex Comment();

    [GeneratedRegex(@"^\s*(?:CLOSED|SCHEDULED|DEADLINE):\s")]
    private static partial Regex Planning();

    // Stars, then an optional to-do keyword and [#A] priority, the title, and :tags: at the end.
    [GeneratedRegex(@"^(?<s>\*+)\s+(?:(?:TODO|DONE|NEXT|WAITING|HOLD|CANCELLED|CANCELED)\s+)?(?:\[#[A-Z0-9]\]\s+)?(?<t>\S.*?)(?:\s+:[\w@#%:]+:)?\s*$")]
    private static partial Regex StarHeading();
}
