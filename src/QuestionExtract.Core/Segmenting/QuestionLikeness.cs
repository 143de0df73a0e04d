namespace QuestionExtract.Segmenting;

/// <summary>Tells whether a sentence asks (interrogative) or instructs (imperative), using the lexicon's words.</summary>
public sealed class QuestionLikeness(LabelLexicon lexicon)
{
    public bool IsInterrogative(string sentence) => IsInterrogative(sentence.AsSpan());

    /// <summary><see cref="IsInterrogative(string)"/> of a sentence inside a longer text (no string cut out for it).</summary>
    public bool IsInterrogative(ReadOnlySpan<char> sentence)
    {
        var s = sentence.TrimEnd("”\"」』）) ’");
        if (s.Length == 0) return false;
        if (s[^1] is '?' or '？') return true;
        if (s[^1] is '。' or '.' or '！' or '!' or '；' or ';' or '，' or ',') return false;
        if (ContainsCjkInterrogative(sentence)) return true;
        int colon = sentence.LastIndexOfAny(':', '：');
        foreach (var w in _latinInterrogatives)
            if (OpensWith(sentence, colon, w)) return true;
        return false;
    }

    // An English question word asks among the first words of the sentence (or of the part after a colon): What
    // is…, At what layer…; further in it is mostly a conjunction or a relative (risks when hiring, the team which owns it).
    private const int OpeningWords = 3;

    private static bool OpensWith(ReadOnlySpan<char> sentence, int colon, string word) =>
        AmongFirstWords(sentence, word) || (colon >= 0 && AmongFirstWords(sentence[(colon + 1)..], word));

    private static bool AmongFirstWords(ReadOnlySpan<char> s, string word, int words = OpeningWords)
    {
        for (int n = 0; n < words; n++)
        {
            s = s.TrimStart(" \t*_#>-•\"“'‘(");
            if (s.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (s.Length == word.Length || !char.IsLetter(s[word.Length]))) return true;
            int space = s.IndexOfAny(' ', '\t');
            if (space < 0) return false;
            s = s[space..];
        }
        return false;
    }

    // The interrogative words split by script: a CJK word counts wherever it occurs (an ordinal search), so all of
    // them are found in one pass by their first characters instead of one search of the sentence per word.
    private readonly string[] _latinInterrogatives = [.. lexicon.InterrogativeWords.Where(w => w[0] <= 0x7F)];
    private readonly Dictionary<char, string[]> _cjkInterrogatives = lexicon.InterrogativeWords.Where(w => w[0] > 0x7F)
        .GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
    private readonly System.Buffers.SearchValues<char> _cjkFirst =
        System.Buffers.SearchValues.Create([.. lexicon.InterrogativeWords.Where(w => w[0] > 0x7F).Select(w => w[0]).Distinct()]);

    private bool ContainsCjkInterrogative(ReadOnlySpan<char> sentence)
    {
        var rest = sentence;
        int i;
        while ((i = rest.IndexOfAny(_cjkFirst)) >= 0)
        {
            rest = rest[i..];
            foreach (var word in _cjkInterrogatives[rest[0]])
                if (rest.StartsWith(word, StringComparison.Ordinal)) return true;
            rest = rest[1..];
        }
        return false;
    }

    /// <summary>
    /// A question put as a statement (你如何看待加班。, HTTP短连接怎么变成长连接): a question word in it, however it
    /// ends, and no statement opener before it (这就是为什么…). Whether that is a question depends on where it stands.
    /// </summary>
    public bool AsksByWord(ReadOnlySpan<char> sentence)
    {
        var s = sentence.TrimStart(" \t“\"「");
        // The question word first (one vectorised search); the openers only for a line that has one.
        if (!ContainsCjkInterrogative(s) && !OpensWithQuestionWord(s.ToString())) return false;
        foreach (var opener in lexicon.StatementOpeners)
            if (s.StartsWith(opener, StringComparison.OrdinalIgnoreCase) && (opener[0] > 0x7F || s.Length == opener.Length || !char.IsLetter(s[opener.Length])))
                return false;
        return true;
    }

    public bool IsImperative(string sentence) => IsImperative(sentence.AsSpan());

    /// <summary><see cref="IsImperative(string)"/> of a sentence inside a longer text.</summary>
    public bool IsImperative(ReadOnlySpan<char> sentence)
    {
        var s = sentence.TrimStart(" \t“\"「");
        if (s.Length == 0) return false;
        foreach (var w in ImperativeStartsFor(s[0]))
            // An English verb is followed by its object (List the states…): a word before a colon (List：双向链表) is a term.
            if (s.StartsWith(w, StringComparison.OrdinalIgnoreCase) && (w[0] > 0x7F || s.Length == w.Length || char.IsWhiteSpace(s[w.Length])))
                return !OpensWithImperativeNoun(s);
        return false;
    }

    private bool OpensWithImperativeNoun(ReadOnlySpan<char> s)
    {
        foreach (var noun in lexicon.ImperativeNouns)
            if (s.StartsWith(noun, StringComparison.Ordinal)) return true;
        return false;
    }

    // The imperative starts a sentence opening with `first` can begin with: those whose first character equals it
    // ignoring case, by the same comparison StartsWith makes (a word starting with a surrogate is always kept).
    // Found once per character: comparing every start at every sentence was half the scorer's time. The factory
    // captures nothing, so a lookup allocates no delegate.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<char, string[]> _imperativeStarts = new();

    private string[] ImperativeStartsFor(char first) => _imperativeStarts.GetOrAdd(first, static (c, starts) =>
        [.. starts.Where(w => char.IsSurrogate(w[0]) || char.IsSurrogate(c)
                              || MemoryExtensions.Equals([c], w.AsSpan(0, 1), StringComparison.OrdinalIgnoreCase))], lexicon.ImperativeStarts);

    /// <summary>The question points at code printed under it (下面的代码, the following snippet).</summary>
    public bool PointsAtCodeBelow(string question) => lexicon.CodePointers.Any(w => ContainsWord(question, w));

    /// <summary>The text opens with an English question word (What…, How…).</summary>
    public bool OpensWithQuestionWord(string text)
    {
        foreach (var w in _latinInterrogatives)
            if (AmongFirstWords(text, w, 1)) return true;
        return false;
    }

    /// <summary>The text opens with an English question word or request (What…, How…, Explain…).</summary>
    public bool OpensAsking(string text) => OpensWithQuestionWord(text) || (text.Length > 0 && text[0] <= 0x7F && IsImperative(text));

    public bool Asks(string sentence) => Asks(sentence.AsSpan());

    public bool Asks(ReadOnlySpan<char> sentence) => IsInterrogative(sentence) || IsImperative(sentence);

    /// <summary>True when one of the first sentences of <paramref name="text"/> asks something.</summary>
    public bool IsQuestionLike(string text)
    {
        if (text.Contains('?') || text.Contains('？')) return true;
        foreach (var sentence in SentenceSplitter.Split(text, 3))
            if (Asks(text.AsSpan(sentence.Start, sentence.End - sentence.Start))) return true;
        return false;
    }

    private static bool ContainsWord(string text, string word)
    {
        if (word[0] > 0x7F) return text.Contains(word, StringComparison.Ordinal);
        int i = 0;
        while ((i = text.IndexOf(word, i, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            bool before = i == 0 || !char.IsLetter(text[i - 1]);
            bool after = i + word.Length >= text.Length || !char.IsLetter(text[i + word.Length]);
            if (before && after) return true;
            i += word.Length;
        }
        return false;
    }
}
