using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using QuestionExtract.Text;

namespace QuestionExtract.Segmenting;

/// <summary>
/// Finds the matches of a label pattern, the same ones <see cref="Regex.Matches(string)"/> would, but tries the
/// pattern only where one of its label words occurs. Every match of such a pattern starts at a label word,
/// at a 【 or [ right before one, at emphasis marks right before either (**答案：**), or at the start of a line
/// whose spaces lead to one, so the positions in between need no regex attempt. The words are found with a
/// vectorised multi-string search; the label patterns are
/// built from data at run time, and the regex interpreter trying an
/// alternation of words at every character was most of the segmenter's time. At a candidate the pattern is
/// tried with only the words that start there: the interpreter otherwise compares every word of the
/// lexicon, at every candidate, and that was most of the time left. With the built-in words, the patterns for
/// the words of each first character are source-generated (<see cref="Text.DataPatterns"/>) and used instead.
/// </summary>
public sealed class LabelScanner
{
    private readonly Func<Func<string, bool>, string> _patternFor;
    private readonly RegexOptions _options;
    // Anchored patterns by the set of word heads found at a candidate; few sets occur, each built once.
    private readonly ConcurrentDictionary<string, Regex> _anchoredFor = new(StringComparer.Ordinal);
    // Candidates are found by the first character of a word (vectorised), then confirmed against the words
    // starting with it: a multi-string search over case-insensitive CJK words costs several times as much.
    private readonly SearchValues<char> _firstChars;
    private readonly Dictionary<char, string[]> _wordsByFirst = [];
    // The same lists by every character the first-character search stops at (each case form), so a candidate
    // needs no case mapping. Each word carries what AnchoredAt asks of it.
    private readonly Dictionary<char, HeadGroup> _wordsAt = [];

    // A word head as AnchoredAt compares it: how its tail is compared, and whether it counts only at a line start.
    private readonly record struct Head(string Word, StringComparison TailComparison, bool LineStartOnly);

    // The heads starting with one character, and the anchored pattern for each subset of them found at a
    // candidate, by a bit per head (up to 64 heads; a larger group goes by the subset's key alone): the key
    // string was joined, and looked up by its hash, at every candidate.
    // With the built-in words, one anchored pattern holds every word starting with the group's character,
    // source-generated (see DataPatterns); then no pattern per subset is built or interpreted.
    private sealed class HeadGroup(Head[] heads, Regex? generated)
    {
        public Head[] Heads { get; } = heads;
        public Regex? Generated { get; } = generated;
        public ConcurrentDictionary<ulong, Regex> Anchored { get; } = new();
    }

    /// <param name="pattern">Builds the pattern (options as given) from the words a filter keeps; every match must
    /// begin as described above, with a kept word starting at the candidate.</param>
    /// <param name="words">The label words of the pattern; a word with spaces is searched by its first part.</param>
    /// <param name="lineStartWords">Words of <paramref name="words"/> the pattern accepts only at a line start or right after a question mark
    /// (after spaces or tabs); a word also listed without that limit counts anywhere.</param>
    public LabelScanner(Func<Func<string, bool>, string> pattern, RegexOptions options, IEnumerable<string> words, IEnumerable<string>? lineStartWords = null)
    {
        _patternFor = pattern;
        _options = options;
        Pattern = DataPatterns.Create(pattern(_ => true), options);
        var all = words.ToList();
        // Words the pattern accepts only at the start of a line or right after a question mark (答, A): elsewhere
        // they are no candidate, which spares an attempt at every "a" of English prose.
        var lineStartOnly = new HashSet<string>(lineStartWords ?? [], StringComparer.OrdinalIgnoreCase);
        var anywhere = new HashSet<string>(all, StringComparer.OrdinalIgnoreCase);
        anywhere.ExceptWith(lineStartOnly);
        lineStartOnly.ExceptWith(anywhere);
        var heads = all.Select(w => w.Split(' ')[0]).Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        foreach (var group in heads.GroupBy(w => char.ToLowerInvariant(w[0])))
            _wordsByFirst[group.Key] = [.. group];
        var forms = heads.SelectMany(w => FirstCharForms(w[0])).Distinct().ToArray();
        _firstChars = SearchValues.Create(forms);
        var groups = new Dictionary<char, HeadGroup>();
        foreach (var (first, group) in _wordsByFirst)
            groups[first] = new HeadGroup([.. group.Select(w => new Head(w, CaselessTail(w) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase, lineStartOnly.Contains(w)))],
                DataPatterns.Generated(@"\G(?:" + pattern(w => Fold(w[0]) == first) + ")", options));
        foreach (var form in forms)
            if (groups.TryGetValue(Fold(form), out var group)) _wordsAt[form] = group;
    }

    // The characters a word's first character matches case-insensitively, as the regex's ignore-case does
    // (the Kelvin sign for k, the long s for s; the dotted and dotless i stay apart under the invariant culture).
    private static IEnumerable<char> FirstCharForms(char c)
    {
        char lower = char.ToLowerInvariant(c);
        yield return c;
        yield return lower;
        yield return char.ToUpperInvariant(c);
        if (lower == 'k') yield return '\u212A';
        if (lower == 's') yield return '\u017F';
    }

    /// <summary>The plain regex, for callers that need it whole and for comparison.</summary>
    public Regex Pattern { get; }

    public List<Match> Matches(string text)
    {
        var matches = new List<Match>();
        int from = 0;
        while (from < text.Length)
        {
            int found = text.AsSpan(from).IndexOfAny(_firstChars);
            if (found < 0) break;
            int word = from + found;
            var anchored = AnchoredAt(text, word);
            if (anchored is null) { from = word + 1; continue; }
            var match = TryAt(text, word, from, anchored);
            if (match is null) { from = word + 1; continue; }
            matches.Add(match);
            from = match.Index + Math.Max(match.Length, 1);
        }
        return matches;
    }

    // The anchored pattern for the word heads (first parts) that start at `at`, when at least one of them makes
    // `at` a candidate (a line-start-only word counts only at a line start); else null. The pattern holds them
    // all: it needs every word that can match there, whichever made the candidate.
    private Regex? AnchoredAt(string text, int at)
    {
        // `at` holds a character of _firstChars (the search found it), so _wordsAt has every one that _wordsByFirst would.
        if (!_wordsAt.TryGetValue(text[at], out var group)) return null;
        var rest = text.AsSpan(at);
        var heads = group.Heads;
        ulong found = 0;
        bool candidate = false, many = heads.Length > 64;
        for (int i = 0; i < heads.Length; i++)
        {
            var (word, tail, lineStartOnly) = heads[i];
            if (rest.Length < word.Length || (word.Length > 1 && !rest[1..].StartsWith(word.AsSpan(1), tail))) continue;
            candidate = candidate || !lineStartOnly || AtLineStart(text, at) || AfterQuestionMark(text, at);
            found |= many ? 1 : 1UL << i;
        }
        if (!candidate) return null;
        // Words of the group that do not start here cannot match here (see AnchoredFor): the group's pattern finds what the subset's would.
        if (group.Generated is { } generated) return generated;
        if (many) return AnchoredFor(HeadsKey(heads, rest));
        return group.Anchored.TryGetValue(found, out var anchored) ? anchored : group.Anchored.GetOrAdd(found, AnchoredFor(HeadsKey(heads, rest)));
    }

    // The heads that start the text, in their group's order, as one key ("\n" between them).
    private static string HeadsKey(Head[] heads, ReadOnlySpan<char> rest)
    {
        string? key = null;
        foreach (var (word, tail, _) in heads)
            if (rest.Length >= word.Length && (word.Length == 1 || rest[1..].StartsWith(word.AsSpan(1), tail)))
                key = key is null ? word : key + "\n" + word;
        return key!;
    }

    // A word whose characters after the first are CJK ideographs or CJK punctuation, which have no case: compared
    // ordinally, the same outcome as ignoring case, without the invariant casing tables (most label words are Chinese).
    private static bool CaselessTail(string word)
    {
        foreach (char c in word.AsSpan(1))
            if (!(c is >= '\u3000' and <= '\u303F' || HanCharacter.Is(c))) return false;
        return true;
    }

    private static char Fold(char c)
    {
        char first = char.ToLowerInvariant(c);
        if (first == '\u212A') first = 'k';
        else if (first == '\u017F') first = 's';
        return first;
    }

    // What may stand between a line start and a label: spaces, tabs and a decoration symbol (an emoji is two surrogates).
    private static bool IsLeadIn(char c) =>
        c is ' ' or '\t' || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol;

    // A short label may also stand after the question mark that ends a question on a flattened line, a space
    // between them (code's flag?A:B has none).
    private static bool AfterQuestionMark(string text, int at)
    {
        int before = BeforeMarks(text, at);
        int spaces = before;
        while (before > 0 && text[before - 1] is ' ' or '\t') before--;
        if (before > 1 && text[before - 1] == '。')
            // glued to the full stop of a Chinese imperative question (简述…原则。答：…), as a flattened page prints it
            return spaces == before && !char.IsWhiteSpace(text[before - 2]);
        return before > 1 && text[before - 1] is '?' or '？' && !char.IsWhiteSpace(text[before - 2])
               // glued to the mark only after a Chinese question (为什么?答:…, 什么是“三级教育”?答:…), as a flattened page prints it
               && (spaces > before || HanCharacter.Is(text[before - 2]) || text[before - 2] is '”' or '」' or '）');
    }

    private static bool AtLineStart(string text, int at)
    {
        at = BeforeMarks(text, at);
        while (at > 0 && text[at - 1] is ' ' or '\t') at--;
        return at == 0 || text[at - 1] == '\n';
    }

    // Where the emphasis marks right before a label (**答：**) begin.
    private static int BeforeMarks(string text, int at)
    {
        for (int marks = 0; at > 0 && marks < EmphasisMarks.MaxRun && EmphasisMarks.IsMark(text[at - 1]); marks++) at--;
        return at;
    }

    // The match starting earliest among the places a match can start for a word at `word`, not before `from`:
    // the line start its lead-in reaches, the emphasis marks (**, __) right before the word or its bracket, the
    // bracket, the word.
    private static Match? TryAt(string text, int word, int from, Regex anchored)
    {
        int bracket = word > 0 && text[word - 1] is '【' or '[' ? word - 1 : word;
        int marks = bracket;
        while (marks > 0 && bracket - marks < EmphasisMarks.MaxRun && EmphasisMarks.IsMark(text[marks - 1])) marks--;
        int lineStart = marks;
        while (lineStart > 0 && IsLeadIn(text[lineStart - 1])) lineStart--;
        if (lineStart < word && lineStart >= from && (lineStart == 0 || text[lineStart - 1] == '\n') && Anchored(anchored, text, lineStart) is { } atLine)
            return atLine;
        if (marks < bracket && marks >= from && Anchored(anchored, text, marks) is { } marked) return marked;
        if (bracket < word && bracket >= from && Anchored(anchored, text, bracket) is { } bracketed) return bracketed;
        return Anchored(anchored, text, word);
    }

    // In every place tried for a candidate, the pattern's words can only match at the candidate itself (what
    // comes before is spaces, marks, a bracket or nothing), so leaving out the words that do not start there
    // changes no match. A word with spaces is kept by its first part. The factory is static (this passed as its
    // argument): a lambda capturing this was a new delegate per candidate tried.
    private Regex AnchoredFor(string heads) => _anchoredFor.GetOrAdd(heads, static (key, self) =>
    {
        var kept = new HashSet<string>(key.Split('\n'), StringComparer.OrdinalIgnoreCase);
        return new Regex(@"\G(?:" + self._patternFor(w => kept.Contains(w.Split(' ')[0])) + ")", self._options);
    }, this);

    private static Match? Anchored(Regex anchored, string text, int start)
    {
        var m = anchored.Match(text, start);
        return m.Success ? m : null;
    }
}
