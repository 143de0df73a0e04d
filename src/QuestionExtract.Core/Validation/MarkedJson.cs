using System.Globalization;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace QuestionExtract.Validation;

/// <summary>
/// A YAML (or JSON, which YAML reads) node tree turned into JSON tokens for schema validation, remembering
/// where in the file each token came from. Plain scalars become numbers, booleans and nulls as JSON would
/// read them; quoted scalars stay strings.
/// </summary>
public sealed class MarkedJson
{
    private readonly Dictionary<JToken, Mark> _marks = new(ReferenceEqualityComparer.Instance);
    private readonly int _lineOffset;

    public MarkedJson(YamlNode root, int lineOffset = 0)
    {
        _lineOffset = lineOffset;
        Root = Convert(root);
    }

    public JToken Root { get; }

    /// <summary>(line, column) of a token, 1-based, in the original file.</summary>
    public (int Line, int Column) Where(JToken? token)
    {
        for (var t = token; t is not null; t = t.Parent)
            if (_marks.TryGetValue(t, out var mark)) return ((int)mark.Line + _lineOffset, (int)mark.Column);
        return (1 + _lineOffset, 1);
    }

    private JToken Convert(YamlNode node)
    {
        JToken token = node switch
        {
            YamlMappingNode map => ConvertMap(map),
            YamlSequenceNode seq => new JArray(seq.Children.Select(Convert)),
            YamlScalarNode scalar => Scalar(scalar),
            _ => JValue.CreateNull(),
        };
        _marks[token] = node.Start;
        return token;
    }

    private JObject ConvertMap(YamlMappingNode map)
    {
        var obj = new JObject();
        foreach (var (key, value) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            obj[name] = Convert(value);
            if (obj.Property(name) is { } property) _marks[property] = key.Start;
        }
        return obj;
    }

    private static JToken Scalar(YamlScalarNode scalar)
    {
        var v = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain) return new JValue(v);
        if (v is "null" or "~" or "") return JValue.CreateNull();
        if (v is "true") return new JValue(true);
        if (v is "false") return new JValue(false);
        if (long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return new JValue(l);
        if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return new JValue(d);
        return new JValue(v);
    }
}
