using System.Globalization;
using System.Text;
using QuestionExtract.Pipeline;

namespace QuestionExtract.Cli;

/// <summary>Prints what the cleaner removed and repaired in a document, each with its rule id and location.</summary>
public static class ExplainWriter
{
    // Characters of unchanged text shown on each side of a repair's changed span.
    private const int Context = 20;
    // Longest changed span shown in full; longer ones keep their two ends.
    private const int MaxSpan = 80;

    public static void Write(TextWriter writer, ExtractionResult result)
    {
        var doc = result.Document;
        writer.WriteLine($"== {doc.Source.Path}: {doc.Questions.Count} questions, {result.Cleaned.Removed.Count} pieces removed, {result.Cleaned.Repairs.Count} repairs, {result.Consumed.Count} structural tokens consumed (numbers, labels, headings)");
        foreach (var piece in result.Cleaned.Removed)
            writer.WriteLine($"{doc.Source.Path}:{piece.Location}: removed [{piece.RuleId}] {OneLine(piece.Text)}");
        foreach (var repair in result.Cleaned.Repairs)
        {
            var (before, after) = ChangedSpan(repair.Before, repair.After);
            writer.WriteLine($"{doc.Source.Path}:{repair.Location}: repaired [{repair.RuleId}] '{before}' -> '{after}'");
        }
        foreach (var warning in doc.Warnings)
            writer.WriteLine($"{doc.Source.Path}:{warning.Location ?? "-"}: warning [{warning.Code}] {warning.Message}");
    }

    /// <summary>Every structure candidate: kept or rejected, its score and features, and the decoder's reason.</summary>
    public static void WriteStructure(TextWriter writer, ExtractionResult result)
    {
        var path = result.Document.Source.Path;
        // Item header runs are listed among the candidates but were never candidates themselves.
        var candidates = result.Structure.Where(n => n.Kind != QuestionExtract.Segmenting.StructureNote.ItemHeaderKind).ToList();
        writer.WriteLine($"== {path}: structure ({candidates.Count} candidates, {candidates.Count(n => n.Accepted)} kept)");
        foreach (var n in result.Structure)
        {
            var score = n.Score is { } s ? s.ToString("+0.0;-0.0", System.Globalization.CultureInfo.InvariantCulture) : "";
            var verdict = n.Accepted
                ? $"kept{(n.Score is null ? "" : " confidence " + n.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))}: {n.Reason}"
                : $"rejected: {n.Reason}";
            writer.WriteLine($"{path}:{n.Location}: \"{OneLine(n.Marker)}\" {n.Kind} {score} [{n.Features}] {verdict}");
        }
    }

    /// <summary>
    /// Before and after as one line each, cut to the span that differs plus some unchanged text on each side,
    /// so a small change in a long block stays visible (cutting both at a fixed length showed the same text twice).
    /// </summary>
    public static (string Before, string After) ChangedSpan(string before, string after)
    {
        before = before.Replace('\n', ' ');
        after = after.Replace('\n', ' ');
        int prefix = 0;
        int limit = Math.Min(before.Length, after.Length);
        while (prefix < limit && before[prefix] == after[prefix]) prefix++;
        int suffix = 0;
        while (suffix < limit - prefix && before[^(suffix + 1)] == after[^(suffix + 1)]) suffix++;
        // Never start or end the cut inside a surrogate pair.
        if (prefix > 0 && char.IsHighSurrogate(before[prefix - 1])) prefix--;
        if (suffix > 0 && char.IsLowSurrogate(before[^suffix])) suffix--;

        int start = Math.Max(0, prefix - Context);
        if (start > 0 && char.IsLowSurrogate(before[start])) start--;
        return (Excerpt(before, start, prefix, before.Length - suffix), Excerpt(after, start, prefix, after.Length - suffix));
    }

    // text[start..changeStart] is context, text[changeStart..changeEnd] changed, then up to Context more.
    private static string Excerpt(string text, int start, int changeStart, int changeEnd)
    {
        int end = Math.Min(text.Length, changeEnd + Context);
        if (end < text.Length && char.IsLowSurrogate(text[end])) end++;
        var span = text[changeStart..changeEnd];
        if (span.Length > MaxSpan)
        {
            int head = MaxSpan / 2;
            if (char.IsHighSurrogate(span[head - 1])) head++;
            int tail = span.Length - MaxSpan / 2;
            if (char.IsLowSurrogate(span[tail])) tail--;
            span = span[..head] + "…" + span[tail..];
        }
        return (start > 0 ? "…" : "") + Visible(text[start..changeStart] + span + text[changeEnd..end]) + (end < text.Length ? "…" : "");
    }

    // Invisible characters (zero-width spaces, BOMs, controls) written as \uXXXX, so their removal shows.
    private static string Visible(string text)
    {
        if (!text.Any(IsInvisible)) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            if (IsInvisible(c)) sb.Append(FormattableString.Invariant($"\\u{(int)c:X4}"));
            else sb.Append(c);
        return sb.ToString();
    }

    private static bool IsInvisible(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control;

    private static string OneLine(string text)
    {
        var t = text.Replace('\n', ' ').Trim();
        return t.Length <= 120 ? t : t[..120] + "…";
    }
}
