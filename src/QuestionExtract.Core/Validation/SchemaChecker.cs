using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace QuestionExtract.Validation;

/// <summary>
/// Checks JSON tokens against a JSON Schema that uses only the draft-07 keywords of the published schema
/// (type, enum, required, properties, additionalProperties, items, $ref into $defs, minimum, minLength,
/// pattern). It interprets the schema file itself, so the file stays the one source of truth, and it refuses
/// a schema with any other keyword, so a schema change cannot go unchecked silently. Written here rather than
/// taken from a schema library because the one that restores on .NET 10 (NJsonSchema) fails at run time in
/// the native AOT build; the tests check this checker against NJsonSchema on every fixture.
/// </summary>
public sealed class SchemaChecker
{
    private static readonly HashSet<string> KnownKeywords =
    [
        "$schema", "$id", "title", "description", "$defs", "type", "enum", "required", "properties",
        "additionalProperties", "items", "$ref", "minimum", "maximum", "minLength", "pattern",
    ];

    private readonly JObject _root;
    private readonly JObject _schema;
    private readonly Dictionary<string, Regex> _patterns = [];

    private SchemaChecker(JObject root, JObject schema)
    {
        _root = root;
        _schema = schema;
        foreach (var node in root.DescendantsAndSelf().OfType<JObject>().Where(IsSchemaObject))
            foreach (var property in node.Properties())
                if (!KnownKeywords.Contains(property.Name))
                    throw new NotSupportedException($"schema keyword '{property.Name}' at {property.Path} is not supported by the checker");
        foreach (var pattern in root.DescendantsAndSelf().OfType<JProperty>().Where(p => p.Name == "pattern" && p.Value.Type == JTokenType.String))
            _patterns.TryAdd((string)pattern.Value!, new Regex((string)pattern.Value!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
    }

    public static SchemaChecker Parse(string json) => JToken.Parse(json) is JObject root
        ? new SchemaChecker(root, root)
        : throw new FormatException("a schema must be a JSON object");

    /// <summary>The checker for a sub-schema, e.g. <c>#/$defs/question</c>.</summary>
    public SchemaChecker Definition(string reference) => new(_root, Resolve(reference));

    public List<SchemaError> Check(JToken value)
    {
        var errors = new List<SchemaError>();
        Check(_schema, value, "#", errors);
        return errors;
    }

    private void Check(JObject schema, JToken value, string path, List<SchemaError> errors)
    {
        if (schema["$ref"] is JValue { Type: JTokenType.String } reference)
        {
            Check(Resolve((string)reference!), value, path, errors);
            return;
        }
        if (schema["type"] is { } type && !Types(type).Any(t => IsOfType(value, t)))
        {
            errors.Add(new SchemaError(path, value, $"expected {string.Join(" or ", Types(type))}, found {Describe(value)}"));
            return;
        }
        if (schema["enum"] is JArray allowed && !allowed.Any(a => JToken.DeepEquals(a, value)))
            errors.Add(new SchemaError(path, value, $"{value.ToString(Newtonsoft.Json.Formatting.None)} is not one of {allowed.ToString(Newtonsoft.Json.Formatting.None)}"));
        switch (value)
        {
            case JValue { Type: JTokenType.String } s:
                var text = (string)s!;
                if (schema["minLength"] is JValue minLength && text.EnumerateRunes().Count() < (long)minLength)
                    errors.Add(new SchemaError(path, value, $"shorter than {(long)minLength} characters"));
                if (schema["pattern"] is JValue { Type: JTokenType.String } pattern && !_patterns[(string)pattern!].IsMatch(text))
                    errors.Add(new SchemaError(path, value, $"does not match {(string)pattern!}"));
                break;
            case JValue { Type: JTokenType.Integer or JTokenType.Float } number:
                if (schema["minimum"] is JValue minimum && (double)number < (double)minimum)
                    errors.Add(new SchemaError(path, value, $"{number.ToString(CultureInfo.InvariantCulture)} is less than the minimum {minimum.ToString(CultureInfo.InvariantCulture)}"));
                if (schema["maximum"] is JValue maximum && (double)number > (double)maximum)
                    errors.Add(new SchemaError(path, value, $"{number.ToString(CultureInfo.InvariantCulture)} is more than the maximum {maximum.ToString(CultureInfo.InvariantCulture)}"));
                break;
            case JObject obj:
                CheckObject(schema, obj, path, errors);
                break;
            case JArray array when schema["items"] is JObject items:
                for (int i = 0; i < array.Count; i++) Check(items, array[i], $"{path}[{i}]", errors);
                break;
        }
    }

    private void CheckObject(JObject schema, JObject obj, string path, List<SchemaError> errors)
    {
        var properties = schema["properties"] as JObject;
        if (schema["required"] is JArray required)
            foreach (var name in required.Values<string>())
                if (name is not null && obj.Property(name) is null)
                    errors.Add(new SchemaError(Child(path, name), obj, $"required property '{name}' is missing"));
        foreach (var property in obj.Properties())
        {
            var childPath = Child(path, property.Name);
            if (properties?[property.Name] is JObject propertySchema) Check(propertySchema, property.Value, childPath, errors);
            else if (schema["additionalProperties"] is JValue { Type: JTokenType.Boolean } allow && !(bool)allow)
                errors.Add(new SchemaError(childPath, property, $"property '{property.Name}' is not allowed"));
            else if (schema["additionalProperties"] is JObject additional) Check(additional, property.Value, childPath, errors);
        }
    }

    private JObject Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal)) throw new NotSupportedException($"only local references are supported: {reference}");
        JToken? node = _root;
        foreach (var segment in reference[2..].Split('/'))
            node = node?[segment.Replace("~1", "/").Replace("~0", "~")];
        return node as JObject ?? throw new FormatException($"the schema reference {reference} leads nowhere");
    }

    private static string Child(string path, string name) => path == "#" ? $"#/{name}" : $"{path}.{name}";

    private static IEnumerable<string> Types(JToken type) =>
        type is JArray many ? many.Values<string>().OfType<string>() : [(string)type!];

    private static bool IsOfType(JToken value, string type) => type switch
    {
        "string" => value.Type == JTokenType.String,
        "integer" => value.Type == JTokenType.Integer || (value.Type == JTokenType.Float && Math.Floor((double)value) == (double)value),
        "number" => value.Type is JTokenType.Integer or JTokenType.Float,
        "boolean" => value.Type == JTokenType.Boolean,
        "null" => value.Type == JTokenType.Null,
        "object" => value.Type == JTokenType.Object,
        "array" => value.Type == JTokenType.Array,
        _ => throw new NotSupportedException($"unknown schema type '{type}'"),
    };

    private static string Describe(JToken value) => value.Type switch
    {
        JTokenType.Integer => "integer",
        JTokenType.Float => "number",
        JTokenType.Null => "null",
        JTokenType.Object => "object",
        JTokenType.Array => "array",
        JTokenType.Boolean => "boolean",
        _ => "string",
    };

    // A JSON object is a schema unless it is the value of "properties" or "$defs" (a map of names to schemas)
    // or sits inside an "enum" list.
    private static bool IsSchemaObject(JObject node) =>
        node.Parent is not JProperty { Name: "properties" or "$defs" } && node.Ancestors().OfType<JProperty>().All(p => p.Name != "enum");
}
