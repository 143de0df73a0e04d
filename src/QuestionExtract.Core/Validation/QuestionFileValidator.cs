using Newtonsoft.Json.Linq;
using QuestionExtract.Cleaning;
using QuestionExtract.Text;

namespace QuestionExtract.Validation;

/// <summary>
/// Validates question files: parse, schema, and the rules of <see cref="ValidationRules"/>. One instance
/// validates a whole run, so duplicate ids and questions are found across files too.
/// </summary>
public sealed class QuestionFileValidator(IReadOnlyDictionary<string, Severity> severities, SiteRuleSet rules)
{
    private static readonly string[] TextFields = ["question", "answer", "analysis"];
    private readonly Dictionary<string, string> _ids = [];
    private readonly Dictionary<string, string> _texts = [];

    public Severity SeverityOf(ValidationRule rule) => severities.TryGetValue(rule.Id, out var s) ? s : rule.DefaultSeverity;

    public List<ValidationFinding> Validate(string file, string text)
    {
        var findings = new List<ValidationFinding>();
        var parseFindings = new List<ValidationFinding>();
        var units = QuestionFileParser.Parse(file, text, parseFindings);
        foreach (var f in parseFindings) Report(findings, ValidationRules.ParseError, file, (f.Line, f.Column), f.Message);
        // A document file with no document passes every other check vacuously (an editor emptied it, a
        // write failed). An empty .jsonl is not flagged: it is a list of zero questions.
        if (units.Count == 0 && parseFindings.Count == 0 && !Path.GetExtension(file).Equals(".jsonl", StringComparison.OrdinalIgnoreCase))
            Report(findings, ValidationRules.EmptyFile, file, (1, 1), "the file holds no document (it is empty or only comments)");
        foreach (var unit in units) ValidateUnit(findings, file, unit);
        return findings.OrderBy(f => f.Line).ThenBy(f => f.Column).ToList();
    }

    private void ValidateUnit(List<ValidationFinding> findings, string file, QuestionFileUnit unit)
    {
        var json = unit.Json;
        bool bank = QuestionSchema.IsBank(json.Root, unit.IsQuestionLine);
        var schema = bank
            ? unit.IsQuestionLine ? QuestionSchema.ForBankLine : QuestionSchema.ForBank
            : unit.IsQuestionLine ? QuestionSchema.ForQuestionLine : QuestionSchema.ForDocument;
        foreach (var error in schema.Check(json.Root))
            Report(findings, ValidationRules.Schema, file, json.Where(error.Token), $"{error.Message} at {error.Path}");
        if (json.Root is not JObject root) return;

        var questions = unit.IsQuestionLine ? [root] : (root["questions"] as JArray)?.OfType<JObject>().ToList() ?? [];
        foreach (var q in questions) ValidateQuestion(findings, file, json, q);
        // A bank has no title, preamble or declared count, and its numbers come from many files.
        if (unit.IsQuestionLine || bank) return;

        foreach (var field in new[] { "title", "preamble" })
            CheckText(findings, file, json, root[field]);
        CheckNumbering(findings, file, json, questions);
        if (root["declaredQuestionCount"] is JValue { Type: JTokenType.Integer } declared && root["truncated"] is JValue { Type: JTokenType.Boolean } truncated
            && !(bool)truncated && (long)declared != questions.Count)
            Report(findings, ValidationRules.DeclaredCount, file, json.Where(declared), $"declaredQuestionCount is {(long)declared} but the document has {questions.Count} questions and is not truncated");
    }

    private void ValidateQuestion(List<ValidationFinding> findings, string file, MarkedJson json, JObject q)
    {
        var questionToken = q["question"];
        var question = questionToken?.Type == JTokenType.String ? (string?)questionToken : null;
        if (questionToken?.Type == JTokenType.String && string.IsNullOrWhiteSpace(question))
            Report(findings, ValidationRules.EmptyQuestion, file, json.Where(questionToken), "the question text is empty");
        var answer = q["answer"];
        if (answer is null || answer.Type == JTokenType.Null || (answer.Type == JTokenType.String && string.IsNullOrWhiteSpace((string?)answer)))
            Report(findings, ValidationRules.MissingAnswer, file, json.Where(answer ?? q), $"question {Describe(q)} has no answer");

        if (q["id"] is JValue { Type: JTokenType.String } idToken)
        {
            var id = (string)idToken!;
            var here = Where(file, json.Where(idToken));
            if (_ids.TryGetValue(id, out var first)) Report(findings, ValidationRules.DuplicateId, file, json.Where(idToken), $"id '{id}' is already used at {first}");
            else _ids[id] = here;
        }
        if (!string.IsNullOrWhiteSpace(question))
        {
            var key = FoldedText.Key(question);
            var here = Where(file, json.Where(questionToken));
            if (_texts.TryGetValue(key, out var first)) Report(findings, ValidationRules.DuplicateQuestion, file, json.Where(questionToken), $"the same question is already at {first}");
            else _texts[key] = here;
        }
        foreach (var field in TextFields) CheckText(findings, file, json, q[field]);
        if (q["options"] is JArray options)
            foreach (var option in options.OfType<JObject>()) CheckText(findings, file, json, option["text"]);
    }

    private void CheckText(List<ValidationFinding> findings, string file, MarkedJson json, JToken? token)
    {
        if (token?.Type != JTokenType.String) return;
        var text = (string)token!;
        foreach (var line in text.Split('\n'))
        {
            var rule = rules.MatchAnywhere(line);
            if (rule is not null)
            {
                Report(findings, ValidationRules.LeftoverBoilerplate, file, json.Where(token), $"site text recognised by rule '{rule.Id}': {Preview(line)}");
                break;
            }
        }
        if (PinyinAnnotationRule.Occurs(text))
            Report(findings, ValidationRules.LeftoverBoilerplate, file, json.Where(token), $"pinyin annotation left in the text: {Preview(text)}");
        var garbled = GarbledText.FindSpans(text);
        if (garbled.Count > 0)
            Report(findings, ValidationRules.GarbledText, file, json.Where(token), $"garbled text: {text.Substring(garbled[0].Start, garbled[0].Length)}");
    }

    private void CheckNumbering(List<ValidationFinding> findings, string file, MarkedJson json, List<JObject> questions)
    {
        foreach (var section in questions.GroupBy(q => q["section"]?.ToString() ?? ""))
        {
            long? previous = null;
            foreach (var q in section)
            {
                if (q["number"] is not JValue { Type: JTokenType.String } numberToken || !long.TryParse((string?)numberToken, out var n)) { previous = null; continue; }
                if (previous is not null && n != previous + 1)
                {
                    var what = n <= previous ? "repeats or goes back" : $"skips {previous + 1}" + (n > previous + 2 ? $"–{n - 1}" : "");
                    Report(findings, ValidationRules.Numbering, file, json.Where(numberToken), $"question number {n} {what} after {previous}{(section.Key.Length > 0 ? $" in section '{section.Key}'" : "")}");
                }
                previous = n;
            }
        }
    }

    private void Report(List<ValidationFinding> findings, ValidationRule rule, string file, (int Line, int Column) where, string message)
    {
        var severity = SeverityOf(rule);
        if (severity == Severity.Off) return;
        findings.Add(new ValidationFinding(file, where.Line, where.Column, rule.Id, severity, message));
    }

    private static string Describe(JObject q) => q["number"]?.ToString() is { Length: > 0 } n ? n : q["index"]?.ToString() ?? "?";

    private static string Where(string file, (int Line, int Column) at) => $"{file}:{at.Line}:{at.Column}";

    private static string Preview(string text)
    {
        var t = text.Replace('\n', ' ').Trim();
        return t.Length <= 60 ? t : t[..60] + "…";
    }
}
