using System.Buffers;

namespace QuestionExtract.Text;

/// <summary>
/// Finds where any of a set of phrases occurs in a text. Candidates are found by the phrases' first characters
/// (one vectorised search) and confirmed against the phrases starting with that character. A multi-string
/// <see cref="SearchValues{T}"/> over CJK phrases falls back to an automaton with a dictionary lookup per
/// character, several times slower than this on our documents.
/// </summary>
public sealed class PhraseSearch
{
    private readonly StringComparison _comparison;
    private readonly SearchValues<char> _firstChars;
    private readonly Dictionary<char, string[]> _phrasesByFirst = [];
    private readonly bool _hasEmpty;

    /// <param name="phrases">The phrases; an empty one occurs at the start of every text.</param>
    /// <param name="ignoreCase">Compare as <see cref="StringComparison.OrdinalIgnoreCase"/> (else ordinally).</param>
    public PhraseSearch(IEnumerable<string> phrases, bool ignoreCase)
    {
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var distinct = phrases.Distinct().ToList();
        _hasEmpty = distinct.Contains("");
        foreach (var group in distinct.Where(p => p.Length > 0).GroupBy(p => Key(p[0])))
            _phrasesByFirst[group.Key] = [.. group];
        _firstChars = SearchValues.Create(ignoreCase ? CaseForms(_phrasesByFirst.Keys) : [.. _phrasesByFirst.Keys]);
    }

    private char Key(char c) => _comparison == StringComparison.OrdinalIgnoreCase ? char.ToUpperInvariant(c) : c;

    // Every character that ignoring case equals one of the keys: ordinal ignore-case compares upper-case forms,
    // so the long s matches S and the dotless i matches I, and a candidate search must stop at them too.
    private static char[] CaseForms(IEnumerable<char> upperKeys)
    {
        var keys = upperKeys.ToHashSet();
        var forms = new List<char>();
        for (int c = 0; c <= char.MaxValue; c++)
            if (keys.Contains(char.ToUpperInvariant((char)c))) forms.Add((char)c);
        return [.. forms];
    }

    /// <summary>Whether any phrase occurs in <paramref name="text"/>.</summary>
    public bool Occurs(ReadOnlySpan<char> text) => IndexOf(text) >= 0;

    /// <summary>The first position in <paramref name="text"/> where some phrase starts, or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> text)
    {
        if (_hasEmpty) return 0;
        int from = 0;
        while (from < text.Length)
        {
            int found = text[from..].IndexOfAny(_firstChars);
            if (found < 0) return -1;
            int at = from + found;
            if (StartsHere(text[at..])) return at;
            from = at + 1;
        }
        return -1;
    }

    private bool StartsHere(ReadOnlySpan<char> text)
    {
        if (!_phrasesByFirst.TryGetValue(Key(text[0]), out var candidates)) return false;
        foreach (var phrase in candidates)
            if (text.StartsWith(phrase, _comparison)) return true;
        return false;
    }
}
