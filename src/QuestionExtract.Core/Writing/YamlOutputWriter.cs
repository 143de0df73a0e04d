using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace QuestionExtract.Writing;

/// <summary>
/// Writes the output tree as YAML for people: multi-line text as literal blocks, and any string a YAML 1.1
/// reader would turn into a boolean, null or number (yes, N, on, 1.10) quoted.
/// </summary>
public static partial class YamlOutputWriter
{
    [GeneratedRegex(@"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|[-+]?(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o?[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|\d+(?::[0-5]?\d)+(?:\.\d*)?)$")]
    private static partial Regex TypeChangingPattern();

    public static string Write(IEnumerable<object?> documents, string? schemaComment = null)
    {
        var writer = new StringWriter { NewLine = "\n" };
        if (schemaComment is not null) writer.Write(SchemaLine(schemaComment));
        var emitter = new Emitter(writer, new EmitterSettings().WithBestIndent(2).WithBestWidth(int.MaxValue));
        emitter.Emit(new StreamStart());
        foreach (var doc in documents)
        {
            emitter.Emit(new DocumentStart(null, null, isImplicit: true));
            WriteValue(emitter, doc);
            emitter.Emit(new DocumentEnd(isImplicit: true));
        }
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    /// <summary>The comment that tells YAML editors which schema a stream follows.</summary>
    public static string SchemaLine(string schema) => $"# yaml-language-server: $schema={schema}\n";

    private static void WriteValue(IEmitter emitter, object? value)
    {
        switch (value)
        {
            case null: Plain(emitter, "null"); break;
            case bool b: Plain(emitter, b ? "true" : "false"); break;
            case int i: Plain(emitter, i.ToString(CultureInfo.InvariantCulture)); break;
            case long l: Plain(emitter, l.ToString(CultureInfo.InvariantCulture)); break;
            case double d: Plain(emitter, d.ToString("R", CultureInfo.InvariantCulture)); break;
            case string s: String(emitter, s); break;
            case OutputNode node:
                emitter.Emit(new MappingStart(null, null, true, MappingStyle.Block));
                foreach (var (key, v) in node.Fields)
                {
                    Plain(emitter, key);
                    WriteValue(emitter, v);
                }
                emitter.Emit(new MappingEnd());
                break;
            case IReadOnlyList<object?> list:
                emitter.Emit(new SequenceStart(null, null, true, list.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in list) WriteValue(emitter, item);
                emitter.Emit(new SequenceEnd());
                break;
            default: throw new NotSupportedException($"cannot write {value.GetType().Name} as YAML");
        }
    }

    private static void Plain(IEmitter emitter, string text) =>
        emitter.Emit(new Scalar(null, null, text, ScalarStyle.Plain, true, false));

    private static void String(IEmitter emitter, string s)
    {
        // Literal blocks cannot hold trailing spaces on a line or most control characters faithfully.
        bool literal = s.Contains('\n') && !s.Split('\n').Any(l => l.EndsWith(' ') || l.EndsWith('\t')) && !s.Any(c => c < ' ' && c != '\n');
        var style = literal ? ScalarStyle.Literal
            : TypeChangingPattern().IsMatch(s) || s.Length == 0 ? ScalarStyle.DoubleQuoted
            : ScalarStyle.Any;
        emitter.Emit(new Scalar(null, null, s, style, true, true));
    }
}
