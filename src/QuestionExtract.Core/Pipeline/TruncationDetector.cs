using QuestionExtract.Cleaning;
using QuestionExtract.Model;
using QuestionExtract.Segmenting;
using QuestionExtract.Segmenting.Fields;

namespace QuestionExtract.Pipeline;

/// <summary>
/// Decides whether the document is a cut-off preview, only on evidence: a preview notice, a table of
/// contents the questions do not reach, or page numbers that stop before the page count they print; on a page capture only, a last item with nothing after it, a last
/// item lacking what all the items before it have, or text cut inside a sentence — unless the document is a
/// list of bare items (which ends like any of its items) that reaches its declared count, or ends on the answer
/// key that answered its last question. A missing full stop
/// proves nothing in a whole file (docx, doc, pdf, markdown, a presentation exported as text with its slide numbers): those end on option lines, code and list items
/// as their authors saved them.
/// </summary>
public static partial class TruncationDetector
{

    // Readers of these formats read the author's whole file; only page captures (text, html) are excerpts.
    private static readonly HashSet<string> WholeFileFormats = ["docx", "doc", "pdf"];
    private static readonly HashSet<string> WholeFileExtensions = [".md", ".markdown"];

    /// <param name="EndsMidSentence">The cut hits the last question (it stops inside a sentence or lacks its rest).</param>
    public sealed record Verdict(bool Truncated, bool EndsMidSentence);

    /// <param name="declared">The question count the document states, if any.</param>
    public static Verdict Judge(CleanedDocument cleaned, SegmentedDocument segmented, string text, SourceInfo source, int? declared = null)
    {
        var drafts = segmented.Questions;
        // An answer key closing the document ends on its last entry (a letter, a number, a formula), which needs no
        // full stop: with the last question answered by the key, an open end is the key's. A key cut short leaves
        // the last questions unanswered, which LastFallsShort sees. Such a key is the paper's last page, too: page
        // numbers that stop short of their count (第 1 页 共 2 页, the key's page printed without its footer) say no more.
        bool endsOnKey = segmented.HasAnswerKey && drafts.Count > 0 && drafts[^1].Answer is not null;
        bool evidence = cleaned.TruncationNotices.Count > 0 || segmented.TableOfContentsUnfulfilled || (PageCountNotReached(cleaned.Removed) && !endsOnKey);

        // A declared count not reached is a cut only when the text also stops unfinished: with a clean ending
        // the count may be the author's slip or an item the segmenter missed (a count-mismatch warning).
        bool countNotReached = declared is { } d && drafts.Count > 0 && drafts.Count < d;
        bool capture = IsPageCapture(source) && !IsSlideExport(cleaned.Removed);
        // An end mark (已阅读到文档的结尾了, —— 完 ——) with only furniture after it says the text is whole: an ending
        // that looks open is the author's. A preview notice still wins (evidence).
        bool markedWhole = cleaned.CompletionNotices.Count > 0;
        // A text ending on a colon (Explanation: with nothing under it) stops where something was to follow,
        // however whole the item above it looks.
        bool endsOnLeadIn = text.AsSpan().TrimEnd() is [.., ':' or '：'];
        bool cutInSentence = capture && !markedWhole && !endsOnKey && EndsUnfinished(text)
                             && (endsOnLeadIn || (!LastIsWholeChoice(drafts) && !LastIsTerm(drafts) && !LastIsOwnChoice(drafts) && !EndsAsEarlierOnes(drafts))) && (!IsBareList(drafts) || countNotReached);
        bool lastShort = capture && !markedWhole && (segmented.LastItemEmpty || LastFallsShort(drafts));
        return new Verdict(evidence || cutInSentence || lastShort, cutInSentence || (capture && LastFallsShort(drafts)));
    }

    // A page number with the page count beside it (第 2 页 共 5 页, 共5页 第2页, Page 2 of 5), read in folded form.
    [System.Text.RegularExpressions.GeneratedRegex(@"第(?<page>\d{1,4})页[,，/]?共(?<pages>\d{1,4})页|共(?<pages>\d{1,4})页[,，/]?第(?<page>\d{1,4})页|(?i:page)(?<page>\d{1,4})(?i:of)(?<pages>\d{1,4})")]
    private static partial System.Text.RegularExpressions.Regex PageOfPages();

    // The export's page numbers, removed as furniture, stop before the count they state: the highest page shown
    // is 2 of 5, so pages 3 to 5 are not in the text.
    private static bool PageCountNotReached(IReadOnlyList<RemovedPiece> removed)
    {
        int highest = 0, count = 0;
        foreach (var piece in removed)
        {
            if (!piece.Text.Contains('页') && !piece.Text.Contains("age", StringComparison.OrdinalIgnoreCase)) continue;
            // A word processor's header or footer (line 0: no place in the body) is printed on every page; its
            // fields show what they were last computed on, page 1 of a whole file's 3, not a cut.
            if (piece.Location.Line == 0) continue;
            var m = PageOfPages().Match(QuestionExtract.Text.FoldedText.Of(piece.Text));
            if (!m.Success) continue;
            highest = Math.Max(highest, int.Parse(m.Groups["page"].Value, System.Globalization.CultureInfo.InvariantCulture));
            count = Math.Max(count, int.Parse(m.Groups["pages"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
        return highest > 0 && highest < count;
    }

    // A presentation's text export numbers its slides (幻灯片 3, Slide 3): it is the author's whole deck, which
    // ends on a short answer or a bullet as saved, as a docx does.
    private const string SlideMarkerRuleId = "slide-marker";
    private const int MinSlideMarkers = 2;

    private static bool IsSlideExport(IReadOnlyList<RemovedPiece> removed) =>
        removed.Count(p => p.RuleId == SlideMarkerRuleId) >= MinSlideMarkers;

    private const int MaxCommandLength = 160;

    private static readonly System.Buffers.SearchValues<char> CommandSymbols = System.Buffers.SearchValues.Create("/|*$<>{}\\");

    // A command line: ASCII only, with two or more of the symbols shells use (paths, pipes, globs, variables); a
    // sentence cut short rarely holds two. Not '=': prose about code writes == and =.
    private static bool LooksLikeCommand(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.Length > MaxCommandLength || !System.Text.Ascii.IsValid(line)) return false;
        int first = line.IndexOfAny(CommandSymbols);
        return first >= 0 && line[(first + 1)..].IndexOfAny(CommandSymbols) >= 0;
    }

    public static bool IsPageCapture(SourceInfo source) =>
        !WholeFileFormats.Contains(source.Format) && !WholeFileExtensions.Contains(Path.GetExtension(source.Path).ToLowerInvariant());

    private static bool EndsUnfinished(string text)
    {
        var whole = text.TrimEnd();
        // A table's last row, closed by its cell bar (版本 | 实现 | 缺点 |): cells hold terms, not sentences, and a row
        // printed to its closing bar was not cut.
        if (IsWholeTableRow(whole.AsSpan(whole.LastIndexOf('\n') + 1).Trim())) return false;
        // A table row's text closes with its cell bar (… 除外。 |): the row's last cell is what ends.
        var trimmed = whole.TrimEnd('|').TrimEnd();
        if (trimmed.Length == 0 || SentenceSplitter.SentenceEnds.Contains(trimmed[^1])) return false;
        // A line of code or a command ends without a full stop as written (a crontab line closing a shell answer),
        // and so does a calculation's result (安全边际率＝50%, I = U/R = 0.5A).
        var lastLine = trimmed.AsSpan(trimmed.LastIndexOf('\n') + 1).Trim();
        if (BracketedTermPattern().IsMatch(lastLine) || ClosesPhraseList(trimmed, lastLine) || DateStampPattern().IsMatch(lastLine)
            || IsRowOfItems(lastLine)) return false;
        return !Segmenting.CodeLine.LooksLikeCode(lastLine) && !LooksLikeCommand(lastLine) && !LooksLikeCommand(AsciiTail(lastLine)) && !ResultPattern().IsMatch(lastLine)
               && !JournalEntryPattern().IsMatch(lastLine);
    }

    private static readonly System.Buffers.SearchValues<char> RowSeparators = System.Buffers.SearchValues.Create("|｜·•");
    private const int MaxRowItem = 24;

    // A row of short items set apart by bars or dots (阅读 1.2万 · 在看 86 · 分享, 收藏本题 | 纠错 | 笔记(3)): a page's
    // links or figures, laid out as a row, not a sentence a cut could stop in. A dot joins two items only with spaces
    // around it, as a row sets it (a name's dot, 让·雅克, has none).
    private static bool IsRowOfItems(ReadOnlySpan<char> line)
    {
        int separators = 0, itemStart = 0;
        for (int i = 0; i <= line.Length; i++)
        {
            if (i < line.Length && !(RowSeparators.Contains(line[i]) && (line[i] is '|' or '｜' || (i > 0 && i + 1 < line.Length && line[i - 1] == ' ' && line[i + 1] == ' ')))) continue;
            if (line[itemStart..i].Trim() is var item && (item.Length == 0 || item.Length > MaxRowItem || SentenceSplitter.SentenceEnds.Contains(item[^1]))) return false;
            if (i < line.Length) separators++;
            itemStart = i + 1;
        }
        return separators >= 1;
    }

    // A post's date alone on its line (2023-04-12, 2023年4月12日 10:22): a thread's answer or a blog post ends on its
    // stamp as printed, not inside a sentence.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?$")]
    private static partial System.Text.RegularExpressions.Regex DateStampPattern();

    // An accounting entry's line, its account and amount (贷：应收利息　50, Cr Revenue 500): an answer of entries
    // ends on one as written.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[借贷][ 	　]*[:：]|(?:Dr|Cr)\.?[ 	])[^。？?！!]{1,40}?[ 	　]*[0-9０-９][0-9０-９,，.．]*[ 	　]*(?:万元|元|万)?$")]
    private static partial System.Text.RegularExpressions.Regex JournalEntryPattern();

    // A bracketed label with a term after it (【考点】债券的票面要素, 【难度】中等): a tag's value, which takes no full stop.
    [System.Text.RegularExpressions.GeneratedRegex(@"^【[^】]{1,8}】[ \t]*[^。？?！!，,、；;：:]{1,24}$")]
    private static partial System.Text.RegularExpressions.Regex BracketedTermPattern();

    private static readonly System.Buffers.SearchValues<char> Bullets = System.Buffers.SearchValues.Create("•·●▪◦-*");

    // The last item of a bulleted list of phrases (• 隐式类型转换 ⏎ • or 两边有一列没有索引): the line above is an item of
    // the same bullet that also ends without a full stop, so the list's items are phrases, not cut sentences.
    private static bool ClosesPhraseList(string text, ReadOnlySpan<char> lastLine)
    {
        if (lastLine.Length < 2 || !Bullets.Contains(lastLine[0]) || lastLine[1] is not (' ' or '\t' or '\u3000')) return false;
        int lastStart = text.LastIndexOf('\n');
        if (lastStart <= 0) return false;
        int aboveStart = text.LastIndexOf('\n', lastStart - 1) + 1;
        var above = text.AsSpan(aboveStart, lastStart - aboveStart).Trim();
        return above.Length > 2 && above[0] == lastLine[0] && above[1] is ' ' or '\t' or '\u3000' && !SentenceSplitter.SentenceEnds.Contains(above[^1]);
    }

    private const int MinAsciiTail = 8;

    // The ASCII text closing a line after its last other character: the command an answer's label or sentence
    // leads into (答：awk '{print $1}' access.log | sort | uniq -c); empty when too short to judge.
    private static ReadOnlySpan<char> AsciiTail(ReadOnlySpan<char> line)
    {
        int k = line.Length;
        while (k > 0 && char.IsAscii(line[k - 1])) k--;
        var tail = line[k..].Trim();
        return tail.Length >= MinAsciiTail ? tail : [];
    }

    // A result: an equals sign, then a value ending the line in a digit, a percent sign, a short unit (0.5A, 12kJ)
    // or a unit in brackets (100（万元）).
    [System.Text.RegularExpressions.GeneratedRegex(@"[=＝][^=＝]{0,40}?[0-9０-９](?:[.．][0-9]+)?[ \t]*(?:[%％‰]|[A-Za-zΩ°]{1,3}|[（(][^（()）]{1,6}[)）])?$")]
    private static partial System.Text.RegularExpressions.Regex ResultPattern();

    // A row of two or more cells ending on its closing bar (Proxy | 不支持 IE11 |); a row cut short has lost its bar.
    private static bool IsWholeTableRow(ReadOnlySpan<char> line) => line.Length > 0 && line[^1] == '|' && line.Count('|') >= 2;

    // A choice or true/false item whose answer is its letters or mark, with no analysis after them, is whole
    // however the text ends: on its last option, its answer letter, a mark, or an answer key's letters, none of
    // which closes with a full stop. An analysis (or a label left dangling in the answer) is prose a cut can hit.
    private static bool LastIsWholeChoice(IReadOnlyList<QuestionDraft> drafts) =>
        drafts.Count > 0 && drafts[^1] is { Answer: { } answer, Analysis: null } last
        && (last.Options is { Count: >= 2 } || last.Type == "true-false")
        && (last.Type == "true-false" || ChoiceParser.IsOptionLetters(answer));

    // A last answer that is one term (119, tracert, O(n)) and nothing after it: a term takes no full stop. One
    // ASCII token only: a short Chinese fragment is as often a sentence cut after its first words.
    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z0-9.+\-_/%()]{1,24}$")]
    private static partial System.Text.RegularExpressions.Regex TermPattern();

    private static bool LastIsTerm(IReadOnlyList<QuestionDraft> drafts) =>
        drafts.Count > 0 && drafts[^1] is { Answer: { } answer, Analysis: null } && TermPattern().IsMatch(answer.Trim());

    // A last answer that is one of the choices printed under its own stem, line for line (an attempt review's right
    // choice, named after the choices: Correct Answer: a subsidy to producers): a choice takes no full stop.
    private static bool LastIsOwnChoice(IReadOnlyList<QuestionDraft> drafts)
    {
        if (drafts.Count == 0 || drafts[^1] is not { Answer: { } answer, Analysis: null } last) return false;
        var lines = last.Question.Split('\n').Skip(1).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        var chosen = answer.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return chosen.Count > 0 && lines.Count > chosen.Count && chosen.All(lines.Contains);
    }

    // The document's own style: its earlier written answers, one line each, all end without a full stop too
    // (答案：请求的资源未找到), so the last one's open end is how the author writes them. Open questions only: a
    // choice's letters never take a full stop, and a longer answer runs its cut into whatever follows it.
    private static bool EndsAsEarlierOnes(IReadOnlyList<QuestionDraft> drafts)
    {
        if (drafts.Count < MinStyleAnswers + 1 || drafts[^1] is not { Answer: { } last, Analysis: null, Options: null or { Count: 0 } } || last.Contains('\n')) return false;
        int written = 0, open = 0;
        foreach (var q in drafts.Take(drafts.Count - 1))
        {
            if (q.Options is { Count: > 0 } || q.Answer?.TrimEnd() is not { Length: > 0 } value || ChoiceParser.IsOptionLetters(value)) continue;
            written++;
            if (!SentenceSplitter.SentenceEnds.Contains(value[^1]) && !value.Contains('\n')) open++;
        }
        return written >= MinStyleAnswers && open == written;
    }

    private const int MinStyleAnswers = 2;

    // A list of bare items (no answer, analysis or options anywhere) ends like any of its items, with or
    // without a question mark: an unfinished-looking last item is no evidence there.
    private static bool IsBareList(IReadOnlyList<QuestionDraft> drafts) =>
        drafts.Count >= 2 && drafts.All(q => q.Answer is null && q.Analysis is null && q.Options is not { Count: > 0 });

    // The last item has no answer though every item before it has one, no options or no blank to fill though
    // every item before it has them: the page stopped before its rest. Needs two earlier items to know the pattern.
    // A last item with its answer lacks no options or blank: a page's open question (简述…) after its choices.
    private static bool LastFallsShort(IReadOnlyList<QuestionDraft> drafts)
    {
        if (drafts.Count < 3) return false;
        var last = drafts[^1];
        var earlier = drafts.Take(drafts.Count - 1).ToList();
        // A quiz item with its choices after answered open questions (InterviewBit's MCQ after its Q&A) is of another
        // kind, which the page may leave unanswered.
        bool otherKind = last.Type is "single-choice" or "multiple-choice" && earlier.All(q => q.Type == "open");
        bool answersMissing = last.Answer is null && last.Analysis is null && !otherKind && earlier.All(q => q.Answer is not null || q.Analysis is not null);
        bool optionsMissing = last.Answer is null && last.Options is not { Count: > 0 } && earlier.All(q => q.Options is { Count: > 0 });
        bool blankMissing = last.Answer is null && !FillInBlank.In(last.Question) && earlier.All(q => FillInBlank.In(q.Question));
        return answersMissing || optionsMissing || blankMissing;
    }
}
