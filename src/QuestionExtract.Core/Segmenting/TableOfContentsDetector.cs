using QuestionExtract.Text;

namespace QuestionExtract.Segmenting;

/// <summary>
/// Finds a numbered table of contents: a run of short one-line numbered entries, counting up from 1,
/// whose texts come back later as headings. Its numbers are not questions.
/// </summary>
public sealed class TableOfContentsDetector
{
    private const int MaxEntryLength = 40;
    private const int MinEntries = 3;

    public sealed record Result(IReadOnlySet<StructuralToken> Entries, IReadOnlyList<string> EntryTexts, IReadOnlyList<(int Start, int End, string Text)> Headings);

    public Result Detect(string text, IReadOnlyList<StructuralToken> tokens)
    {
        var lineItems = tokens.Where(t => t.Kind == TokenKind.Item && t.AtLineStart && t.Number is not null
                                          && t.Family is MarkerFamily.Decimal or MarkerFamily.Parenthesized).ToList();
        var entries = new HashSet<StructuralToken>();
        var texts = new List<string>();
        var headings = new List<(int, int, string)>();
        int i = 0;
        while (i < lineItems.Count)
        {
            if (lineItems[i].Number != 1) { i++; continue; }
            var run = new List<(StructuralToken Token, string Text)>();
            int j = i;
            while (j < lineItems.Count && lineItems[j].Number == run.Count + 1)
            {
                var entry = LineRest(text, lineItems[j].End);
                if (entry.Length == 0 || entry.Length > MaxEntryLength || entry.IndexOfAny(['?', '？', '。']) >= 0) break;
                if (run.Count > 0 && !OnlyBlankBetween(text, run[^1].Token.End, lineItems[j].Start)) break;
                run.Add((lineItems[j], entry));
                j++;
            }
            if (run.Count >= MinEntries)
            {
                int runEnd = run[^1].Token.End;
                var found = new List<(int, int, string)>();
                foreach (var (_, entry) in run)
                {
                    var heading = FindStandaloneLine(text, entry, runEnd);
                    if (heading is not null) found.Add(heading.Value);
                }
                // In a cut-off preview only the first sections are there; the first entry must come back as a heading.
                bool firstComesBack = found.Count > 0 && FoldedText.Of(found[0].Item3) == FoldedText.Of(run[0].Text);
                if (firstComesBack)
                {
                    foreach (var (token, entry) in run) { entries.Add(token); texts.Add(entry); }
                    headings.AddRange(found);
                    i = j;
                    continue;
                }
            }
            i = Math.Max(j, i + 1);
        }
        return new Result(entries, texts, headings);
    }

    private static string LineRest(string text, int from)
    {
        int end = text.IndexOf('\n', from);
        return text[from..(end < 0 ? text.Length : end)].Trim();
    }

    private static bool OnlyBlankBetween(string text, int from, int to)
    {
        int lineEnd = text.IndexOf('\n', from);
        if (lineEnd < 0 || lineEnd > to) return false;
        return string.IsNullOrWhiteSpace(text[lineEnd..to]);
    }

    private static (int, int, string)? FindStandaloneLine(string text, string entry, int after)
    {
        var want = FoldedText.Of(entry);
        int pos = text.IndexOf('\n', after);
        while (pos >= 0 && pos < text.Length)
        {
            int start = pos + 1;
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (FoldedText.Of(text[start..end]) == want) return (start, end, text[start..end].Trim());
            pos = end < text.Length ? end : -1;
        }
        return null;
    }
}
