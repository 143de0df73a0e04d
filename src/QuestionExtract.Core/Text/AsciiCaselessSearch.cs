using System.Buffers;

namespace QuestionExtract.Text;

/// <summary>
/// Finds texts of ASCII characters in a text ignoring case at least as loosely as a regex does, for the
/// prefilter of a case-insensitive pattern: a character matches a letter when it, or its lower- or upper-case
/// form, is that letter in either case. That takes in what the regex's own case table adds to ASCII letters
/// (the Kelvin sign for k, the long s for s), which <see cref="StringComparison.OrdinalIgnoreCase"/> leaves out.
/// </summary>
public sealed class AsciiCaselessSearch
{
    private readonly string[] _texts;
    private readonly bool _hasEmpty;
    private readonly SearchValues<char> _firstChars;

    /// <param name="texts">Texts of ASCII characters only (the caller leaves out any other).</param>
    public AsciiCaselessSearch(IEnumerable<string> texts)
    {
        _texts = [.. texts.Select(t => new string([.. t.Select(Fold)])).Distinct()];
        _hasEmpty = _texts.Contains("");
        var firsts = _texts.Where(t => t.Length > 0).Select(t => t[0]).ToHashSet();
        var forms = new List<char>();
        for (int c = 0; c <= 0x7F; c++)
            if (firsts.Contains(Fold((char)c))) forms.Add((char)c);
        forms.AddRange(NonAsciiForms.Where(c => firsts.Contains(Fold(c))));
        _firstChars = SearchValues.Create([.. forms]);
    }

    /// <summary>
    /// The characters beyond ASCII that a regex ignoring case takes for an ASCII letter, the long s and the Kelvin
    /// sign, also where the invariant casing tables do not map them: listed, because finding such characters
    /// takes a pass over every character, at every start.
    /// </summary>
    public static IReadOnlyList<char> NonAsciiForms { get; } = ['\u017F', '\u212A'];

    public static bool IsAscii(string text) => System.Text.Ascii.IsValid(text);

    // One form per group of characters that may match each other: lower-case ASCII for letters and for any
    // character whose case forms reach an ASCII letter; everything else stands for itself.
    private static char Fold(char c)
    {
        if (c <= 0x7F) return char.ToLowerInvariant(c);
        if (c == '\u017F') return 's';
        if (c == '\u212A') return 'k';
        char lower = char.ToLowerInvariant(c), upper = char.ToUpperInvariant(c);
        return lower <= 0x7F ? char.ToLowerInvariant(lower) : upper <= 0x7F ? char.ToLowerInvariant(upper) : c;
    }

    public bool Occurs(ReadOnlySpan<char> text)
    {
        if (_hasEmpty) return true;
        int from = 0;
        while (from < text.Length)
        {
            int found = text[from..].IndexOfAny(_firstChars);
            if (found < 0) return false;
            int at = from + found;
            if (StartsWith(text[at..])) return true;
            from = at + 1;
        }
        return false;
    }

    /// <summary>Whether <paramref name="text"/> starts with one of the texts.</summary>
    public bool StartsWith(ReadOnlySpan<char> text)
    {
        foreach (var t in _texts)
            if (StartsWith(text, t)) return true;
        return false;
    }

    private static bool StartsWith(ReadOnlySpan<char> text, string folded)
    {
        if (text.Length < folded.Length) return false;
        for (int i = 0; i < folded.Length; i++)
            if (Fold(text[i]) != folded[i]) return false;
        return true;
    }
}
