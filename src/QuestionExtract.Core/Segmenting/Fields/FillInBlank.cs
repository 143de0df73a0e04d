namespace QuestionExtract.Segmenting.Fields;

/// <summary>The printed gap of a fill-in or true/false item: <c>( )</c>, <c>（ ）</c>, <c>（）</c>, <c>___</c>.</summary>
public static class FillInBlank
{
    // "()" without a space is left out: it is as often a call in code (foo()).
    public static bool In(ReadOnlySpan<char> text) =>
        text.Contains("( )", StringComparison.Ordinal) || text.Contains("（ ）", StringComparison.Ordinal) || text.Contains("（）", StringComparison.Ordinal)
        || text.Contains("(  )", StringComparison.Ordinal) || text.Contains("___", StringComparison.Ordinal);
}
