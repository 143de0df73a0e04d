using System.Text.RegularExpressions;

namespace QuestionExtract.Reading;

/// <summary>
/// The header of a deck exported from Anki as plain text: lines of directives at the top (<c>#separator:tab</c>,
/// <c>#html:true</c>, <c>#columns:Front⇥Back⇥Tags</c>, <c>#deck column:2</c>, <c>#tags column:5</c>) saying how the
/// tab-separated notes below are laid out. The columns they name as the note's type, deck, tags or id are the
/// card's metadata; the others are its fields, front first.
/// </summary>
public sealed partial class AnkiExportHeader
{
    /// <summary>How many lines the header takes (0: the text has none).</summary>
    public int LineCount { get; private init; }
    /// <summary>The fields are HTML (line breaks as &lt;br&gt;).</summary>
    public bool Html { get; private init; }
    /// <summary>The column names a <c>#columns:</c> line gives, and the line it stands on; null without one.</summary>
    public string[]? ColumnNames { get; private init; }
    public int ColumnsLine { get; private init; } = -1;
    /// <summary>Zero-based indexes of the metadata columns (notetype, deck, tags, guid).</summary>
    public IReadOnlySet<int> MetadataColumns { get; private init; } = new HashSet<int>();

    [GeneratedRegex(@"^#(?<key>separator|html|columns|notetype|deck|tags|guid|notetype column|deck column|tags column|guid column|if matches):(?<value>.*)$")]
    private static partial Regex DirectivePattern();

    /// <summary>The header at the top of <paramref name="lines"/>, or null when the text does not open with one.</summary>
    public static AnkiExportHeader? Read(string[] lines)
    {
        int i = 0;
        bool html = false, tabs = false;
        string[]? names = null;
        int columnsLine = -1;
        var metadata = new HashSet<int>();
        for (; i < lines.Length && DirectivePattern().Match(lines[i].TrimEnd()) is { Success: true } m; i++)
        {
            var value = m.Groups["value"].Value.Trim();
            switch (m.Groups["key"].Value)
            {
                case "separator": tabs = value.Equals("tab", StringComparison.OrdinalIgnoreCase) || value == "\t"; break;
                case "html": html = value.Equals("true", StringComparison.OrdinalIgnoreCase); break;
                case "columns": names = m.Groups["value"].Value.Split('\t'); columnsLine = i; break;
                case "notetype column" or "deck column" or "tags column" or "guid column":
                    if (int.TryParse(value, out int column) && column >= 1) metadata.Add(column - 1);
                    break;
            }
        }
        // Only a tab-separated export is read as one; the separator line opens every export Anki writes.
        return i > 0 && tabs ? new AnkiExportHeader { LineCount = i, Html = html, ColumnNames = names, ColumnsLine = columnsLine, MetadataColumns = metadata } : null;
    }

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();

    [GeneratedRegex(@"<[^>]{1,200}>")]
    private static partial Regex Tag();

    /// <summary>A field's text: with HTML fields, line breaks as lines, other tags dropped, entities decoded.</summary>
    public string FieldText(string field) =>
        Html ? System.Net.WebUtility.HtmlDecode(Tag().Replace(LineBreakTag().Replace(field, "\n"), "")).Trim() : field.Trim();
}
