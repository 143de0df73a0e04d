using System.Globalization;
using System.Text.RegularExpressions;

namespace QuestionExtract.Segmenting.Fields;

/// <summary>
/// Takes a question bank's metadata lines (【题型】单选题　【难度】★★☆　【分值】1分) out of the stem: they describe the
/// question, they are not its text. The type's value becomes the declared type and the points' value the points;
/// the whole line is accounted as structure.
/// </summary>
public sealed partial class ItemMetadata(LabelLexicon lexicon)
{
    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex NumberPattern();

    /// <summary>The stem without its metadata lines; what they state goes to <paramref name="draft"/>.</summary>
    public string Take(string question, QuestionDraft draft)
    {
        if (question.Length == 0) return question;
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
}
