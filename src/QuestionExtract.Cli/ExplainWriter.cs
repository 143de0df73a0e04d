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

    private static string OneLine(string text)
    {
        var t = text.Replace('\n', ' ').Trim();
        return t.Length <= 120 ? t : t[..120] + "…";
    }
}
