using QuestionExtract.Model;
using QuestionExtract.Text;

namespace QuestionExtract.Pipeline;

/// <summary>
/// Converts a document's text fields to simplified (hans) or traditional (hant) characters with the OpenCC
/// character table, for <c>--script</c>. Ids stay as they are: they are already script-independent.
/// </summary>
public static class ScriptConverter
{
    public static ExtractedDocument Convert(ExtractedDocument d, string script)
    {
        Func<string, string> map = script switch
        {
            "hans" => ChineseScript.Default.ToSimplified,
            "hant" => ChineseScript.Default.ToTraditional,
            _ => throw new ArgumentException($"unknown script '{script}' (hans or hant)", nameof(script)),
        };
        string? M(string? s) => s is null ? null : map(s);
        return new ExtractedDocument
        {
            SchemaVersion = d.SchemaVersion,
            Source = d.Source,
            Title = M(d.Title),
            Site = d.Site,
            Language = d.Language.StartsWith("zh", StringComparison.Ordinal) ? (script == "hans" ? "zh-Hans" : "zh-Hant") : d.Language,
            Truncated = d.Truncated,
            DeclaredQuestionCount = d.DeclaredQuestionCount,
            Questions = d.Questions.Select(q => new Question
            {
                Id = q.Id, Index = q.Index, Number = map(q.Number), Section = M(q.Section), Points = q.Points, Type = q.Type,
                QuestionText = map(q.QuestionText), Options = q.Options?.Select(o => o with { Text = map(o.Text) }).ToList(),
                Answer = M(q.Answer), Analysis = M(q.Analysis), Skills = q.Skills.Select(map).ToList(),
                Complete = q.Complete, Warnings = q.Warnings, Location = q.Location,
            }).ToList(),
            Preamble = M(d.Preamble),
            Removed = d.Removed,
            Warnings = d.Warnings,
        };
    }
}
