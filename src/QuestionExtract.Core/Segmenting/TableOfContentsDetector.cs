using QuestionExtract.Text;

namespace QuestionExtract.Segmenting;

/// <summary>
/// Finds a numbered table of contents: a run of short one-line numbered entries, counting up from 1,
/// whose texts come back later as headings. Its numbers are not questions. A contents list of the questions
/// themselves is one too: a bare run of numbered lines (1., (1), Q1, 第1题) that either all end in a leader and a page number
/// (<c>1. 什么是JVM？……1</c>), or stand under a contents heading (目录, Table of contents), or come back later,
/// number and text, as the questions with their answers. Such a listing may be broken by its section headings,
/// and may stand under one, when those headings come back later too (a question paper printed again with its
/// answers): the headings belong to the listing, not to the questions.
/// </summary>
public sealed partial class TableOfContentsDetector(LabelLexicon lexicon)
{
    private const int MaxEntryLength = 40;
    private const int MinEntries = 3;

    public sealed record Result(IReadOnlySet<StructuralToken> Entries, IReadOnlyList<string> EntryTexts, IReadOnlyList<(int Start, int End, string Text)> Headings);

    public Result Detect(string text, IReadOnlyList<StructuralToken> tokens)
    {
        var lineItems = tokens.Where(t => t.Kind == TokenKind.Item && t.AtLineStart && t.Number is not null
                                          && t.Family is MarkerFamily.Decimal or MarkerFamily.Parenthesized or MarkerFamily.QuestionWord or MarkerFamily.Ordinal).ToList();
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
            if (QuestionContents(text, lineItems, i) is { } listed)
            {
                foreach (var token in listed.Run) entries.Add(token);
                foreach (var (start, end) in listed.Headings)
                {
                    foreach (var token in tokens)
                        if (token.Start >= start && token.Start < end) entries.Add(token);
                    // Where the heading comes back it heads the answered questions; a numbered one is a candidate already.
                    if (FindStandaloneLine(text, text[start..end].Trim(), end) is { } back && !tokens.Any(t => t.Start >= back.Item1 && t.Start < back.Item2))
                        headings.Add(back);
                }
                i += listed.Run.Count;
                continue;
            }
            i = Math.Max(j, i + 1);
        }
        return new Result(entries, texts, headings);
    }

    private const int MaxQuestionEntryLength = 160;

    // A page number after a dotted or tabbed leader closes a contents line: 什么是JVM？ ........ 1, ……12, <tab>3.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\s*[.．·…_]{3,}\s*|\s*…+\s*|\t+\s*)\d{1,4}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Leader();

    private sealed record QuestionListing(List<StructuralToken> Run, List<(int Start, int End)> Headings);

    // The contents list of the questions starting at lineItems[first] (numbered 1): the bare run of one-line
    // entries counting up from there, when every entry ends in a leader and a page number, when a contents
    // heading stands right above it, or when every entry comes back after the run as a line-start item of the
    // same number and text. Headings between its entries, and the one right above it, that come back later
    // as lines of their own go with it. Null when there is none.
    private QuestionListing? QuestionContents(string text, List<StructuralToken> lineItems, int first)
    {
        var run = new List<(StructuralToken Token, string Text, bool Leader)>();
        var headings = new List<(int Start, int End)>();
        for (int j = first; j < lineItems.Count && lineItems[j].Number == run.Count + 1 && lineItems[j].Family == lineItems[first].Family; j++)
        {
            var entry = LineRest(text, lineItems[j].End);
            if (entry.Length == 0 || entry.Length > MaxQuestionEntryLength) break;
            if (run.Count > 0 && !OnlyBlankBetween(text, run[^1].Token.End, lineItems[j].Start)
                && !RepeatedHeadingsBetween(text, text.IndexOf('\n', run[^1].Token.End), lineItems[j].Start, headings)) break;
            var leader = Leader().Match(entry);
            run.Add((lineItems[j], leader.Success ? entry[..leader.Index].TrimEnd() : entry, leader.Success));
        }
        if (run.Count < 2) return null;
        if ((run.Count >= MinEntries && run.All(e => e.Leader)) || UnderContentsHeading(text, lineItems[first].Start)) return new([.. run.Select(e => e.Token)], headings);
        // Each entry must come back after the run under its own number (the next run of 1, 2, 3 … items), in the
        // listing's style or another (a listing of 1. 2. over the questions' Q1： Q2：).
        int runEnd = run[^1].Token.End;
        var later = new Dictionary<int, string>();
        foreach (var t in lineItems)
            if (t.Start > runEnd && t.Number is int n && n <= run.Count && !later.ContainsKey(n))
                later[n] = FoldedText.Of(LineRest(text, t.End));
        foreach (var (token, entry, _) in run)
            if (!later.TryGetValue(token.Number!.Value, out var back) || back != FoldedText.Of(entry)) return null;
        if (LineAbove(text, lineItems[first].Start) is { } above && ComesBack(text, above.Start, above.End)) headings.Add(above);
        return new([.. run.Select(e => e.Token)], headings);
    }

    private const int MaxHeadingLength = 80;
    private const int MaxHeadingsBetweenEntries = 2;

    // True when every non-blank line from `from` to `to` is a short heading that comes back later as a line of
    // its own (the listing's section headings, printed again above the answered questions); adds their spans.
    private bool RepeatedHeadingsBetween(string text, int from, int to, List<(int Start, int End)> headings)
    {
        if (from < 0 || from > to) return false;
        var found = new List<(int, int)>();
        int start = from + 1;
        while (start < to)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0 || end > to) end = to;
            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length > 0)
            {
                if (line.Length > MaxHeadingLength || found.Count == MaxHeadingsBetweenEntries || !ComesBack(text, start, end)) return false;
                // An answer under an entry (答案：B) makes it a question with its answer: a page showing its questions
                // twice, not a listing and its headings.
                if (lexicon.Labels.Matches(line.ToString()).Any(m => m.Index == 0)) return false;
                found.Add((start, end));
            }
            start = end + 1;
        }
        if (found.Count == 0) return false;
        headings.AddRange(found);
        return true;
    }

    // A heading line comes back later as a line of its own; it is short and states no sentence (an answer's
    // line that the second printing repeats ends in one). A closing bracket that ends a count or points note ends
    // no sentence: 一．选择题（共3小题）.
    [System.Text.RegularExpressions.GeneratedRegex(@"[(（][^()（）]*(?:共|小题|分)[^()（）]*[)）]$")]
    private static partial System.Text.RegularExpressions.Regex CountNote();

    private static bool ComesBack(string text, int start, int end)
    {
        var line = text[start..end].Trim();
        return line.Length > 0 && line.Length <= MaxHeadingLength && line.IndexOfAny(['。', '？', '?', '！', '!', '；', ';']) < 0
               && (!SentenceSplitter.SentenceEnds.Contains(line[^1]) || CountNote().IsMatch(line))
               && FindStandaloneLine(text, line, end) is not null;
    }

    private static (int Start, int End)? LineAbove(string text, int lineStart)
    {
        int end = lineStart - 1;
        while (end > 0)
        {
            int start = text.LastIndexOf('\n', end - 1) + 1;
            if (!string.IsNullOrWhiteSpace(text[start..end])) return (start, end);
            end = start - 1;
        }
        return null;
    }

    private bool UnderContentsHeading(string text, int lineStart) =>
        LineAbove(text, lineStart) is { } above && lexicon.IsContentsHeading(text[above.Start..above.End]);

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
