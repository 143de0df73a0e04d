using System.Buffers;
using System.Globalization;
using System.Text;

namespace QuestionExtract.Writing;

/// <summary>
/// Writes the output tree as JSON. Only what JSON requires is escaped (quote, backslash, control characters),
/// so Chinese text stays readable — the standard encoders escape CJK or surrogate pairs.
/// </summary>
public static class JsonOutputWriter
{
    /// <param name="depth">Indentation level the value starts at (for writing array items one at a time).</param>
    public static string Write(object? value, bool indented = true, int depth = 0)
    {
        var sb = new StringBuilder();
        WriteValue(sb, value, indented, depth);
        return sb.ToString();
    }

    /// <summary><see cref="Write"/> appended to a builder the caller goes on writing to (no string per value).</summary>
    public static void WriteTo(StringBuilder sb, object? value, bool indented = true, int depth = 0) => WriteValue(sb, value, indented, depth);

    private static void WriteValue(StringBuilder sb, object? value, bool indented, int depth)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case string s: WriteString(sb, s); break;
            case int i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case long l: sb.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case double d: sb.Append(d.ToString("R", CultureInfo.InvariantCulture)); break;
            case OutputNode node: WriteObject(sb, node, indented, depth); break;
            case IReadOnlyList<object?> list: WriteList(sb, list, indented, depth); break;
            default: throw new NotSupportedException($"cannot write {value.GetType().Name} as JSON");
        }
    }

    private static void WriteObject(StringBuilder sb, OutputNode node, bool indented, int depth)
    {
        if (node.Fields.Count == 0) { sb.Append("{}"); return; }
        sb.Append('{');
        for (int i = 0; i < node.Fields.Count; i++)
        {
            if (i > 0) sb.Append(',');
            NewLine(sb, indented, depth + 1);
            WriteString(sb, node.Fields[i].Key);
            sb.Append(indented ? ": " : ":");
            WriteValue(sb, node.Fields[i].Value, indented, depth + 1);
        }
        NewLine(sb, indented, depth);
        sb.Append('}');
    }

    private static void WriteList(StringBuilder sb, IReadOnlyList<object?> list, bool indented, int depth)
    {
        if (list.Count == 0) { sb.Append("[]"); return; }
        sb.Append('[');
        for (int i = 0; i < list.Count; i++)
        {
            if (i > 0) sb.Append(',');
            NewLine(sb, indented, depth + 1);
            WriteValue(sb, list[i], indented, depth + 1);
        }
        NewLine(sb, indented, depth);
        sb.Append(']');
    }

    private static void NewLine(StringBuilder sb, bool indented, int depth)
    {
        if (!indented) return;
        sb.Append('\n').Append(' ', depth * 2);
    }

    // What must be escaped: quote, backslash, control characters, and the line and paragraph separators,
    // which break JavaScript string literals (escaped as most tools do). Everything else is copied in runs.
    private static readonly SearchValues<char> NeedsEscape =
        SearchValues.Create("\"\\\u2028\u2029" + string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)));

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        var rest = s.AsSpan();
        int at;
        while ((at = rest.IndexOfAny(NeedsEscape)) >= 0)
        {
            sb.Append(rest[..at]);
            switch (rest[at])
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default: sb.Append("\\u").Append(((int)rest[at]).ToString("x4", CultureInfo.InvariantCulture)); break;
            }
            rest = rest[(at + 1)..];
        }
        sb.Append(rest).Append('"');
    }
}
