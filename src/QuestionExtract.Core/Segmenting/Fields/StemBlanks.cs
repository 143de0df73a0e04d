using System.Globalization;

namespace QuestionExtract.Segmenting.Fields;

/// <summary>
/// Gives blanks back to the stem: a <c>( )</c>, <c>____</c> or points note that opens what was taken as the
/// answer is part of the question (a fill-in gap, a score), and an answer of nothing else is no answer. A
/// question's own points note moves into <c>points</c>.
/// </summary>
public sealed partial class StemBlanks(LabelLexicon lexicon)
{
    // ( ) with a space inside: a gap; "()" alone is as often code (foo()).
    [System.Text.RegularExpressions.GeneratedRegex(@"[(（][ \t\u3000]+[)）]")]
    private static partial System.Text.RegularExpressions.Regex SpacedGap();

    public (string Question, string? Answer) Reclaim(string question, string? answer, bool labelled = true)
    {
        if (answer is null) return (question, null);
        (question, answer) = ReclaimLeading(question, answer);
        // An unlabelled "answer" with a gap to fill in it is the rest of a fill-in stem: answers fill gaps, they
        // do not leave them.
        if (!labelled && answer is not null && (answer.Contains("___", StringComparison.Ordinal) || SpacedGap().IsMatch(answer)))
            return ((question.TrimEnd() + "\n" + answer.Trim()).Trim(), null);
        return (question, answer);
    }

    // Blanks and point notes that open the answer part go back to the end of the stem.
    private (string Question, string? Answer) ReclaimLeading(string question, string answer)
    {
        int at = 0;
        while (true)
        {
            while (at < answer.Length && char.IsWhiteSpace(answer[at])) at++;
            var blank = lexicon.Blanks.Select(p => p.Match(answer, at)).FirstOrDefault(m => m.Success && m.Length > 0);
            if (blank is null) break;
            at = blank.Index + blank.Length;
        }
        if (at == 0) return (question, answer);
        var rest = answer[at..].Trim();
        return ((question.TrimEnd() + " " + answer[..at].Trim()).Trim(), rest.Length == 0 ? null : rest);
    }

    /// <summary>Takes the first points note out of <paramref name="question"/>; null when it has none.</summary>
    public double? TakePoints(ref string question, List<string> consumed)
    {
        foreach (var p in lexicon.PointsNotes)
        {
            var m = p.Match(question);
            if (!m.Success || !double.TryParse(m.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var points)) continue;
            consumed.Add(m.Value);
            question = (question[..m.Index] + question[(m.Index + m.Length)..]).Trim();
            return points;
        }
        return null;
    }
}
