namespace QuestionExtract.Text;

/// <summary>
/// The literal text a pattern's groups demand, for <see cref="RegexPrefilter"/>. A group every match passes
/// through (not quantified to allow none, not a negative lookaround) that is an alternation of plain texts
/// gives a set, one of which the match holds (a positive lookahead: the text holds); any other such group
/// gives its own literal runs and groups. Read only for patterns without options or an alternation at the top
/// (the caller checks); comments, conditionals and class subtraction give nothing.
/// </summary>
internal static class GroupLiterals
{
    private enum GroupKind { Capturing, Lookaround, Other }

    /// <summary>The texts one of which every match starts with (a group right after <c>^</c>), and the sets.</summary>
    public static (IReadOnlyList<string>? StartsWith, List<IReadOnlyList<string>> OneOf) Of(string pattern)
    {
        var oneOf = new List<IReadOnlyList<string>>();
        if (pattern.Contains("(?#", StringComparison.Ordinal) || pattern.Contains("(?(", StringComparison.Ordinal) ||
            pattern.Contains("-[", StringComparison.Ordinal))
            return (null, oneOf);
        IReadOnlyList<string>? startsWith = null;
        if (!Collect(pattern, 0, pattern.Length, oneOf, ref startsWith)) return (null, []);
        return (startsWith, oneOf);
    }

    // The groups of pattern[from..to], one alternative read as a sequence; false when it cannot be read.
    private static bool Collect(string pattern, int from, int to, List<IReadOnlyList<string>> oneOf, ref IReadOnlyList<string>? startsWith)
    {
        for (int i = from; i < to; i++)
        {
            char c = pattern[i];
            if (c == '\\') { i += RegexPrefilter.EscapeLength(pattern, i) - 1; continue; }
            if (c == '[') { i += RegexPrefilter.ClassLength(pattern, i) - 1; continue; }
            if (c != '(') continue;
            int close = ClosingParen(pattern, i, to);
            if (close < 0) return false;
            var (kind, content) = Kind(pattern, i, close);
            bool required = MinRepeat(pattern, close + 1) > 0;
            int open = i;
            i = close;
            if (kind == GroupKind.Other || !required) continue;
            var alternatives = Alternatives(pattern, content, close);
            if (alternatives.Count > 1)
            {
                var texts = alternatives.Select(a => PlainText(pattern, a.From, a.To)).ToList();
                if (texts.Any(string.IsNullOrEmpty)) continue;
                oneOf.Add(texts!);
                if (kind == GroupKind.Capturing && open == 1 && from == 0 && pattern[0] == '^') startsWith = texts!;
                continue;
            }
            foreach (var run in RegexPrefilter.LiteralRuns(pattern, content, close)) oneOf.Add([run.Text]);
            if (!Collect(pattern, content, close, oneOf, ref startsWith)) return false;
        }
        return true;
    }

    // (…), (?:…), (?>…), (?<name>…), (?'name'…) match their content in place; (?=…) and (?<=…) only assert
    // it, which still puts its text in the block. Negative lookarounds and anything else: no text.
    private static (GroupKind Kind, int Content) Kind(string pattern, int open, int close)
    {
        if (open + 1 >= close || pattern[open + 1] != '?') return (GroupKind.Capturing, open + 1);
        var rest = pattern.AsSpan(open + 2, close - open - 2);
        if (rest.StartsWith(":") || rest.StartsWith(">")) return (GroupKind.Capturing, open + 3);
        if (rest.StartsWith("=")) return (GroupKind.Lookaround, open + 3);
        if (rest.StartsWith("<=")) return (GroupKind.Lookaround, open + 4);
        if (rest.StartsWith("!") || rest.StartsWith("<!")) return (GroupKind.Other, close);
        if (rest.Length > 0 && rest[0] is '<' or '\'')
        {
            int end = rest[1..].IndexOf(rest[0] == '<' ? '>' : '\'');
            if (end >= 0) return (GroupKind.Capturing, open + 2 + 1 + end + 1);
        }
        return (GroupKind.Other, close);
    }

    // The ")" closing the group opened at `open`, or -1.
    private static int ClosingParen(string pattern, int open, int to)
    {
        int depth = 0;
        for (int i = open; i < to; i++)
        {
            char c = pattern[i];
            if (c == '\\') { i += RegexPrefilter.EscapeLength(pattern, i) - 1; continue; }
            if (c == '[') { i += RegexPrefilter.ClassLength(pattern, i) - 1; continue; }
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }

    // Fewest repetitions the quantifier at `at` allows: 1 without one, 0 when unsure.
    private static int MinRepeat(string pattern, int at)
    {
        if (at >= pattern.Length) return 1;
        switch (pattern[at])
        {
            case '*' or '?': return 0;
            case '+': return 1;
            case '{':
                int end = at + 1;
                while (end < pattern.Length && char.IsAsciiDigit(pattern[end])) end++;
                if (end == at + 1 || end >= pattern.Length || pattern[end] is not (',' or '}')) return 0;
                return int.TryParse(pattern.AsSpan(at + 1, end - at - 1), out int n) ? n : 0;
            default: return 1;
        }
    }

    // The top-level alternatives of pattern[from..to].
    private static List<(int From, int To)> Alternatives(string pattern, int from, int to)
    {
        var parts = new List<(int, int)>();
        int depth = 0, start = from;
        for (int i = from; i < to; i++)
        {
            char c = pattern[i];
            if (c == '\\') { i += RegexPrefilter.EscapeLength(pattern, i) - 1; continue; }
            if (c == '[') { i += RegexPrefilter.ClassLength(pattern, i) - 1; continue; }
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) { parts.Add((start, i)); start = i + 1; }
        }
        parts.Add((start, to));
        return parts;
    }

    // The text pattern[from..to] matches when it is plain characters (escaped punctuation included), else null.
    private static string? PlainText(string pattern, int from, int to)
    {
        var text = new System.Text.StringBuilder();
        for (int i = from; i < to; i++)
        {
            char c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 >= to || char.IsLetterOrDigit(pattern[i + 1])) return null;
                text.Append(pattern[++i]);
            }
            else if (c is '.' or '*' or '+' or '?' or '{' or '}' or '|' or '^' or '$' or '[' or ']' or '(' or ')') return null;
            else text.Append(c);
        }
        return text.ToString();
    }
}
