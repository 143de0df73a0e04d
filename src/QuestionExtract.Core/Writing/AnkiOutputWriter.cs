using System.Text;

namespace QuestionExtract.Writing;

/// <summary>
/// Writes questions as Anki's plain-text import file (File → Import, one Basic note per question): header
/// lines naming the separator, HTML, columns, deck and tags column, then one tab-separated row per question.
/// Fields are HTML-escaped with &lt;br&gt; for line breaks and tabs made spaces, so no field ever holds the
/// separator, a line break or a quote, and Anki's importer needs no quoting rules.
/// </summary>
public static class AnkiOutputWriter
{
    public const string DefaultDeck = "qextract";

    public static readonly IReadOnlyList<string> Columns = ["Front", "Back", "Tags"];

    public static string Header(string? deck)
    {
        var name = Clean(deck);
        return "#separator:tab\n"
            + "#html:true\n"
            + $"#columns:{string.Join('\t', Columns)}\n"
            + $"#deck:{(name.Length == 0 ? DefaultDeck : name)}\n"
            + $"#tags column:{Columns.Count}\n";
    }

    public static string Notes(IEnumerable<QuestionRow> rows)
    {
        var sb = new StringBuilder();
        foreach (var row in rows)
            sb.Append(Front(row)).Append('\t').Append(Back(row)).Append('\t').Append(string.Join(' ', Tags(row))).Append('\n');
        return sb.ToString();
    }

    /// <summary>The question, then its options one per line.</summary>
    public static string Front(QuestionRow row)
    {
        var front = Html(row.Question);
        if (row.Options is { Count: > 0 }) front += "<br><br>" + Html(row.OptionsText);
        // Anki's importer skips every line that starts with '#' as a comment: "#include 的作用?" would vanish.
        return front.StartsWith('#') ? "&#35;" + front[1..] : front;
    }

    /// <summary>The answer, then the analysis after a blank line.</summary>
    public static string Back(QuestionRow row)
    {
        var parts = new[] { row.Answer, row.Analysis }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => Html(p!));
        return string.Join("<br><br>", parts);
    }

    /// <summary>
    /// Tags from the section and the skills: Anki separates tags by spaces, so spaces inside one become '_';
    /// distinct, in first-seen order.
    /// </summary>
    public static IReadOnlyList<string> Tags(QuestionRow row)
    {
        var tags = new List<string>();
        foreach (var raw in new[] { row.Section }.Concat(row.Skills))
        {
            if (string.IsNullOrWhiteSpace(raw)) continue;
            var tag = string.Join('_', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            tag = tag.Replace('"', '\'');
            if (!tags.Contains(tag, StringComparer.Ordinal)) tags.Add(tag);
        }
        return tags;
    }

    /// <summary>HTML-escaped text with line breaks as &lt;br&gt; and tabs as spaces.</summary>
    public static string Html(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\t': sb.Append(' '); break;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    sb.Append("<br>");
                    break;
                case '\n': sb.Append("<br>"); break;
                default: sb.Append(text[i]); break;
            }
        }
        return sb.ToString();
    }

    // A deck name is one header line: line breaks and tabs would end it or split it.
    private static string Clean(string? deck) =>
        string.Join(' ', (deck ?? "").Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
