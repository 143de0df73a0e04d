using System.Text.RegularExpressions;

namespace QuestionExtract.Text;

/// <summary>
/// Literal text every match of a pattern must contain, read off the pattern, so that a text without it can be
/// passed over without running the regex: the <see cref="Prefix"/> a start-anchored pattern begins with
/// (<c>^本文档由.{1,30}</c> → <c>本文档由</c>) and the longest <see cref="Required"/> run outside groups
/// (<c>还剩\d+页未读</c> → <c>页未读</c>). Patterns read from data files are interpreted in the native build, and
/// trying each of them on every block cost more than the rest of the site rules together.
/// Groups that must match add sets of alternatives, one of which every match holds (<see cref="OneOf"/>):
/// <c>^(?:首页|主页|Home)</c> must start with one of the three, <c>(?=.*(?:久久|博彩))</c> contain one, and
/// <c>(?:_[^_]{2,30}){2,}</c> contain <c>_</c>. A pattern none of this applies to runs the interpreter on every
/// block: the spam-title lookahead alone cost more than all other site patterns together.
/// Conservative: any doubt gives no literal, and then <see cref="MayMatch"/> is always true.
/// </summary>
public sealed class RegexPrefilter
{
    private const RegexOptions Unsupported = RegexOptions.Multiline | RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft;

    private RegexPrefilter(string? prefix, string? required, IReadOnlyList<string>? startsWithOneOf, IReadOnlyList<IReadOnlyList<string>> oneOf, bool ignoresCase = false)
    {
        (Prefix, Required, StartsWithOneOf, OneOf, IgnoresCase) = (prefix, required, startsWithOneOf, oneOf, ignoresCase);
        _startsWith = startsWithOneOf?.ToArray();
        _oneOf = oneOf.OrderBy(set => set.Count).Select(set => new PhraseSearch(set, ignoreCase: false)).ToArray();
        if (ignoresCase)
        {
            _caselessPrefix = prefix is null ? null : new AsciiCaselessSearch([prefix]);
            _caselessRequired = required is null ? null : new AsciiCaselessSearch([required]);
            _caselessStartsWith = startsWithOneOf is null ? null : new AsciiCaselessSearch(startsWithOneOf);
            _caselessOneOf = [.. oneOf.OrderBy(set => set.Count).Select(set => new AsciiCaselessSearch(set))];
        }
    }

    private readonly string[]? _startsWith;
    // Each set searched in one pass over the text, by the alternatives' first characters; sets of fewer
    // texts first: a single one is a plain vectorised search and rules most blocks out (the spam pattern's
    // "_" before its dozen words, whose first characters are common ones).
    private readonly PhraseSearch[] _oneOf;
    // The same searches for a pattern that ignores case (all its texts are ASCII).
    private readonly AsciiCaselessSearch? _caselessPrefix, _caselessRequired, _caselessStartsWith;
    private readonly AsciiCaselessSearch[] _caselessOneOf = [];

    /// <summary>
    /// The pattern ignores case (RegexOptions.IgnoreCase, or (?i) at its start): the texts are ASCII and are
    /// looked for ignoring case at least as loosely as the regex does (<see cref="AsciiCaselessSearch"/>).
    /// </summary>
    public bool IgnoresCase { get; }

    /// <summary>Text every match starts with (the pattern begins with <c>^</c>), or null.</summary>
    public string? Prefix { get; }

    /// <summary>Text every match contains, or null.</summary>
    public string? Required { get; }

    /// <summary>Texts one of which every match starts with (<c>^(?:a|b)</c>), or null.</summary>
    public IReadOnlyList<string>? StartsWithOneOf { get; }

    /// <summary>Sets of texts from the pattern's groups: every match contains one text of each set.</summary>
    public IReadOnlyList<IReadOnlyList<string>> OneOf { get; }

    /// <summary>False only when the pattern cannot match <paramref name="text"/>.</summary>
    public bool MayMatch(string text)
    {
        if (IgnoresCase) return MayMatchIgnoringCase(text);
        if (Prefix is not null && !text.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        if (_startsWith is not null && !StartsWithAny(text, _startsWith)) return false;
        if (Required is not null && !text.Contains(Required, StringComparison.Ordinal)) return false;
        foreach (var set in _oneOf)
            if (!set.Occurs(text)) return false;
        return true;
    }

    private bool MayMatchIgnoringCase(string text)
    {
        if (_caselessPrefix is not null && !_caselessPrefix.StartsWith(text)) return false;
        if (_caselessStartsWith is not null && !_caselessStartsWith.StartsWith(text)) return false;
        if (_caselessRequired is not null && !_caselessRequired.Occurs(text)) return false;
        foreach (var set in _caselessOneOf)
            if (!set.Occurs(text)) return false;
        return true;
    }

    private static bool StartsWithAny(string text, string[] starts)
    {
        foreach (var start in starts)
            if (text.StartsWith(start, StringComparison.Ordinal)) return true;
        return false;
    }

    public static RegexPrefilter Of(Regex regex)
    {
        var pattern = regex.ToString();
        // Ignoring case throughout (the option, or (?i) opening the pattern) keeps the literals, looked for
        // ignoring case; the quiz-action words of the rules file are written so.
        bool ignoreCase = (regex.Options & RegexOptions.IgnoreCase) != 0;
        if (WithoutLeadingIgnoreCase(pattern) is { } rest) (pattern, ignoreCase) = (rest, true);
        // Other options (also inline ones) change what a literal matches; an alternation at the top makes every
        // part optional. Both are rare in rules files: no literal then.
        if ((regex.Options & Unsupported) != 0 || HasInlineOptions(pattern) || HasTopLevelAlternation(pattern))
            return new RegexPrefilter(null, null, null, []);
        // Ignoring case, only ASCII texts are kept (their case forms are known; see AsciiCaselessSearch).
        Func<string, bool> usable = ignoreCase ? AsciiCaselessSearch.IsAscii : _ => true;
        var runs = LiteralRuns(pattern).Where(r => usable(r.Text)).ToList();
        var prefix = pattern.StartsWith('^') ? runs.FirstOrDefault(r => r.Start == 1).Text : null;
        var required = runs.Select(r => r.Text).OrderByDescending(t => t.Length).FirstOrDefault();
        var (startsWith, oneOf) = GroupLiterals.Of(pattern);
        if (ignoreCase)
        {
            if (startsWith is not null && !startsWith.All(usable)) startsWith = null;
            oneOf = [.. oneOf.Where(set => set.All(usable))];
        }
        return new RegexPrefilter(string.IsNullOrEmpty(prefix) ? null : prefix, string.IsNullOrEmpty(required) ? null : required, startsWith, oneOf, ignoreCase);
    }

    // "(?i)rest" or "^(?i)rest": the pattern without the (?i) ("rest", "^rest"), whose literals all ignore case.
    private static string? WithoutLeadingIgnoreCase(string pattern)
    {
        if (pattern.StartsWith("(?i)", StringComparison.Ordinal)) return pattern[4..];
        if (pattern.StartsWith("^(?i)", StringComparison.Ordinal)) return "^" + pattern[5..];
        return null;
    }

    // Runs of literal characters outside groups and classes. A quantified character ends its run without
    // being part of it (it may be absent or repeated); an escape of punctuation is that character; any other
    // escape (\d, \S, \u4E00) ends the run.
    internal static List<(int Start, string Text)> LiteralRuns(string pattern) => LiteralRuns(pattern, 0, pattern.Length);

    // The runs of pattern[from..to], read as a pattern of its own.
    internal static List<(int Start, string Text)> LiteralRuns(string pattern, int from, int to)
    {
        var runs = new List<(int, string)>();
        var run = new System.Text.StringBuilder();
        int runStart = 0, depth = 0;
        void End()
        {
            if (run.Length > 0) runs.Add((runStart, run.ToString()));
            run.Clear();
        }
        for (int i = from; i < to; i++)
        {
            char c = pattern[i];
            int width = 1;
            char? literal = null;
            if (c == '\\' && i + 1 < pattern.Length)
            {
                width = EscapeLength(pattern, i);
                if (!char.IsLetterOrDigit(pattern[i + 1])) literal = pattern[i + 1];
            }
            else if (c == '[') width = ClassLength(pattern, i);
            else if (c == '{') width = Math.Max(1, pattern.IndexOf('}', i) - i + 1);
            else if (c == '(') { depth++; End(); continue; }
            else if (c == ')') { depth--; End(); continue; }
            else if (c is not ('.' or '*' or '+' or '?' or '{' or '}' or '|' or '^' or '$')) literal = c;

            bool quantified = i + width < to && pattern[i + width] is '*' or '+' or '?' or '{';
            if (depth > 0 || literal is null || quantified) End();
            else
            {
                if (run.Length == 0) runStart = i;
                run.Append(literal.Value);
            }
            i += width - 1;
        }
        End();
        return runs;
    }

    // \u4E00, \x41, \cC, \p{L}, \k<name>, \12: the whole escape, so that its operand is not read as literal text.
    internal static int EscapeLength(string pattern, int start)
    {
        int Through(char close) { int end = pattern.IndexOf(close, start + 2); return end < 0 ? pattern.Length - start : end - start + 1; }
        int length = pattern[start + 1] switch
        {
            'u' => 6,
            'x' => 4,
            'c' => 3,
            'p' or 'P' => Through('}'),
            'k' => Through(pattern.Length > start + 2 && pattern[start + 2] == '\'' ? '\'' : '>'),
            >= '0' and <= '9' => DigitsEnd(pattern, start + 1) - start,
            _ => 2,
        };
        return Math.Min(length, pattern.Length - start);
    }

    private static int DigitsEnd(string pattern, int from)
    {
        while (from < pattern.Length && char.IsAsciiDigit(pattern[from])) from++;
        return from;
    }

    // A character class up to its closing bracket ("]" right after "[" or "[^" belongs to the class).
    internal static int ClassLength(string pattern, int start)
    {
        int i = start + 1;
        if (i < pattern.Length && pattern[i] == '^') i++;
        if (i < pattern.Length && pattern[i] == ']') i++;
        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\') { i++; continue; }
            if (pattern[i] == ']') return i - start + 1;
        }
        return pattern.Length - start;
    }

    // Options set inline for the rest of the pattern ("(?i)abc") change what its literals match; a group with
    // its own options ("(?i:page)") only its content, which is read as no text. Free spacing ("x") lets a
    // comment hold parentheses, so it counts as options for the whole pattern even in a group.
    private static bool HasInlineOptions(string pattern)
    {
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\') { i += EscapeLength(pattern, i) - 1; continue; }
            if (c == '[') { i += ClassLength(pattern, i) - 1; continue; }
            if (c != '(' || i + 2 >= pattern.Length || pattern[i + 1] != '?') continue;
            int j = i + 2;
            bool freeSpacing = false;
            for (; j < pattern.Length && pattern[j] is 'i' or 'm' or 'n' or 's' or 'x' or '-'; j++) freeSpacing |= pattern[j] == 'x';
            if (j > i + 2 && (freeSpacing || j >= pattern.Length || pattern[j] != ':')) return true;
        }
        return false;
    }

    private static bool HasTopLevelAlternation(string pattern)
    {
        int depth = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\') { i++; continue; }
            if (c == '[') { i += ClassLength(pattern, i) - 1; continue; }
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) return true;
        }
        return false;
    }
}
