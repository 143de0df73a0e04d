using System.Text.RegularExpressions;

namespace QuestionExtract.Reading.MarkupSource;

/// <summary>
/// AsciiDoc source: `= Title` and `== Section` are headings; attribute entries (`:toc: left`), block attributes
/// (`[qanda]`, `[source,java]`), preprocessor lines (`ifdef::…[]`), breaks (`'''`) and `//` comments are setup;
/// passthrough (`++++`) and comment (`////`) blocks go whole, other delimiters only as lines. In a `[qanda]` list each
/// `Question?::` is numbered as the rendering numbers it, and the answer under it is its text; a plain `term::` keeps
/// its term. Recognised by three of: a `= Title` first line, two attribute entries, a block attribute line, two
/// `term::` lines, a preprocessor line.
/// </summary>
public sealed partial class AsciiDocSource : IMarkupDialect
{
    public string RuleId => "asciidoc-markup";

    public bool Recognises(IReadOnlyList<string> lines)
    {
        var first = lines.FirstOrDefault(l => l.Trim().Length > 0) ?? "";
        int evidence = (DocumentTitle().IsMatch(first) ? 1 : 0)
            + (lines.Count(l => Attribute().IsMatch(l)) >= 2 ? 1 : 0)
            + (lines.Any(l => BlockAttribute().IsMatch(l) && !l.Contains("](", StringComparison.Ordinal)) ? 1 : 0)
            + (lines.Count(l => Term().IsMatch(l)) >= 2 ? 1 : 0)
            + (lines.Any(l => Preprocessor().IsMatch(l)) ? 1 : 0);
        return evidence >= 3;
    }

    public IReadOnlyList<IReadOnlyList<MarkupLine>> Render(IReadOnlyList<string> lines)
    {
        var result = new List<IReadOnlyList<MarkupLine>>(lines.Count);
        string? hiddenBlock = null;
        bool qanda = false;
        int number = 0;
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (hiddenBlock is not null)
            {
                if (trimmed == hiddenBlock) hiddenBlock = null;
                result.Add([MarkupLine.Markup(line)]);
                continue;
            }
            // A passthrough or comment block left open takes only its delimiter, not the rest of the file.
            if (HiddenDelimiter().IsMatch(trimmed) && lines.Skip(result.Count + 1).Any(l => l.Trim() == trimmed)) { hiddenBlock = trimmed; result.Add([MarkupLine.Markup(line)]); continue; }
            if (Heading().Match(line) is { Success: true } heading)
            {
                qanda = false;
                result.Add([MarkupLine.Heading(heading.Groups["t"].Value.Trim(), heading.Groups["e"].Length, heading.Groups["e"].Value)]);
                continue;
            }
            if (BlockAttribute().IsMatch(trimmed))
            {
                if (trimmed.Equals("[qanda]", StringComparison.OrdinalIgnoreCase)) { qanda = true; number = 0; }
                result.Add([MarkupLine.Markup(line)]);
                continue;
            }
            if (Attribute().IsMatch(line) || Preprocessor().IsMatch(line) || Delimiter().IsMatch(trimmed) || HiddenDelimiter().IsMatch(trimmed) || LineComment().IsMatch(line))
            {
                result.Add([MarkupLine.Markup(line)]);
                continue;
            }
            if (Term().Match(line) is { Success: true } term)
            {
                var text = term.Groups["t"].Value.Trim();
                result.Add([MarkupLine.Body(qanda ? $"{++number}. {text}" : text, term.Groups["m"].Value)]);
                continue;
            }
            if (trimmed.Length == 0 && !qanda) number = 0;
            result.Add([MarkupLine.Body(qanda ? trimmed : line)]);
        }
        return result;
    }

    [GeneratedRegex(@"^=\s+\S")]
    private static partial Regex DocumentTitle();

    [GeneratedRegex(@"^(?<e>={1,6})\s+(?<t>\S.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^:!?[\w-]+!?:(?:\s|$)")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"^\[(?:qanda|glossary|horizontal|source|listing|literal|quote|verse|NOTE|TIP|IMPORTANT|WARNING|CAUTION|abstract|partintro|appendix|preface|discrete|cols|%|#|\.)[^\]]*\]$", RegexOptions.IgnoreCase)]
    private static partial Regex BlockAttribute();

    [GeneratedRegex(@"^(?:ifdef|ifndef|ifeval|endif|include)::[^\[]*\[.*\]\s*$")]
    private static partial Regex Preprocessor();

    // A description list's term: text, then :: (or ::: / ;;) ending the line.
    [GeneratedRegex(@"^(?<t>\S.*?)(?<m>:{2,4}|;;)\s*$")]
    private static partial Regex Term();

    [GeneratedRegex(@"^(?:\+{4,}|/{4,})$")]
    private static partial Regex HiddenDelimiter();

    [GeneratedRegex(@"^(?:-{4,}|\.{4,}|={4,}|\*{4,}|_{4,}|'{3,}|<{3,}|\|===)$")]
    private static partial Regex Delimiter();

    [GeneratedRegex(@"^//(?!/)")]
    private static partial Regex LineComment();
}
