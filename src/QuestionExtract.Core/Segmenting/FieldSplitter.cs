using System.Text.RegularExpressions;

namespace QuestionExtract.Segmenting;

/// <summary>Splits an item body into question, answer, analysis and skills at its labels (答案: 解析: 【考察能力】 …).</summary>
public sealed class FieldSplitter(LabelLexicon lexicon)
{
    public FieldParts Split(string body)
    {
        var labels = new List<(int Start, int End, LabelKind Kind)>();
        foreach (var m in lexicon.Labels.Matches(body))
            labels.Add((m.Index, m.Index + m.Length, lexicon.KindOf(m.Groups["w"].Value)));
        foreach (var m in lexicon.ChoiceAnswers.Matches(body))
            if (!labels.Any(l => l.Start <= m.Index && m.Index < l.End))
                labels.Add((m.Index, m.Index + m.Length, LabelKind.Answer));
        labels.Sort((a, b) => a.Start.CompareTo(b.Start));

        if (labels.Count == 0) return new FieldParts(body.Trim(), null, null, [], false, []);

        string? answer = null, analysis = null;
        var skills = new List<string>();
        var consumed = labels.Select(l => body[l.Start..l.End]).ToList();
        for (int i = 0; i < labels.Count; i++)
        {
            int end = i + 1 < labels.Count ? labels[i + 1].Start : body.Length;
            var content = body[labels[i].End..end].Trim();
            switch (labels[i].Kind)
            {
                case LabelKind.Answer: answer = Append(answer, content); break;
                case LabelKind.Analysis: analysis = Append(analysis, content); break;
                case LabelKind.Skills:
                    skills.AddRange(SkillTagExtractor.SplitSkills(content));
                    consumed.Add(content); // the separators between skills
                    break;
            }
        }
        return new FieldParts(body[..labels[0].Start].Trim(), answer, analysis, skills, labels.Any(l => l.Kind == LabelKind.Answer), consumed);
    }

    private static string Append(string? existing, string content) =>
        existing is null ? content : content.Length == 0 ? existing : existing + "\n" + content;
}
