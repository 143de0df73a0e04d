using QuestionExtract.Cleaning;
using QuestionExtract.Segmenting;

namespace QuestionExtract.Pipeline;

/// <summary>
/// Decides whether the document is a cut-off preview: a preview notice, text ending mid-sentence, a last
/// number with nothing after it, or a table of contents naming sections that never come.
/// </summary>
public static class TruncationDetector
{
    private const string SentenceEnds = "。.!！?？…\"”」』)）】;；~>";

    public sealed record Verdict(bool Truncated, bool EndsMidSentence);

    public static Verdict Judge(CleanedDocument cleaned, SegmentedDocument segmented, string text)
    {
        var trimmed = text.TrimEnd();
        bool midSentence = trimmed.Length > 0 && !SentenceEnds.Contains(trimmed[^1]);
        bool truncated = cleaned.TruncationNotices.Count > 0 || midSentence || segmented.LastItemEmpty || segmented.TableOfContentsUnfulfilled;
        return new Verdict(truncated, midSentence);
    }
}
