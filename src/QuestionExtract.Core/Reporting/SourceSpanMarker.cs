using System.Net;
using System.Text;
using QuestionExtract.Model;
using QuestionExtract.Pipeline;

namespace QuestionExtract.Reporting;

/// <summary>
/// Renders a document's text in reading order as HTML: kept blocks with the question, answer and analysis
/// text found in them coloured, removed blocks struck through with their rule, warnings where they occur.
/// Fields are found by searching their lines in order through the blocks, so no offsets are needed.
/// </summary>
public static class SourceSpanMarker
{
    private sealed record Piece(SourceLocation Location, string Html);

    public static string Render(ExtractionResult result)
    {
        var doc = result.Document;
        var fieldLines = new List<(string Text, string Role, int Question)>();
        foreach (var q in doc.Questions)
        {
            AddLines(fieldLines, q.QuestionText, "q", q.Index);
            AddLines(fieldLines, q.Answer, "a", q.Index);
            AddLines(fieldLines, q.Analysis, "n", q.Index);
        }

        var pieces = new List<Piece>();
        foreach (var block in result.Cleaned.Blocks)
            pieces.Add(new Piece(block.Location, MarkBlock(block.Text, fieldLines)));
        foreach (var removed in result.Cleaned.Removed)
            pieces.Add(new Piece(removed.Location,
                $"<del data-rule=\"{Enc(removed.RuleId)}\" title=\"removed by {Enc(removed.RuleId)}\">{Enc(removed.Text)}</del>"));
        foreach (var warning in doc.Warnings.Where(w => w.Location is not null))
            if (TryLine(warning.Location!, out var line))
                pieces.Add(new Piece(new SourceLocation(line, 0),
                    $"<span class=\"warn\" role=\"note\" title=\"{Enc(warning.Code)}: {Enc(warning.Message)}\">⚠ {Enc(warning.Code)}</span>"));

        var sb = new StringBuilder();
        foreach (var piece in pieces.OrderBy(p => p.Location.Line).ThenBy(p => p.Location.Column))
            sb.Append("<p class=\"src\" data-line=\"").Append(piece.Location.Line).Append("\">").Append(piece.Html).Append("</p>\n");
        return sb.ToString();
    }

    private static void AddLines(List<(string, string, int)> lines, string? text, string role, int question)
    {
        if (string.IsNullOrEmpty(text)) return;
        foreach (var line in text.Split('\n')) if (line.Trim().Length > 0) lines.Add((line.Trim(), role, question));
    }

    // Fields not yet found are searched in this block (answer keys put answers far from their questions, so
    // not in order); occurrences are taken by position without overlapping, and found fields are done.
    private const int Window = 400;

    private static string MarkBlock(string text, List<(string Text, string Role, int Question)> pending)
    {
        var found = new List<(int Start, int End, int Field)>();
        for (int f = 0; f < Math.Min(pending.Count, Window); f++)
        {
            int at = text.IndexOf(pending[f].Text, StringComparison.Ordinal);
            while (at >= 0 && found.Any(x => at < x.End && at + pending[f].Text.Length > x.Start))
                at = text.IndexOf(pending[f].Text, at + 1, StringComparison.Ordinal);
            if (at >= 0) found.Add((at, at + pending[f].Text.Length, f));
        }
        var sb = new StringBuilder();
        int pos = 0;
        foreach (var (start, end, f) in found.OrderBy(x => x.Start))
        {
            sb.Append(Enc(text[pos..start]));
            var (_, role, question) = pending[f];
            sb.Append($"<span class=\"f {role}\" data-q=\"{question}\">").Append(Enc(text[start..end])).Append("</span>");
            pos = end;
        }
        sb.Append(Enc(text[pos..]));
        foreach (var f in found.Select(x => x.Field).OrderByDescending(i => i)) pending.RemoveAt(f);
        return sb.ToString();
    }

    private static bool TryLine(string location, out int line) =>
        int.TryParse(location.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture, out line);

    public static string Enc(string? text) => WebUtility.HtmlEncode(text ?? "");
}
