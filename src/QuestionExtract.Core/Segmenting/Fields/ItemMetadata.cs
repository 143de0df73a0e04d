using System.Globalization;
using System.Text.RegularExpressions;

namespace QuestionExtract.Segmenting.Fields;

/// <summary>
/// Takes a question bank's metadata lines (【题型】单选题　【难度】★★☆　【分值】1分) out of the stem: they describe the
/// question, they are not its text. The type's value becomes the declared type and the points' value the points;
/// the whole line is accounted as structure. So is the source cited before a stem (（2023·国考）).
/// </summary>
public sealed partial class ItemMetadata(LabelLexicon lexicon)
{
    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex NumberPattern();

    /// <summary>The stem without its metadata lines; what they state goes to <paramref name="draft"/>.</summary>
    public string Take(string question, QuestionDraft draft)
    {
        if (question.Length == 0) return question;
        question = WithoutSourceCitation(question, draft);
        var lines = lexicon.MetadataLine.Matches(question);
        if (lines.Count == 0) return question;
        foreach (Match line in lines)
        {
            var labels = line.Groups["k"].Captures;
            var values = line.Groups["v"].Captures;
            for (int i = 0; i < labels.Count; i++)
            {
                string value = values[i].Value.Trim();
                switch (lexicon.MetadataKind(labels[i].Value))
                {
                    case "type" when lexicon.TypeOfWord(value) is { } type:
                        draft.DeclaredType = type;
                        break;
                    case "points" when NumberPattern().Match(value) is { Success: true } n
                                       && double.TryParse(n.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var points):
                        draft.Points = points;
                        break;
                }
            }
            draft.Consumed.Add(line.Value);
        }
        return lexicon.MetadataLine.Replace(question, "").Trim();
    }

    // The source before the stem ((2023·国考)) is the bank's record of where the question came from: accounted as
    // structure, as a metadata line is, so the stem opens with what it asks.
    private string WithoutSourceCitation(string question, QuestionDraft draft)
    {
        var stem = question.TrimStart();
        foreach (var pattern in lexicon.SourceCitations)
        {
            var m = pattern.Match(stem);
            if (!m.Success || m.Length == 0 || stem.Length - m.Length < MinStemAfterCitation) continue;
            draft.Consumed.Add(m.Value);
            return stem[m.Length..].TrimStart();
        }
        return question;
    }

    // A citation is followed by the stem; a bracket that is all there is stays the text.
    private const int MinStemAfterCitation = 4;
}
