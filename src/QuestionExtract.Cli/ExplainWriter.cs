using QuestionExtract.Pipeline;

namespace QuestionExtract.Cli;

/// <summary>Prints what the cleaner removed and repaired in a document, each with its rule id and location.</summary>
public static class ExplainWriter
{
    public static void Write(TextWriter writer, ExtractionResult result)
    {
        var doc = result.Document;
        writer.WriteLine($"== {doc.Source.Path}: {doc.Questions.Count} questions, {result.Cleaned.Removed.Count} pieces removed, {result.Cleaned.Repairs.Count} repairs, {result.Consumed.Count} structural tokens consumed (numbers, labels, headings)");
        foreach (var piece in result.Cleaned.Removed)
            writer.WriteLine($"{doc.Source.Path}:{piece.Location}: removed [{piece.RuleId}] {OneLine(piece.Text)}");
        foreach (var repair in result.Cleaned.Repairs)
            writer.WriteLine($"{doc.Source.Path}:{repair.Location}: repaired [{repair.RuleId}] '{OneLine(repair.Before)}' -> '{OneLine(repair.After)}'");
        foreach (var warning in doc.Warnings)
            writer.WriteLine($"{doc.Source.Path}:{warning.Location ?? "-"}: warning [{warning.Code}] {warning.Message}");
    }

    /// <summary>Every structure candidate: kept or rejected, its score and features, and the decoder's reason.</summary>
    public static void WriteStructure(TextWriter writer, ExtractionResult result)
    {
        var path = result.Document.Source.Path;
        writer.WriteLine($"== {path}: structure ({result.Structure.Count} candidates, {result.Structure.Count(n => n.Accepted)} kept)");
        foreach (var n in result.Structure)
        {
            var score = n.Score is { } s ? s.ToString("+0.0;-0.0", System.Globalization.CultureInfo.InvariantCulture) : "";
            var verdict = n.Accepted
                ? $"kept{(n.Score is null ? "" : " confidence " + n.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))}: {n.Reason}"
                : $"rejected: {n.Reason}";
            writer.WriteLine($"{path}:{n.Location}: \"{OneLine(n.Marker)}\" {n.Kind} {score} [{n.Features}] {verdict}");
        }
    }

    private static string OneLine(string text)
    {
        var t = text.Replace('\n', ' ').Trim();
        return t.Length <= 120 ? t : t[..120] + "…";
    }
}
