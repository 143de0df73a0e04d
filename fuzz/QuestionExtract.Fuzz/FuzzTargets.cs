using System.Text;
using QuestionExtract.Pipeline;
using QuestionExtract.Reading;

namespace QuestionExtract.Fuzz;

/// <summary>
/// What the fuzzer feeds: any bytes to the readers (as a downloaded file of unknown format), and any text to
/// the cleaner and segmenter. Refusals with a reason (InvalidDataException, NotSupportedException) are the
/// expected answer to bad input; any other exception, a hang or a crash is a finding.
/// </summary>
public static class FuzzTargets
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    public static void Readers(byte[] bytes)
    {
        foreach (var name in new[] { "input.docx", "input.html", "input.txt", "input.md" })
        {
            try
            {
                Pipeline.Extract(name, bytes);
            }
            catch (Exception ex) when (ex is InvalidDataException or NotSupportedException)
            {
            }
        }
    }

    // Any text, including control characters a reader would refuse, straight into cleaning and segmenting.
    public static void Segmenter(byte[] bytes) => Pipeline.Extract(PlainTextReader.FromText("input.txt", Encoding.UTF8.GetString(bytes)));
}
