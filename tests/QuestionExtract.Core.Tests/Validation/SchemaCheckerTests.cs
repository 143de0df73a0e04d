using Newtonsoft.Json.Linq;
using QuestionExtract.Tests;
using QuestionExtract.Validation;

namespace QuestionExtract.Core.Tests.Validation;

/// <summary>
/// SchemaChecker against an independent validator (NJsonSchema, used here only as the oracle): on every sample,
/// every validate fixture and a set of broken variants of a real document, both must report errors at the
/// same paths.
/// </summary>
public class SchemaCheckerTests
{
    private static readonly Lazy<NJsonSchema.JsonSchema> Oracle =
        new(() => NJsonSchema.JsonSchema.FromJsonAsync(QuestionSchema.Json).GetAwaiter().GetResult());

    public static TheoryData<string> Files()
    {
        var root = RepositoryRoot.Path;
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(root, "samples"), "*.expected.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(root, f));
        foreach (var f in Directory.EnumerateFiles(Path.Combine(root, "tests", "QuestionExtract.Cli.Tests", "Validation", "Fixtures")).Order(StringComparer.Ordinal))
            if (QuestionFileParser.Extensions.Contains(Path.GetExtension(f))) data.Add(Path.GetRelativePath(root, f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Agrees_with_an_independent_validator_on_every_sample_and_fixture(string file)
    {
        var units = QuestionFileParser.Parse(file, File.ReadAllText(Path.Combine(RepositoryRoot.Path, file)), []);
        foreach (var unit in units) AssertAgrees(unit.Json.Root, unit.IsQuestionLine);
    }

    public static TheoryData<string, string> Breakages() => new()
    {
        { "required property removed", "questions[0].answer=<remove>" },
        { "unknown property", "questions[0].questoin=\"x\"" },
        { "unknown top-level property", "extra=1" },
        { "string where integer", "questions[0].index=\"two\"" },
        { "float index", "questions[0].index=1.5" },
        { "not in enum", "questions[0].type=\"essay\"" },
        { "below minimum", "questions[0].index=0" },
        { "negative points", "questions[0].points=-1" },
        { "empty id", "questions[0].id=\"\"" },
        { "bad sha256", "source.sha256=\"XYZ\"" },
        { "null where string", "language=null" },
        { "number where string or null", "title=5" },
        { "wrong schemaVersion", "schemaVersion=2" },
        { "skills not strings", "questions[0].skills=[1,2]" },
        { "removed count zero", "removed={\"site-footer\":0}" },
        { "option without text", "questions[0].options=[{\"label\":\"A\"}]" },
        { "warning with extra field", "warnings=[{\"code\":\"x\",\"message\":\"y\",\"level\":1}]" },
        { "location column zero", "questions[0].location={\"line\":1,\"column\":0}" },
        { "short language", "language=\"z\"" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Agrees_with_an_independent_validator_on_broken_documents(string what, string change)
    {
        var doc = SampleDocument();
        int eq = change.IndexOf('=');
        var (path, value) = (change[..eq], change[(eq + 1)..]);
        int dot = path.LastIndexOf('.');
        var parent = dot < 0 ? doc : (JObject)doc.SelectToken(path[..dot])!;
        var name = path[(dot + 1)..];
        if (value == "<remove>") parent.Remove(name);
        else parent[name] = JToken.Parse(value);

        var ours = AssertAgrees(doc, isQuestionLine: false);
        Assert.True(ours.Count > 0, $"{what}: no error reported");
    }

    // Where the oracle departs from the JSON Schema specification, the specification is followed (and checked here).
    [Fact]
    public void A_whole_number_written_as_a_float_is_an_integer_as_drafts_06_onwards_say()
    {
        var question = (JObject)SampleDocument()["questions"]![0]!;
        question["index"] = 2.0;
        Assert.Empty(QuestionSchema.ForQuestionLine.Check(question));
        question["index"] = 2.5;
        Assert.Single(QuestionSchema.ForQuestionLine.Check(question));
    }

    [Fact]
    public void Required_applies_to_objects_only_so_a_wrongly_typed_value_gets_one_error()
    {
        var doc = SampleDocument();
        doc["source"] = new JArray();
        var error = Assert.Single(QuestionSchema.ForDocument.Check(doc));
        Assert.Equal(("#/source", "expected object, found array"), (error.Path, error.Message));
    }

    [Fact]
    public void A_schema_keyword_it_does_not_know_is_refused_rather_than_ignored()
    {
        var ex = Assert.Throws<NotSupportedException>(() => SchemaChecker.Parse("""{"type":"object","properties":{"a":{"type":"string","maxLength":3}}}"""));
        Assert.Contains("maxLength", ex.Message);
    }

    private static JObject SampleDocument() => JObject.Parse(File.ReadAllText(
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "samples"), "*.expected.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First()));

    private static List<string> AssertAgrees(JToken root, bool isQuestionLine)
    {
        var ours = (isQuestionLine ? QuestionSchema.ForQuestionLine : QuestionSchema.ForDocument).Check(root).Select(e => e.Path).Distinct().Order(StringComparer.Ordinal).ToList();
        var schema = isQuestionLine ? Oracle.Value.Properties["questions"].Item!.ActualSchema : Oracle.Value;
        var theirs = Flatten(schema.Validate(root)).Select(e => e.Path ?? "#").Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(theirs, ours);
        return ours;
    }

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors)
    {
        foreach (var e in errors)
        {
            if (e is NJsonSchema.Validation.ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var nested in Flatten(child.Errors.SelectMany(kv => kv.Value))) yield return nested;
                continue;
            }
            yield return e;
        }
    }
}
