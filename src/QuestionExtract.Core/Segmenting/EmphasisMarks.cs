namespace QuestionExtract.Segmenting;

/// <summary>
/// Emphasis marks around a label or a number (<c>**答案：**</c>, <c>**1.**</c>, <c>__Q1:__</c>): the Markdown reader
/// keeps the author's markup, so the patterns that find labels and markers read the marks as transparent and
/// take them with the label, rather than anyone stripping them from the text.
/// </summary>
public static class EmphasisMarks
{
    /// <summary>An optional opening run of marks, captured as <c>em</c> (a pattern uses it once per alternative).</summary>
    public const string Open = @"(?<em>[*_]{1,3})?";

    // The run captured by Open, matched again. Marks have no case, so the backreference is case-sensitive even in a
    // pattern that ignores case: the same matches, and the regex source generator compiles only such backreferences
    // (the built-in label patterns are generated, see Text.DataPatterns).
    private const string Again = @"(?-i:\k<em>)";

    /// <summary>The run <see cref="Open"/> captured, closed right here; nothing when none was opened.</summary>
    public const string Close = "(?(em)" + Again + ")";

    /// <summary>The run <see cref="Open"/> captured, closed here if it is (<c>**答案：重点**</c> closes later).</summary>
    public const string MayClose = "(?:" + Again + ")?";

    /// <summary>A label's colon with the closing run on either side of it, once (<c>**答案**：</c>, <c>**答案：**</c>);
    /// the marks after the colon are not taken when they were closed before it (<c>**答案**：**重点**</c>).</summary>
    public static string AroundColon(string colon, string space = @"\s*") => "(?<emc>" + Again + ")?" + space + colon + "(?(emc)|(?:" + Again + ")?)";

    /// <summary>The longest run taken as emphasis marks (*, **, ***).</summary>
    public const int MaxRun = 3;

    public static bool IsMark(char c) => c is '*' or '_';

    /// <summary>
    /// Drops a run of marks at the start or end of a field that has no partner in it: cutting a document into
    /// fields can split <c>**1. What?**</c> from its opening marks. Paired marks and a "* " bullet stay.
    /// </summary>
    public static string TrimUnpaired(string text, out string removed)
    {
        removed = "";
        // A line of marks alone at a field's edge is the closing of the line above the field (**What?** ends the
        // question, its ** falls to the answer) or the opening of the next field's line: never the field's own,
        // even when the two pair up by count inside the field.
        int firstBreak = text.IndexOf('\n');
        if (firstBreak > 0 && IsMarkRun(text.AsSpan(0, firstBreak).Trim()))
        {
            removed = text[..firstBreak].Trim();
            text = text[(firstBreak + 1)..].TrimStart();
        }
        int lastBreak = text.LastIndexOf('\n');
        if (lastBreak >= 0 && IsMarkRun(text.AsSpan(lastBreak + 1).Trim()))
        {
            removed += text[(lastBreak + 1)..].Trim();
            text = text[..lastBreak].TrimEnd();
        }
        int lead = 0;
        while (lead < text.Length && lead <= MaxRun && IsMark(text[lead])) lead++;
        if (lead is > 0 and <= MaxRun && (lead > 1 || lead == text.Length || !char.IsWhiteSpace(text[lead])) && Count(text, text[..lead]) == 1)
        {
            removed = text[..lead];
            text = text[lead..].TrimStart();
        }
        // A decoration after the closing marks (**What is X?** ⭐) stays, the marks before it are still the edge's.
        int decorated = DecorationStart(text);
        int trail = 0;
        while (trail < decorated && trail <= MaxRun && IsMark(text[decorated - trail - 1])) trail++;
        if (trail is > 0 and <= MaxRun && trail < decorated && Count(text, text[(decorated - trail)..decorated]) == 1)
        {
            removed += text[(decorated - trail)..decorated];
            var decoration = text[decorated..].Trim();
            text = text[..(decorated - trail)].TrimEnd() + (decoration.Length > 0 ? " " + decoration : "");
        }
        return text;
    }

    // Where a closing run of symbols (emoji, stars) and the spaces before them starts, or the text's length.
    private static int DecorationStart(string text)
    {
        int i = text.Length;
        while (i > 0 && (text[i - 1] is ' ' or '\t' or '\uFE0F' || char.GetUnicodeCategory(text[i - 1]) is System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.Surrogate)) i--;
        return i;
    }

    private static bool IsMarkRun(ReadOnlySpan<char> line) => line.Length is > 0 and <= MaxRun && !line.ContainsAnyExcept('*', '_');

    private static int Count(string text, string run)
    {
        int count = 0;
        for (int i = text.IndexOf(run, StringComparison.Ordinal); i >= 0; i = text.IndexOf(run, i + run.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
