using QuestionExtract.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace QuestionExtract.Validation;

/// <summary>
/// Parses .yaml/.yml/.json (one document, a list of documents, or a YAML stream of documents) and .jsonl
/// (one question per line) into units with file positions. Anchors and aliases are refused; nothing is
/// ever turned into a .NET type, so type tags cannot instantiate anything.
/// </summary>
public static class QuestionFileParser
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".yaml", ".yml", ".json", ".jsonl" };

    public static List<QuestionFileUnit> Parse(string file, string text, List<ValidationFinding> findings)
    {
        var units = new List<QuestionFileUnit>();
        if (Path.GetExtension(file).Equals(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            var lines = text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim().Length == 0) continue;
                foreach (var root in Load(file, lines[i], i, findings)) units.Add(new QuestionFileUnit(new MarkedJson(root, i), IsQuestionLine: true));
            }
            return units;
        }
        foreach (var root in Load(file, text, 0, findings))
        {
            // A JSON array of documents (extract's output for several inputs) holds several units.
            if (root is YamlSequenceNode list && list.Children.All(c => c is YamlMappingNode))
                units.AddRange(list.Children.Select(c => new QuestionFileUnit(new MarkedJson(c), false)));
            else
                units.Add(new QuestionFileUnit(new MarkedJson(root), false));
        }
        return units;
    }

    private static List<YamlNode> Load(string file, string text, int lineOffset, List<ValidationFinding> findings)
    {
        YamlStream stream;
        try
        {
            stream = YamlInput.Load(text, parser => new NoAliasParser(parser));
        }
        catch (YamlException ex)
        {
            findings.Add(new ValidationFinding(file, (int)ex.Start.Line + lineOffset, (int)ex.Start.Column, ValidationRules.ParseError.Id, Severity.Error, YamlInput.Reason(ex)));
            return [];
        }
        return stream.Documents.Select(d => d.RootNode).ToList();
    }
}
