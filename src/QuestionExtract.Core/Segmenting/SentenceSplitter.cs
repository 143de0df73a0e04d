using QuestionExtract.Text;

namespace QuestionExtract.Segmenting;

/// <summary>
/// Splits text into sentences at Chinese and English sentence punctuation and at line breaks.
/// A '?' inside a garbled span does not end a sentence; closing quotes stay with their sentence.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Characters a finished sentence (or its closing quote or bracket) ends with; the one set every stage uses.</summary>
    public const string SentenceEnds = "。.!！?？…\"”」』)）】;；~>";

    public static List<Sentence> Split(string text) => Split(text, int.MaxValue);

    /// <summary>The first <paramref name="limit"/> sentences of <see cref="Split(string)"/>: callers that look at the first
    /// few stop there instead of splitting (and allocating) the rest.</summary>
    public static List<Sentence> Split(string text, int limit)
    {
        var result = limit < 16 ? new List<Sentence>(limit) : new List<Sentence>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool end = c switch
            {
                '\n' => true,
                '。' or '！' or '？' or '!' or '；' => true,
                '?' => !GarbledText.IsGarbledQuestionMark(text, i),
                '.' => i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) && i > 0 && !char.IsDigit(text[i - 1]),
                _ => false,
            };
            if (!end) continue;
            int stop = i + 1;
            while (stop < text.Length && text[stop] is '”' or '"' or '」' or '』' or '）' or ')' or '’') stop++;
            Add(result, text, start, stop);
            if (result.Count >= limit) return result;
            start = stop;
            i = stop - 1;
        }
        Add(result, text, start, text.Length);
        return result;
    }

    private static void Add(List<Sentence> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        int e = end;
        while (e > start && char.IsWhiteSpace(text[e - 1])) e--;
        if (e > start) result.Add(new Sentence(start, e));
    }
}
