using System.Buffers;
using System.Text.RegularExpressions;

namespace QuestionExtract.Segmenting;

/// <summary>
/// Finds the matches of a label pattern, the same ones <see cref="Regex.Matches(string)"/> would, but tries the
/// pattern only where one of its label words occurs. Every match of such a pattern starts at a label word,
/// at a 【 or [ right before one, or at the start of a line whose spaces lead to one, so the positions in between
/// need no regex attempt. The words are found with a vectorised multi-string search; the label patterns are
/// built from data at run time, so they cannot be source-generated, and the regex interpreter trying an
/// alternation of words at every character was most of the segmenter's time.
/// </summary>
public sealed class LabelScanner
{
    private readonly Regex _anchored;
    private readonly SearchValues<string> _words;

    /// <param name="pattern">The pattern (options as given); every match must begin as described above.</param>
    /// <param name="words">The label words of the pattern; a word with spaces is searched by its first part.</param>
    public LabelScanner(string pattern, RegexOptions options, IEnumerable<string> words)
    {
        Pattern = new Regex(pattern, options);
        _anchored = new Regex(@"\G(?:" + pattern + ")", options);
        _words = SearchValues.Create(words.Select(w => w.Split(' ')[0]).Where(w => w.Length > 0).Distinct().ToArray(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The plain regex, for callers that need it whole and for comparison.</summary>
    public Regex Pattern { get; }

    public List<Match> Matches(string text)
    {
        var matches = new List<Match>();
        int from = 0;
        while (from < text.Length)
        {
            int found = text.AsSpan(from).IndexOfAny(_words);
            if (found < 0) break;
            int word = from + found;
            var match = TryAt(text, word, from);
            if (match is null) { from = word + 1; continue; }
            matches.Add(match);
            from = match.Index + Math.Max(match.Length, 1);
        }
        return matches;
    }

    // The match starting earliest among the places a match can start for a word at `word`, not before `from`.
    private Match? TryAt(string text, int word, int from)
    {
        int lineStart = word;
        while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t') lineStart--;
        if (lineStart < word && lineStart >= from && (lineStart == 0 || text[lineStart - 1] == '\n') && Anchored(text, lineStart) is { } atLine)
            return atLine;
        if (word > from && text[word - 1] is '【' or '[' && Anchored(text, word - 1) is { } bracketed) return bracketed;
        return Anchored(text, word);
    }

    private Match? Anchored(string text, int start)
    {
        var m = _anchored.Match(text, start);
        return m.Success ? m : null;
    }
}
