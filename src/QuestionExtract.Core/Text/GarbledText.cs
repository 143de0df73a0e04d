using System.Buffers;

namespace QuestionExtract.Text;

/// <summary>
/// Recognises mojibake: private-use characters, replacement characters, and the '?' that a failed
/// conversion leaves, which is followed by more punctuation or by the stump of a pinyin annotation.
/// </summary>
public static class GarbledText
{
    private static readonly SearchValues<char> Candidates = SearchValues.Create(
        Enumerable.Range(0xE000, 0xF8FF - 0xE000 + 1).Select(c => (char)c).Concat(['\uFFFD', '?']).ToArray());

    public static bool IsSuspect(char c) => c is >= '\uE000' and <= '\uF8FF' or '\uFFFD';

    /// <summary>True when the '?' at <paramref name="index"/> is debris, not a question mark.</summary>
    public static bool IsGarbledQuestionMark(string text, int index)
    {
        if (text[index] != '?') return false;
        char next = index + 1 < text.Length ? text[index + 1] : '\n';
        char prev = index > 0 ? text[index - 1] : '\n';
        if (next is '?' or '!' or ';' or '。' or ',' or ':' || IsSuspect(next) || IsSuspect(prev) || prev == '?') return true;
        // "?guī)": a pinyin annotation whose opening parenthesis was eaten.
        if (next is >= 'a' and <= 'z')
        {
            int j = index + 1;
            while (j < text.Length && j - index <= 7 && text[j] != ')' && !char.IsWhiteSpace(text[j])) j++;
            return j < text.Length && text[j] == ')';
        }
        return false;
    }

    /// <summary>Spans of garbled text (start, length), merged when close together.</summary>
    public static IReadOnlyList<(int Start, int Length)> FindSpans(string text)
    {
        // Every span starts at a suspect character or a '?': the search goes from one of them to the next
        // (vectorised), not character by character; most blocks hold none, many a question mark or two.
        int first = text.AsSpan().IndexOfAny(Candidates);
        if (first < 0) return [];
        var spans = new List<(int Start, int End)>();
        for (int i = first, next; i < text.Length; i += next + 1)
        {
            next = i + 1 < text.Length ? text.AsSpan(i + 1).IndexOfAny(Candidates) : -1;
            if (next < 0) next = text.Length;
            if (!IsSuspect(text[i]) && !IsGarbledQuestionMark(text, i)) continue;
            int start = Math.Max(0, i - 3), end = Math.Min(text.Length, i + 4);
            if (spans.Count > 0 && start <= spans[^1].End + 4) spans[^1] = (spans[^1].Start, end);
            else spans.Add((start, end));
        }
        return spans.Select(s => (s.Start, s.End - s.Start)).ToList();
    }
}
