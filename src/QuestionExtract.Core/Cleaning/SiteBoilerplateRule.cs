using System.Text.RegularExpressions;
using QuestionExtract.Model;
using QuestionExtract.Text;

namespace QuestionExtract.Cleaning;

/// <summary>
/// Removes the blocks the site rules recognise, and whole disclaimer lists when most of their items are
/// recognised (spam injected into such a list goes with it). Records site evidence, titles offered by page
/// markers, and preview notices.
/// </summary>
public sealed partial class SiteBoilerplateRule(SiteRuleSet rules) : ICleaningRule
{
    [GeneratedRegex(@"^\s*(?:[•·●▪◦\-*]|\d{1,3}[.、．)]|[(（]\d{1,3}[)）])")]
    private static partial Regex ListItemPattern();

    public string Id => "site-boilerplate";

    public void Apply(CleaningContext context)
    {
        var blocks = context.Blocks;
        var hits = new SiteRule?[blocks.Count];
        var titles = new string?[blocks.Count];
        var folded = blocks.Select(b => FoldedText.Of(b.Text)).ToArray();
        for (int i = 0; i < blocks.Count; i++)
        {
            hits[i] = rules.MatchFolded(folded[i], out titles[i]);
            if (hits[i] is null) WarnAboutLongBlock(context, blocks[i], folded[i]);
        }

        MatchPositional(folded, hits);
        RemoveListRuns(blocks, hits);
        RemovePageHeaders(folded, hits);
        SweepAfterPageEnd(folded, hits);
        KeepTailRulesToTheTail(folded, hits);

        foreach (var site in rules.IdentifySites(folded)) context.SiteEvidence.Add(site.Id);
        // The page title is set by the site that served the page; the body may quote or name other sites
        // ("转自百度文库"), so a title naming one site decides, whatever single phrases the body holds.
        if (TitleIndex(blocks, folded) is int title && rules.IdentifySites([folded[title]]) is [var titleSite])
            context.TitleSite = titleSite.Id;

        // An end mark speaks for the whole text only where nothing but furniture follows it.
        bool restRemoved = true;
        for (int i = blocks.Count - 1; i >= 0; i--)
        {
            if (folded[i].Length == 0) continue;
            if (hits[i] is { Completes: true } && restRemoved) context.CompletionNotices.Insert(0, blocks[i].Text.Trim());
            restRemoved &= hits[i] is not null;
        }

        var kept = new List<Block>(blocks.Count);
        for (int i = 0; i < blocks.Count; i++)
        {
            var rule = hits[i];
            if (rule is null) { kept.Add(TrimFurnitureTail(context, blocks[i])); continue; }
            context.Removed.Add(new RemovedPiece(rule.Id, blocks[i].Text, blocks[i].Location));
            if (rule.Site is not null) context.SiteEvidence.Insert(0, rule.Site);
            if (titles[i] is not null) context.TitleCandidates.Add(OriginalTitle(blocks[i].Text, titles[i]!));
            if (rule.Truncates) context.TruncationNotices.Add(blocks[i].Text.Trim());
        }
        blocks.Clear();
        blocks.AddRange(kept);
        RemoveLines(context);
        // A preview notice the reader set aside with the page's chrome (<div class="more">已阅读3页，还剩5页未读</div>).
        foreach (var block in context.SetAside)
            if (rules.MatchFolded(FoldedText.Of(block.Text), out _) is { Truncates: true })
                context.TruncationNotices.Add(block.Text.Trim());
    }

    // Lines that rules marked for it take out of blocks of several lines (a forum's edit stamp among a post's lines).
    private void RemoveLines(CleaningContext context)
    {
        foreach (var rule in rules.Rules)
        {
            if (!rule.Lines) continue;
            var drop = new Dictionary<int, HashSet<int>>();
            for (int b = 0; b < context.Blocks.Count; b++)
            {
                var text = context.Blocks[b].Text;
                if (!text.Contains('\n')) continue;
                var lines = text.Split('\n');
                for (int l = 0; l < lines.Length; l++)
                    if (FoldedText.Of(lines[l]) is { Length: > 0 } folded && rule.Matches(folded, folded, mayEqual: true, mayContain: true, out _))
                        (drop.TryGetValue(b, out var set) ? set : drop[b] = []).Add(l);
            }
            BlockLineRemoval.Remove(context, rule.Id, drop);
        }
    }

    // Longest closing text cut off a block's end, in folded characters.
    private const int MaxTrimmedTail = 120;

    // A page flattened into one line (…其他事项。 本文档由人人文库用户上传，如有侵权请联系删除 下载积分：600) ends on the
    // site's line, set off by a space after the last sentence: when a rule recognises that text on its own (no
    // positional or tail rule, which need the lines around), it is cut off the block as that rule's furniture. So is
    // a block's last line (a quote's 作者 line, then the account's plug after a hard line break).
    private SiteRule? TrimmedTailRule(Block block, out int cut)
    {
        cut = -1;
        var text = block.Text.TrimEnd();
        if (block.Cells is not null || text.Length == 0) return null;
        int end = -1;
        for (int k = text.Length - 2; k >= 0; k--)
            if (text[k] == '\n' || (SentenceEnds.Contains(text[k]) && char.IsWhiteSpace(text[k + 1]))) { end = k; break; }
        if (end < 0) return null;
        var tail = text[(end + 1)..];
        int length = FoldedText.Of(tail).Length;
        if (length == 0 || length > MaxTrimmedTail) return null;
        var rule = rules.MatchAnywhere(tail);
        if (rule is not null) cut = end + 1;
        return rule;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。！？!?");

    private Block TrimFurnitureTail(CleaningContext context, Block block)
    {
        if (TrimmedTailRule(block, out int cut) is not { } rule) return block;
        var tail = block.Text[cut..].Trim();
        context.Removed.Add(new RemovedPiece(rule.Id, tail, block.Location));
        if (rule.Truncates) context.TruncationNotices.Add(tail);
        return block with { Text = block.Text[..cut].TrimEnd() };
    }

    /// <summary>The rule the lines after a page-end mark are removed by.</summary>
    public const string AfterPageEndRuleId = "after-page-end";

    private static readonly SiteRule AfterPageEnd = new() { Id = AfterPageEndRuleId, Tail = true };

    // A line a page-end sweep stops at: a numbered item (an exam's answer-first item too, ( C )1.) or a question
    // or answer label, the document's own text going on (folded: no spaces, half-width colons).
    [GeneratedRegex(@"^(?:\d{1,3}[.、．:)）]|\(\d{1,3}\)|\([A-Ha-h√×○]{1,4}\)\d{1,3}[.、．]|[一二三四五六七八九十]{1,3}[、.．]|第[\d一二三四五六七八九十百]{1,4}[题題]|(?i:q(?:uestion)?)\d{1,3}|问题\d|[问答]:|(?i:[qa]|question|answer):|【?(?:参考)?答案】?:?)")]
    private static partial Regex ContentItemPattern();

    // Longest line a sweep takes, and how much text the lines it takes may hold together (a quarter of the
    // document, or a few lines of a short one): comments and a site's footer are short beside the document; a
    // long run after the mark is the document going on.
    private const int MaxSweptLineLength = 200;
    private const int MaxSweptShareDivisor = 4;
    private const int SweptLengthAlwaysAllowed = 200;

    // From the earliest page-end mark (a comment thread's heading, a list of other articles, a preview cut, a
    // share row) after which every line is short, no line is a numbered or labelled item, and all such lines
    // together are a small part of the document, every line goes: comments, counters and footer links no single
    // rule names. A mark with the document's own text after it (a preview notice above the text) sweeps nothing,
    // and neither does a mark printed again below it.
    private static void SweepAfterPageEnd(string[] folded, SiteRule?[] hits)
    {
        long total = 0;
        foreach (var f in folded) total += f.Length;
        int start = -1;
        long unmatched = 0;
        var marksBelow = new HashSet<string>(StringComparer.Ordinal);
        for (int i = folded.Length - 1; i >= 0; i--)
        {
            if (folded[i].Length == 0) continue;
            // A mark printed again further down (Was this answer helpful? under every answer) is each item's
            // furniture: only its last copy may end the page.
            if (hits[i] is { EndsPage: true })
            {
                if (marksBelow.Add(folded[i])) start = i;
                continue;
            }
            if (hits[i] is not null) continue;
            unmatched += folded[i].Length;
            if (folded[i].Length > MaxSweptLineLength || ContentItemPattern().IsMatch(folded[i])
                || unmatched > Math.Max(total / MaxSweptShareDivisor, SweptLengthAlwaysAllowed)) break;
        }
        if (start < 0) return;
        for (int i = start + 1; i < folded.Length; i++)
            if (folded[i].Length > 0 && hits[i] is null) hits[i] = AfterPageEnd;
    }

    /// <summary>The rule a line printed beside every page number is removed by.</summary>
    public const string PageHeaderRuleId = "page-header";

    private static readonly SiteRule PageHeader = new() { Id = PageHeaderRuleId };

    private const string PageNumberRuleId = "page-number";
    private const int MaxPageHeaderLength = 60;

    // A line that could be content beside a page number: asks, labels, or opens with an item marker.
    [GeneratedRegex(@"[?？:]|^(?:\d{1,3}[.、．)）]|\(\d{1,3}\)|[一二三四五六七八九十]{1,3}[、.．]|第[\d一二三四五六七八九十百]{1,4}[题題]|[A-Ha-h][.、．)）])")]
    private static partial Regex PageNeighbourContentPattern();

    // The running header or footer of an export whose page numbers stand on lines of their own (- 2 - followed by
    // 病理学复习题库 临床医学专业): the same short line right after (or right before) two or more page numbers is
    // the page's, wherever it stands beside one, and so is its copy that opens the document.
    private static void RemovePageHeaders(string[] folded, SiteRule?[] hits)
    {
        var beside = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < folded.Length; i++)
        {
            if (hits[i]?.Id != PageNumberRuleId) continue;
            Note(Neighbour(folded, i, +1));
            Note(Neighbour(folded, i, -1));
        }
        void Note(int j)
        {
            if (j < 0 || hits[j] is not null || folded[j].Length > MaxPageHeaderLength || PageNeighbourContentPattern().IsMatch(folded[j])) return;
            if (!beside.TryGetValue(folded[j], out var at)) beside[folded[j]] = at = [];
            if (!at.Contains(j)) at.Add(j);
        }
        int first = Neighbour(folded, -1, +1);
        foreach (var (header, at) in beside)
        {
            // The first page's copy has no page number above it: at the top of the document it is the header too,
            // where a line that can be the title stands under it (the paper's own name under the series' header).
            bool opens = first >= 0 && hits[first] is null && folded[first] == header && Neighbour(folded, first, +1) is var next and >= 0
                         && hits[next] is null && folded[next].Length <= MaxPageHeaderLength && !PageNeighbourContentPattern().IsMatch(folded[next]);
            // Beside one page number, a line is the header where it also opens the document and a page's text (a
            // sentence at least) lies between the two copies: a two-page export (XX集团人力资源部 培训教材 at the top
            // and under 第 1 页). A title printed twice above 第1页 has no page between its copies.
            if (at.Count < 2 && !(at.Count == 1 && opens && first < at[0] && PageBetween(folded, hits, first, at[0]))) continue;
            foreach (var j in at) hits[j] = PageHeader;
            if (opens) hits[first] = PageHeader;
        }
    }

    private static bool PageBetween(string[] folded, SiteRule?[] hits, int from, int to)
    {
        for (int k = from + 1; k < to; k++)
            if (hits[k] is null && folded[k].AsSpan().IndexOfAny(SentenceEnds) >= 0) return true;
        return false;
    }

    // The nearest non-blank block before or after the one at index, or -1.
    private static int Neighbour(string[] folded, int index, int step)
    {
        for (int j = index + step; j >= 0 && j < folded.Length; j += step)
            if (folded[j].Length > 0) return j;
        return -1;
    }

    // A tail rule's block goes only when everything after it goes too: read backwards, a block no rule removes
    // ends the tail, and a tail rule's block before it stays.
    private static void KeepTailRulesToTheTail(string[] folded, SiteRule?[] hits)
    {
        bool restRemoved = true;
        for (int i = folded.Length - 1; i >= 0; i--)
        {
            if (folded[i].Length == 0) continue;
            if (hits[i] is { Tail: true } && !restRemoved) hits[i] = null;
            restRemoved &= hits[i] is not null;
        }
    }

    // Positional rules, in reading order so a run of such lines chains: each one follows the furniture before it.
    private void MatchPositional(string[] folded, SiteRule?[] hits)
    {
        SiteRule? previous = null;
        for (int i = 0; i < folded.Length; i++)
        {
            if (folded[i].Length == 0) continue;
            if (hits[i] is null && previous is not null) hits[i] = rules.MatchAfter(folded[i], previous);
            previous = hits[i];
        }
    }

    // Longest folded first line taken as a title line; a longer one is a paragraph (or a flattened document).
    private const int MaxTitleLength = 100;

    // The title: the first block with text (an html page's <title> is its first block), page furniture aside.
    private static int? TitleIndex(List<Block> blocks, string[] folded)
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind == BlockKind.PageFurniture || folded[i].Length == 0) continue;
            return folded[i].Length <= MaxTitleLength ? i : null;
        }
        return null;
    }

    // A list of items that is mostly recognised disclaimers is removed whole; unrecognised items in it are
    // spam or reworded disclaimers, attributed to the rule most of the list matched. It takes at least two
    // recognised items, and an unrecognised member that is long or asks something is content: never swept away.
    private const int MaxSweptLength = 300;

    private static void RemoveListRuns(List<Block> blocks, SiteRule?[] hits)
    {
        int i = 0;
        while (i < blocks.Count)
        {
            if (!IsListItem(blocks[i])) { i++; continue; }
            // A run is consecutive list lines with the same kind of marker; a blank line or another marker
            // style (the answer's own "1. 2." next to a "•" disclaimer list) ends it.
            int j = i;
            var style = MarkerStyle(blocks[i]);
            while (j < blocks.Count && IsListItem(blocks[j]) && MarkerStyle(blocks[j]) == style) j++;
            var members = Enumerable.Range(i, j - i).ToList();
            var listRules = members.Where(k => hits[k] is { ListItem: true }).Select(k => hits[k]!).ToList();
            if (listRules.Count >= 2 && listRules.Count * 2 >= members.Count)
            {
                var dominant = listRules.GroupBy(r => r.Id).OrderByDescending(g => g.Count()).First().First();
                foreach (var k in members)
                {
                    var text = blocks[k].Text;
                    if (hits[k] is null && text.Length <= MaxSweptLength && text.IndexOfAny(['?', '？']) < 0) hits[k] = dominant;
                }
            }
            i = j;
        }
    }

    private static char MarkerStyle(Block block)
    {
        // A span: a trimmed copy per list line (twice per line of a run) was one of the cleaner's larger allocations.
        var t = block.Text.AsSpan().TrimStart();
        return t.Length == 0 ? ' ' : char.IsDigit(t[0]) ? '1' : t[0] is '(' or '（' ? '(' : t[0];
    }

    private static bool IsListItem(Block block) => block.Kind == BlockKind.ListItem || ListItemPattern().IsMatch(block.Text);

    // Furniture phrases inside a long content block are not removed (the block is content), only reported.
    // Site text glued to content sits at its edges, so only the first and last characters are searched.
    private const int EdgeLength = 300;

    private void WarnAboutLongBlock(CleaningContext context, Block block, string folded)
    {
        // Phrases hold no whitespace (they are folded), so none spans the two edges: each is searched apart.
        bool whole = folded.Length <= 2 * EdgeLength;
        var head = whole ? folded.AsSpan() : folded.AsSpan(0, EdgeLength);
        var tail = whole ? [] : folded.AsSpan(folded.Length - EdgeLength);
        // Nearly every block holds no phrase of any rule: one search says so, before any rule is looked at.
        if (!rules.AnyPhraseOccurs(head) && !rules.AnyPhraseOccurs(tail)) return;
        foreach (var rule in rules.Rules)
        {
            if (folded.Length <= rule.MaxLength) continue;
            string? phrase = null;
            foreach (var p in rule.Contains)
                if (head.Contains(p, StringComparison.Ordinal) || tail.Contains(p, StringComparison.Ordinal)) { phrase = p; break; }
            if (phrase is null) continue;
            context.Warnings.Add(new ExtractionWarning("boilerplate-in-content",
                $"site text '{phrase}' ({rule.Id}) inside a long block; kept", block.Location.ToString()));
            return;
        }
    }

    // The title a rule's pattern found in the folded block, in the block's own characters (spacing, width and
    // script as printed): folding drops whitespace and keeps one character for every other one.
    private static string OriginalTitle(string text, string foldedTitle)
    {
        var t = text.Trim();
        int at = FoldedText.Of(t).IndexOf(foldedTitle, StringComparison.Ordinal);
        if (at < 0 || foldedTitle.Length == 0)
        {
            int marker = t.LastIndexOf('_');
            return marker > 0 ? t[..marker].Trim() : t;
        }
        int k = 0, start = 0, end = t.Length;
        for (int i = 0; i < t.Length; i++)
        {
            if (char.IsWhiteSpace(t[i])) continue;
            if (k == at) start = i;
            if (++k == at + foldedTitle.Length) { end = i + 1; break; }
        }
        return t[start..end].Trim();
    }
}
