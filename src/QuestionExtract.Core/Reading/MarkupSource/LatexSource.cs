using System.Text.RegularExpressions;

namespace QuestionExtract.Reading.MarkupSource;

/// <summary>
/// LaTeX source of a question paper (the exam class, or enumerate lists): the preamble and what follows
/// `\end{document}` are setup; `\question[2]` and `\item` are numbered as the typeset page numbers them (`\part` by
/// letters, itemize items as bullets); a `solution` environment opens with its `Solution:` label; environment
/// delimiters, standalone commands and `%` comments go; `\textbf{…}`-style text commands leave their text.
/// Recognised by `\documentclass` or `\begin{document}` with two items, or three `\question` lines.
/// </summary>
public sealed partial class LatexSource : IMarkupDialect
{
    public string RuleId => "latex-markup";

    public bool Recognises(IReadOnlyList<string> lines)
    {
        int items = lines.Count(l => Item().IsMatch(l));
        int questions = lines.Count(l => Item().Match(l) is { Success: true } m && m.Groups["c"].Value == "question");
        return questions >= 3 || items >= 2 && StartsAsSource(lines);
    }

    // The file opens with LaTeX (\documentclass, a comment, a command): only then is what stands before
    // \begin{document} a preamble. A post that shows a sample document further down is prose around code.
    private static bool StartsAsSource(IReadOnlyList<string> lines) =>
        lines.FirstOrDefault(l => l.Trim().Length > 0)?.TrimStart() is { } first && (first.StartsWith('\\') || first.StartsWith('%'))
        && lines.Any(l => DocumentStart().IsMatch(l));

    public IReadOnlyList<IReadOnlyList<MarkupLine>> Render(IReadOnlyList<string> lines)
    {
        var result = new List<IReadOnlyList<MarkupLine>>(lines.Count);
        bool hasPreamble = StartsAsSource(lines);
        bool inPreamble = hasPreamble, ended = false;
        var lists = new Stack<(string Kind, int Count)>();
        foreach (var line in lines)
        {
            if (ended) { result.Add([MarkupLine.Markup(line)]); continue; }
            if (inPreamble)
            {
                if (DocumentStart().IsMatch(line)) inPreamble = false;
                result.Add([MarkupLine.Markup(line)]);
                continue;
            }
            if (DocumentEnd().IsMatch(line)) { ended = true; result.Add([MarkupLine.Markup(line)]); continue; }
            result.Add([Line(line, lists)]);
        }
        return result;
    }

    private static MarkupLine Line(string line, Stack<(string Kind, int Count)> lists)
    {
        var code = WithoutComment(line);
        if (code.Trim().Length == 0) return line.Trim().Length == 0 ? MarkupLine.Body(line) : MarkupLine.Markup(line);
        if (Environment().Match(code) is { Success: true } env && env.Length == code.TrimEnd().Length)
        {
            var name = env.Groups["n"].Value;
            if (env.Groups["b"].Value == "begin")
            {
                if (name is "questions" or "enumerate" or "itemize" or "parts" or "subparts") lists.Push((name, 0));
                if (name.StartsWith("solution", StringComparison.Ordinal)) return MarkupLine.Body("Solution:", line);
            }
            else if (lists.Count > 0 && lists.Peek().Kind == name) lists.Pop();
            return MarkupLine.Markup(line);
        }
        if (Section().Match(code) is { Success: true } section)
            return MarkupLine.Heading(Inline(section.Groups["t"].Value), section.Groups["s"].Value == "section" ? 2 : 3, line);
        var removed = new List<string>();
        string text = code;
        if (Item().Match(code) is { Success: true } item)
        {
            removed.Add(item.Value.Trim());
            var (kind, count) = lists.Count > 0 ? lists.Pop() : ("enumerate", 0);
            lists.Push((kind, count + 1));
            string marker = kind == "itemize" ? "•" : kind is "parts" or "subparts" ? $"({(char)('a' + count % 26)})" : $"{count + 1}.";
            text = marker + " " + code[item.Length..].TrimStart();
        }
        var shown = Inline(text, removed);
        if (shown.Trim().Length == 0) return MarkupLine.Markup(line);
        if (code.Length < line.Length) removed.Add(line[code.Length..]);
        return MarkupLine.Body(shown, string.Join(" ", removed));
    }

    private static string Inline(string text) => Inline(text, []);

    // Text commands leave their argument, environment delimiters inside a line and standalone commands go, escapes
    // stand for their character.
    private static string Inline(string text, List<string> removed)
    {
        string previous;
        do
        {
            previous = text;
            text = TextCommand().Replace(text, m => { removed.Add(m.Groups["c"].Value + "{}"); return m.Groups["t"].Value; });
        } while (text != previous);
        text = Environment().Replace(text, m => { removed.Add(m.Value); return ""; });
        text = BareCommand().Replace(text, m => { removed.Add(m.Value); return ""; });
        text = LineBreak().Replace(text, m => { removed.Add(m.Value); return ""; });
        return Escape().Replace(text, m => m.Value[1..]).Trim();
    }

    // The part before an unescaped %, which starts a comment.
    private static string WithoutComment(string line)
    {
        for (int i = 0; i < line.Length; i++)
            if (line[i] == '%' && (i == 0 || line[i - 1] != '\\')) return line[..i];
        return line;
    }

    [GeneratedRegex(@"^\s*\\begin\{document\}")]
    private static partial Regex DocumentStart();

    [GeneratedRegex(@"^\s*\\end\{document\}")]
    private static partial Regex DocumentEnd();

    [GeneratedRegex(@"^\s*\\(?<c>question|item|part|subpart)\b(?:\s*\[[^\]]*\])?")]
    private static partial Regex Item();

    [GeneratedRegex(@"\s*\\(?<b>begin|end)\{(?<n>[A-Za-z*]+)\}(?:\[[^\]]*\])?\s*")]
    private static partial Regex Environment();

    [GeneratedRegex(@"^\s*\\(?<s>section|subsection)\*?\{(?<t>.*)\}\s*$")]
    private static partial Regex Section();

    [GeneratedRegex(@"\\(?<c>textbf|textit|emph|underline|texttt|textrm|textsf|textsc|mbox|text)\{(?<t>[^{}]*)\}")]
    private static partial Regex TextCommand();

    // A command that prints nothing of the text: \maketitle, \newpage, \vspace{1cm}, \hfill.
    [GeneratedRegex(@"\\(?:maketitle|newpage|clearpage|noindent|hfill|vfill|centering|medskip|bigskip|smallskip|vspace\*?\{[^{}]*\}|hspace\*?\{[^{}]*\}|label\{[^{}]*\}|fillin(?:\[[^\]]*\])?|droppoints)\b\s*")]
    private static partial Regex BareCommand();

    [GeneratedRegex(@"\\\\(?:\[[^\]]*\])?")]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"\\[%&$#_{}]")]
    private static partial Regex Escape();
}
