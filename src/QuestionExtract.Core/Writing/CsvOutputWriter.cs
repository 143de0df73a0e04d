using System.Buffers;
using System.Text;

namespace QuestionExtract.Writing;

/// <summary>
/// Writes questions as RFC 4180 CSV: a header row, then one row per question, CRLF line ends, a field quoted
/// when it holds a quote, comma, CR or LF (quotes doubled). Written by hand rather than with CsvHelper: the
/// rule is this small, and it keeps the native AOT build free of a reflection-based library (docs/design.md).
/// </summary>
public static class CsvOutputWriter
{
    public static readonly IReadOnlyList<string> Columns =
        ["source", "number", "section", "type", "question", "options", "answer", "analysis", "skills"];

    /// <summary>The UTF-8 byte order mark as a character: Excel reads a CSV file as UTF-8 only when it starts with one.</summary>
    public const string ExcelByteOrderMark = "\uFEFF";

    /// <summary>Separates skills inside the one skills field.</summary>
    public const string SkillSeparator = "; ";

    private static readonly SearchValues<char> NeedsQuoting = SearchValues.Create("\",\r\n");

    public static string Header(bool excel) => (excel ? ExcelByteOrderMark : "") + Record(Columns);

    public static string Rows(IEnumerable<QuestionRow> rows)
    {
        var sb = new StringBuilder();
        foreach (var row in rows)
            AppendRecord(sb, [row.Source, row.Number, row.Section, row.Type, row.Question, row.OptionsText,
                row.Answer, row.Analysis, string.Join(SkillSeparator, row.Skills)]);
        return sb.ToString();
    }

    public static string Record(IEnumerable<string?> fields)
    {
        var sb = new StringBuilder();
        AppendRecord(sb, fields);
        return sb.ToString();
    }

    private static void AppendRecord(StringBuilder sb, IEnumerable<string?> fields)
    {
        bool first = true;
        foreach (var field in fields)
        {
            if (!first) sb.Append(',');
            first = false;
            AppendField(sb, field ?? "");
        }
        sb.Append("\r\n");
    }

    private static void AppendField(StringBuilder sb, string field)
    {
        if (field.AsSpan().IndexOfAny(NeedsQuoting) < 0)
        {
            sb.Append(field);
            return;
        }
        sb.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
    }
}
