using Newtonsoft.Json.Linq;
using QuestionExtract.Model;
using QuestionExtract.Validation;

namespace QuestionExtract.Merging;

/// <summary>
/// Reads extract's own outputs (a JSON or YAML document, a JSON array or YAML stream of them, JSON Lines),
/// and merged banks, back into questions with their sources, so merge can take earlier extractions instead of re-reading the
/// documents. Parsed with validate's parser (positions, no aliases, nothing instantiated from tags).
/// </summary>
public static class ExtractedFileLoader
{
    public static IReadOnlySet<string> Extensions => QuestionFileParser.Extensions;

    /// <summary>The questions in one output file; problems (unparsable, not extract output) are added to errors.</summary>
    public static List<SourcedQuestion> Load(string file, string text, List<string> errors)
    {
        var findings = new List<ValidationFinding>();
        var units = QuestionFileParser.Parse(file, text, findings);
        foreach (var f in findings) errors.Add($"{f.Line}:{f.Column}: {f.Message}");
        var result = new List<SourcedQuestion>();
        foreach (var unit in units)
        {
            if (unit.Json.Root is not JObject root) { errors.Add("not an extract output (expected an object)"); continue; }
            if (root["sources"] is JArray)
            {
                result.AddRange(FromBank(root, file, errors));
                continue;
            }
            if (root["kind"] is JValue { Value: "questionBank" } && root["questions"] is JArray bank)
            {
                foreach (var item in bank.OfType<JObject>()) result.AddRange(FromBank(item, file, errors));
                continue;
            }
            if (unit.IsQuestionLine)
            {
                if (Question(root, errors) is { } q)
                    result.Add(new SourcedQuestion(q, new MergeSource(Text(root["sourcePath"]) ?? file, null, q.Index, q.Number)));
                continue;
            }
            if (root["questions"] is not JArray questions) { errors.Add("not an extract output (no questions)"); continue; }
            var path = Text(root["source"]?["path"]) ?? file;
            var sha = Text(root["source"]?["sha256"]);
            foreach (var item in questions.OfType<JObject>())
                if (Question(item, errors) is { } q)
                    result.Add(new SourcedQuestion(q, new MergeSource(path, sha, q.Index, q.Number)));
        }
        return result;
    }

    /// <summary>
    /// A merged record back into its copies, so banks merge again: one per source with the kept answer, and
    /// each alternative answer as an incomplete copy from the first source (which the merger lists once).
    /// </summary>
    private static IEnumerable<SourcedQuestion> FromBank(JObject record, string file, List<string> errors)
    {
        if (Question(record, errors) is not { } q) yield break;
        var sources = ((JArray)record["sources"]!).OfType<JObject>()
            .Select(s => new MergeSource(Text(s["path"]) ?? file, Text(s["sha256"]),
                s["index"] is JValue { Type: JTokenType.Integer } i ? (int)(long)i : q.Index, Text(s["number"]) ?? q.Number))
            .ToList();
        if (sources.Count == 0) sources.Add(new MergeSource(file, null, q.Index, q.Number));
        foreach (var source in sources) yield return new SourcedQuestion(q, source);
        foreach (var alternative in (record["alternativeAnswers"] as JArray)?.Select(Text).OfType<string>() ?? [])
            yield return new SourcedQuestion(new Question
            {
                Id = q.Id, Index = q.Index, Number = q.Number, Section = q.Section, Type = q.Type, QuestionText = q.QuestionText,
                Options = q.Options, Answer = alternative, Analysis = q.Analysis, Skills = q.Skills, Complete = false, Warnings = [],
            }, sources[0]);
    }

    private static Question? Question(JObject o, List<string> errors)
    {
        if (Text(o["question"]) is not { } text) { errors.Add("a question without question text was skipped"); return null; }
        var options = o["options"] is JArray array
            ? array.OfType<JObject>().Select(x => new ChoiceOption(Text(x["label"]) ?? "", Text(x["text"]) ?? "")).ToList()
            : null;
        return new Question
        {
            Id = Text(o["id"]) ?? Pipeline.QuestionIdFactory.Create(text),
            Index = o["index"] is JValue { Type: JTokenType.Integer } index ? (int)(long)index : 1,
            Number = Text(o["number"]) ?? "",
            Section = Text(o["section"]),
            Type = Text(o["type"]) ?? "open",
            QuestionText = text,
            Options = options,
            Answer = Text(o["answer"]),
            Analysis = Text(o["analysis"]),
            Skills = (o["skills"] as JArray)?.Select(Text).OfType<string>().ToList() ?? [],
            Complete = o["complete"] is JValue { Type: JTokenType.Boolean } complete && (bool)complete,
            Warnings = [],
        };
    }

    // Scalars as text: a YAML plain scalar like 12 is read as a number, but a number field is text here.
    private static string? Text(JToken? token) => token switch
    {
        null => null,
        JValue { Type: JTokenType.Null } => null,
        JValue v => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
