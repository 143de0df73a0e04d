namespace QuestionExtract.Segmenting;

/// <summary>Takes <c>(考察:…)</c> tags out of question text and turns their content into a skills list.</summary>
public sealed class SkillTagExtractor(LabelLexicon lexicon)
{
    private static readonly char[] Separators = ['、', ',', '，', ';', '；', '/', '|'];

    public string Extract(string question, List<string> skills, List<string> consumed)
    {
        var result = lexicon.SkillTagPattern.Replace(question, m =>
        {
            skills.AddRange(SplitSkills(m.Groups["skills"].Value));
            consumed.Add(m.Value);
            return "";
        });
        return result.Trim();
    }

    public static IEnumerable<string> SplitSkills(string text) =>
        text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.TrimEnd('。', '.')).Where(s => s.Length > 0);
}
