using QuestionExtract.Model;
using QuestionExtract.Text;

namespace QuestionExtract.Cleaning;

/// <summary>
/// Reports garbled spans (mojibake) with their location. It changes nothing: the original cannot be
/// recovered with certainty from what the site served, and a guess would be worse than the warning.
/// </summary>
public sealed class GarbledTextRule : ICleaningRule
{
    private const int MaxWarnings = 20;

    public string Id => "garbled-text";

    public void Apply(CleaningContext context)
    {
        int total = 0;
        foreach (var block in context.Blocks)
        {
            foreach (var (start, length) in GarbledText.FindSpans(block.Text))
            {
                total++;
                if (total > MaxWarnings) continue;
                var location = new SourceLocation(block.Location.Line, block.Location.Column + start);
                context.Warnings.Add(new ExtractionWarning(Id, $"garbled text: {block.Text.Substring(start, length)}", location.ToString()));
            }
        }
        if (total > MaxWarnings)
            context.Warnings.Add(new ExtractionWarning(Id, $"{total - MaxWarnings} more garbled spans not listed"));
    }
}
