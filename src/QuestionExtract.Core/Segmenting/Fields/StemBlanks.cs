using System.Globalization;

namespace QuestionExtract.Segmenting.Fields;

/// <summary>
/// Gives blanks back to the stem: a <c>( )</c>, <c>____</c> or points note that opens what was taken as the
/// answer is part of the question (a fill-in gap, a score), and an answer of nothing else is no answer. A
/// question's own points note moves into <c>points</c>.
/// </summary>
public sealed class StemBlanks(LabelLexicon lexicon)
{
    public (string Question, string? Answer) Reclaim(string question, string? answer)
    {
        if (answer is null) return (question, null);
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
