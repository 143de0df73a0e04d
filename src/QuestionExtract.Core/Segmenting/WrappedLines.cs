using QuestionExtract.Text;

namespace QuestionExtract.Segmenting;

/// <summary>
/// Hard-wrapped text (PDF, fixed-width pages) breaks a sentence where the printed line was full. A line that
/// goes on with a small letter, under a line that stops without ending its sentence and was long enough to
/// have been full, continues that line: together they are one logical line. (A short line above is a
/// heading or a title of its own, however it ends; a line above that ends in a Chinese character is no
/// English sentence to go on.) A Chinese line goes on under a full line that stops on a comma.
/// </summary>
public static class WrappedLines
{
    // Display width (a CJK character counts two) below which a line was not full, so it did not wrap.
    private const int MinWrappedWidth = 40;

    /// <summary>The line starting at <paramref name="lineStart"/> goes on from the line above it.</summary>
    public static bool ContinuesAbove(string text, int lineStart)
    {
        if (lineStart <= 0 || lineStart >= text.Length) return false;
        int first = lineStart;
        while (first < text.Length && text[first] is ' ' or '\t') first++;
        if (first >= text.Length) return false;
        var above = text.AsSpan(0, lineStart - 1);
        var line = above[(above.LastIndexOf('\n') + 1)..].TrimEnd();
        // A Chinese sentence cut after a comma (…病人主诉疼痛，/ 你应该怎么处理？) goes on on the next line: a full
        // line that stops on a comma or an enumeration mark cannot end there, and the next opens with a character.
        // A page that wraps at a fixed width cuts Chinese between any two characters (…而值 / 班医生…): a line as
        // wide as the page's full lines, not ending its sentence, goes on too, unless the next opens with a label.
        if (IsCjkIdeograph(text[first]))
            return line.Length > 0 && Width(line) >= MinWrappedWidth
                   && (line[^1] is '，' or '、' || (IsCjkIdeograph(line[^1]) && !OpensWithLabel(text.AsSpan(first)) && Width(line) >= FullWidth(text) - FullWidthSlack));
        if (!char.IsAsciiLetterLower(text[first])) return false;
        // The small letter says "same sentence" only after Latin text: under a Chinese line it opens code or a
        // term (play()开始…), the start of what answers the line.
        return line.Length > 0 && !SentenceSplitter.SentenceEnds.Contains(line[^1]) && line[^1] is not (':' or '：') && line[^1] < 0x1100 && Width(line) >= MinWrappedWidth;
    }

    // Full lines of a fixed wrap differ by a character or so (punctuation, a Latin letter between characters).
    private const int FullWidthSlack = 2;
    // Lines that must reach the widest width for the text to count as wrapped at a fixed width.
    private const int MinFullLines = 4;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, System.Runtime.CompilerServices.StrongBox<int>> FullWidths = new();

    // The width at which the text's lines were wrapped: the widest width that at least MinFullLines lines reach
    // within the slack; int.MaxValue when too few lines share one (no fixed wrap). Found once per text.
    private static int FullWidth(string text) => FullWidths.GetValue(text, static t =>
    {
        var counts = new Dictionary<int, int>();
        foreach (var range in t.AsSpan().Split('\n'))
        {
            int w = Width(t.AsSpan(range).TrimEnd());
            if (w >= MinWrappedWidth) counts[w] = counts.GetValueOrDefault(w) + 1;
        }
        foreach (var w in counts.Keys.OrderDescending())
        {
            int near = 0;
            for (int d = 0; d <= FullWidthSlack; d++) near += counts.GetValueOrDefault(w - d);
            if (near >= MinFullLines) return new System.Runtime.CompilerServices.StrongBox<int>(w);
        }
        return new System.Runtime.CompilerServices.StrongBox<int>(int.MaxValue);
    }).Value;

    // 答：, 解析：, 参考答案：: a short word and a colon open the line.
    private static bool OpensWithLabel(ReadOnlySpan<char> line)
    {
        int colon = line[..Math.Min(line.Length, 7)].IndexOfAny('：', ':');
        return colon > 0;
    }

    private static bool IsCjkIdeograph(char c) => HanCharacter.Is(c);

    private static int Width(ReadOnlySpan<char> line) => PrintedWidth.Of(line);

    /// <summary>Offset of the line break (or text end) after the logical line that the line at <paramref name="lineEnd"/> ends.</summary>
    public static int LogicalLineEnd(string text, int lineEnd)
    {
        while (lineEnd < text.Length && ContinuesAbove(text, lineEnd + 1))
        {
            int next = text.IndexOf('\n', lineEnd + 1);
            lineEnd = next < 0 ? text.Length : next;
        }
        return lineEnd;
    }

    /// <summary>Offset of the start of the logical line that the line at <paramref name="lineStart"/> belongs to.</summary>
    public static int LogicalLineStart(string text, int lineStart)
    {
        while (ContinuesAbove(text, lineStart)) lineStart = text.LastIndexOf('\n', lineStart - 2) + 1;
        return lineStart;
    }
}
