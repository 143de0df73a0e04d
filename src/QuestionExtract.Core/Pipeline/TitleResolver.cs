using System.Text.RegularExpressions;
using QuestionExtract.Cleaning;
using QuestionExtract.Text;

namespace QuestionExtract.Pipeline;

/// <summary>
/// Finds the document title in the text before the questions. In order of evidence: a 【…】 at the very start,
/// a title offered by furniture (page markers, image alt text), a line printed twice near the top, a first
/// line naming a question collection (or its head, when flattened text glued the first section or question
/// to it), a short line near the top naming one, and a short first line. Site decorations (.docxVIP, _第1页,
/// a score/time note) are removed; a site's menu row at the very top is passed over. Lines that only repeat the title, with or without a year prefix, are
/// consumed by it. The segmenter decides where the prefix ends, so nothing here assumes it stops exactly at
/// the first question: a prefix may be the whole text.
/// </summary>
public sealed partial class TitleResolver(SiteRuleSet rules)
{
    // Measured as printed: a Latin letter takes half a Chinese character's width, so an English headline of
    // 100+ letters (I Interviewed at 5 FAANG Companies — Here Are…) is as long as a Chinese title of 60.
    private const int MaxTitleWidth = 160;

    // How far down the prefix a repeated title or a collection name is looked for: titles sit at the top.
    private const int TopLines = 6;
    private const int TagLength = 6;

    [GeneratedRegex(@"^【(?<t>[^】]{2,80})】")]
    private static partial Regex BracketTitlePattern();

    [GeneratedRegex(@"[\W_]+")]
    private static partial Regex NonWordPattern();

    // A year in front of a title ("2026年", "(2025年)") is often missing from one copy (the page title) and
    // present in the other (the body heading): the key ignores it.
    [GeneratedRegex(@"^(?:19|20)\d\d年?")]
    private static partial Regex YearPrefixPattern();

    // Words that name a collection of questions: a line holding one is a title even with a comma or "!" in it.
    // 每日一练 names a practice set as 练习 does; an exam (Practice Exam 2 - Results) is a paper as 试卷 is.
    [GeneratedRegex(@"题|題|試|试|卷|面经|面經|问答|問答|答案|攻略|练习|練習|一练|一練|训练|訓練|(?i:\bquestions?\b|\binterview\b|\bquiz\b|\bexams?\b|\b(?:practice|mock)\s+tests?\b|\bQ\s?&\s?A\b)")]
    private static partial Regex CollectionWordPattern();

    // Of those, the words that name the questions themselves (题, 试卷, 练习), not only the occasion (面试, 考试,
    // 答案): an institution's or a column's line above the paper names the occasion, the paper's title the paper.
    [GeneratedRegex(@"题|題|卷|面经|面經|问答|問答|攻略|练习|練習|训练|訓練|(?i:\bquestions?\b|\bquiz\b|\bQ\s?&\s?A\b)")]
    private static partial Regex PaperWordPattern();

    // The longest second line that may finish a title broken over two lines.
    private const int MaxTitleTail = 60;

    [GeneratedRegex(@"^(?:and|or|for|with|of|in|on|to|from|the|vs\.?|&)\s+\S")]
    private static partial Regex TitleTailPattern();

    // A title's first line that begins with the year and names no collection (2024年中国银行秋季校园招聘 ⏎
    // 笔试真题及答案解析): the title broken over two lines.
    [GeneratedRegex(@"^(?:19|20)\d\d(?:—\d{4})?年")]
    private static partial Regex YearLinePattern();

    // Where flattened text glues the next part onto the title: a section number, a question number or label.
    // A chapter named in the title's brackets (章节练习（第一章）) is the title's own.
    [GeneratedRegex(@"(?:[一二三四五六七八九十]{1,3}[、.．]|(?<![(（])第[一二三四五六七八九十\d]{1,3}[部分章节题題]|(?<![\d.])\d{1,3}[.、．](?!\d)|(?:问题|問題|题目|題目)\s*\d{0,3}\s*[:：])")]
    private static partial Regex GluedPartPattern();

    [GeneratedRegex(@"^[•·●▪◦\-*]\s")]
    private static partial Regex BulletPattern();

    /// <summary>Returns the title and the prefix lines left after removing title repetitions (recorded in <paramref name="consumed"/>).</summary>
    /// <param name="pageHeadings">The page's own headings above the questions (h1 first, then h2) when its
    /// &lt;title&gt; is the first line; empty otherwise.</param>
    public (string? Title, string Remainder) Resolve(string prefix, IReadOnlyList<string> candidates, List<string> consumed, IReadOnlyList<string>? pageHeadings = null)
    {
        var lines = prefix.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        // A site's menu row at the very top stands above the title (中华考试网 | 一级建造师 | …): the title is looked for
        // under it, and the row stays in the preamble.
        int menuRows = lines.TakeWhile(IsMenuRow).Count();
        // A quiz platform's result report heads its pages with its name and the report's kind (问卷星 考试结果分析):
        // the paper's own title under it (《信息技术基础》第二单元测验 —— 答题统计报告) names the document.
        if (lines.Count > menuRows + 1 && PlatformReportPattern().IsMatch(lines[menuRows]) && LooksLikeTitle(lines[menuRows + 1])
            && !StartsAsItem(lines[menuRows + 1]) && PaperWordPattern().IsMatch(lines[menuRows + 1]))
            menuRows++;
        var menus = lines.GetRange(0, menuRows);
        lines.RemoveRange(0, menuRows);
        var (title, remainder) = ResolveBelowMenus(lines, candidates, consumed, pageHeadings);
        return (title, menus.Count == 0 ? remainder : string.Join("\n", menus.Append(remainder).Where(l => l.Length > 0)));
    }

    private (string? Title, string Remainder) ResolveBelowMenus(List<string> lines, IReadOnlyList<string> candidates, List<string> consumed, IReadOnlyList<string>? pageHeadings)
    {
        string? title = null;

        var bracket = lines.Count > 0 ? BracketTitlePattern().Match(lines[0]) : Match.Empty;
        // A short tag in front of a post's title (【面试必备】Spring 常见面试题…) is part of that title, not the title.
        if (bracket.Success && bracket.Groups["t"].Value.Trim().Length <= TagLength && lines[0][bracket.Length..].Trim().Length > TagLength && !StartsAsItem(lines[0][bracket.Length..].Trim()))
            bracket = Match.Empty;
        if (bracket.Success)
        {
            title = bracket.Groups["t"].Value.Trim();
            consumed.Add(bracket.Value);
            lines[0] = lines[0][bracket.Length..].Trim();
        }
        else if (candidates.Count > 0) title = HeadingIn(candidates[0], lines, 0) ?? Undecorate(candidates[0]);
        else title = RepeatedLine(lines) ?? (lines.Count > 1 ? HeadingIn(lines[0], lines, 1) : null) ?? PageHeadingLike(lines, pageHeadings) ?? PaperLineUnderOccasion(lines) ?? FirstCollectionLine(lines) ?? CollectionLine(lines) ?? FirstLine(lines);
        // The title's first line, where the title was broken after its year and organiser.
        if (title is not null && !bracket.Success && candidates.Count == 0 && lines.IndexOf(title) == 1 && YearLinePattern().IsMatch(lines[0])
            && LooksLikeTitle(lines[0]) && !CollectionWordPattern().IsMatch(lines[0]) && !IsColumnRow(lines[0]) && PaperWordPattern().IsMatch(title))
        {
            consumed.Add(lines[0]);
            title = lines[0] + (char.IsAsciiLetterOrDigit(lines[0][^1]) && char.IsAsciiLetterOrDigit(title[0]) ? " " : "") + title;
            lines.RemoveAt(0);
        }
        // An English title broken before its last words (Audit Associate Interview Questions ⏎ and Suggested Answers):
        // a short second line that goes on with a small joining word (and, for, with…) finishes it.
        if (title is not null && !bracket.Success && candidates.Count == 0 && lines.Count > 1 && lines[0] == title && lines[1].Length <= MaxTitleTail
            && TitleTailPattern().IsMatch(lines[1]) && !Segmenting.SentenceSplitter.SentenceEnds.Contains(lines[1][^1]) && !StartsAsItem(lines[1]))
        {
            title = lines[0] = lines[0] + " " + lines[1];
            lines.RemoveAt(1);
        }
        // The page title that holds the heading chosen (the heading plus the site's name) goes with it.
        string? pageTitle = title is not null && lines.Count > 1 && Key(lines[0]) is var first && first != Key(title) && first.Contains(Key(title), StringComparison.Ordinal) ? lines[0] : null;

        if (title is null) return (null, string.Join("\n", lines));
        var key = Key(title);
        // A body line equal to the title (modulo punctuation and a year prefix) is the title; prefer the
        // fuller copy. A line that starts with the title and goes on with a glued section keeps that rest.
        var rest = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0) continue;
            if (ReferenceEquals(line, pageTitle)) { consumed.Add(line); pageTitle = null; continue; }
            var undecorated = Undecorate(line);
            if (Key(undecorated) == key)
            {
                title = undecorated.Length >= title.Length ? undecorated : title;
                consumed.Add(line);
                continue;
            }
            var (head, glued) = SplitGlued(line);
            if (glued is not null && Key(Undecorate(head)) == key)
            {
                var copy = Undecorate(head);
                title = copy.Length >= title.Length ? copy : title;
                consumed.Add(head);
                rest.Add(glued);
                continue;
            }
            rest.Add(line);
        }
        return (title, string.Join("\n", rest));
    }

    // A title printed twice (page heading and document heading, or a header block repeated) is the strongest
    // evidence in plain text; the second copy may have the first section glued to it.
    private string? RepeatedLine(List<string> lines)
    {
        int top = Math.Min(lines.Count, TopLines);
        for (int i = 0; i < top; i++)
        {
            var candidate = Undecorate(lines[i]);
            if (!IsShortLine(candidate)) continue;
            var key = Key(candidate);
            // A label that leads each part's list (问题：) repeats too, but opens what follows it.
            if (key.Length < 2 || candidate[^1] is ':' or '：') continue;
            for (int j = i + 1; j < top; j++)
                if (Key(Undecorate(lines[j])) == key || Key(Undecorate(SplitGlued(lines[j]).Head)) == key) return candidate;
        }
        return null;
    }

    // A saved page's <title> is its heading with the site's name around it (如何准备运营面试？ - 知乎, Redis
    // 面试题 - 小林的博客): a heading near the top that the first line holds, with a short rest, is the title.
    private const int MaxSiteDecoration = 30;

    private string? HeadingIn(string pageTitle, List<string> lines, int from)
    {
        var page = Key(pageTitle);
        int top = Math.Min(lines.Count, TopLines);
        for (int j = from; j < top; j++)
        {
            var candidate = Undecorate(lines[j]);
            if (!IsShortLine(candidate) || StartsAsItem(candidate)) continue;
            var key = Key(candidate);
            if (key.Length >= 4 && key != page && page.Contains(key, StringComparison.Ordinal) && page.Length - key.Length <= MaxSiteDecoration
                && SetApartIn(pageTitle, candidate)) return candidate;
        }
        return null;
    }

    // The site's name stands apart from the heading in the page title (Redis 面试题 - 小林的博客, 知乎 | …): a heading the
    // title runs on from in words (产品经理 in 产品经理面试一般会问哪些问题？) is a word of it, not its heading.
    private static bool SetApartIn(string pageTitle, string heading)
    {
        int at = pageTitle.IndexOf(heading, StringComparison.Ordinal);
        if (at < 0) return true;
        var before = pageTitle.AsSpan(0, at).TrimEnd();
        var after = pageTitle.AsSpan(at + heading.Length).TrimStart();
        return (before.Length == 0 || IsTitleSeparator(before[^1]) || before[^1] is ')' or '）' or '】' or ']') && (after.Length == 0 || IsTitleSeparator(after[0]));
    }

    private static bool IsTitleSeparator(char c) => c is '-' or '_' or '|' or '｜' or '–' or '—' or '·' or ':' or '：' or '»' or '>' or '(' or '（' or '【' or '[';

    // A page's <title> is often its heading shortened or reworded for search, with the site's name after it
    // (社保常见问题解答_某市人社局 over 社会保险常见问题解答): the page's own heading that shares a third of its
    // character pairs with the <title> is the title. A heading the <title> ends with is the site's name.
    private const int MinSharedPairsDivisor = 3;

    private string? PageHeadingLike(List<string> lines, IReadOnlyList<string>? headings)
    {
        if (headings is not { Count: > 0 } || lines.Count == 0) return null;
        var page = Key(lines[0]);
        var pagePairs = Pairs(page);
        foreach (var heading in headings)
        {
            var candidate = Undecorate(heading);
            var key = Key(candidate);
            if (key.Length < 4 || key == page || page.EndsWith(key, StringComparison.Ordinal) || !LooksLikeTitle(candidate) || StartsAsItem(candidate)) continue;
            var pairs = Pairs(key);
            if (pairs.Count(pagePairs.Contains) * MinSharedPairsDivisor >= pairs.Count) return candidate;
        }
        return null;
    }

    private static HashSet<string> Pairs(string key)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < key.Length; i++) pairs.Add(key.Substring(i, 2));
        return pairs;
    }

    // The first line names a question collection: the title, or its head when the first section or question
    // is glued to it (flattened pages). Page titles carry commas and "!" inside ("干货分享!…面试题总结") and a
    // headline's "！" at its end (这6个问题一定要准备！), so only a sentence's other endings rule it out.
    private string? FirstCollectionLine(List<string> lines)
    {
        if (lines.Count == 0 || StartsAsItem(lines[0])) return null;
        var (head, glued) = SplitGlued(lines[0]);
        var candidate = Undecorate(glued is null ? lines[0] : head);
        if (glued is not null && candidate.Length < 4) return null;
        return IsShortLine(candidate) && (candidate.TrimEnd('!', '！') is not { Length: > 0 } unexclaimed || !EndsAsSentence(unexclaimed) || Segmenting.CollectionQuestion.IsMatch(candidate)) && !IsNavigationRow(candidate) && CollectionWordPattern().IsMatch(candidate) ? candidate : null;
    }

    // Furniture the rules do not know (a blog's name, a site heading) may stand above the title; a title-like
    // line that names a question collection is the title. A question or section line is not.
    private string? CollectionLine(List<string> lines)
    {
        int top = Math.Min(lines.Count, TopLines);
        for (int i = 0; i < top; i++)
        {
            var candidate = Undecorate(lines[i]);
            if (!StartsAsItem(candidate) && LooksLikeTitle(candidate) && CollectionWordPattern().IsMatch(candidate)) return candidate;
        }
        return null;
    }

    // The first line names only the occasion (中公教育　事业单位面试　每日一练, XX市2023年事业单位公开招聘考试) or
    // nothing, and a line under it names the paper (《公共基础知识》模拟试卷（二）, …专项训练（三）): that line is the title.
    private const int MinPaperTitle = 6;

    private string? PaperLineUnderOccasion(List<string> lines)
    {
        if (lines.Count < 2 || StartsAsItem(lines[0]) || PaperWordPattern().IsMatch(lines[0])) return null;
        int top = Math.Min(lines.Count, TopLines);
        for (int i = 1; i < top; i++)
        {
            if (StartsAsItem(lines[i])) return null;
            var candidate = Undecorate(lines[i]);
            // A few characters (試卷資訊, 练习题) head a part of the page; a paper's title names its subject too.
            if (candidate.Length >= MinPaperTitle && LooksLikeTitle(candidate) && PaperWordPattern().IsMatch(candidate) && !IsColumnRow(candidate)) return candidate;
        }
        return null;
    }

    // A column's or a brand's row: parts set apart by a middle dot, a bar or wide spaces (华图教育 · 每日一练).
    [GeneratedRegex(@"\S(?:[ \t]*[·•|｜][ \t]*|\u3000+|[ \t]{2,})\S")]
    private static partial Regex ColumnSeparatorPattern();

    private static bool IsColumnRow(string line) => ColumnSeparatorPattern().IsMatch(line);

    private string? FirstLine(List<string> lines)
    {
        if (lines.Count == 0 || StartsAsItem(lines[0])) return null;
        var first = Undecorate(lines[0]);
        return LooksLikeTitle(first) ? first : null;
    }

    /// <summary>A line cut where a section or question is glued on; Glued is null when nothing is.</summary>
    private static (string Head, string? Glued) SplitGlued(string line)
    {
        var m = GluedPartPattern().Match(line);
        return m.Success && m.Index > 0 ? (line[..m.Index].Trim(), line[m.Index..]) : (line, null);
    }

    private static bool StartsAsItem(string line) => GluedPartPattern().Match(line) is { Success: true, Index: 0 };

    private static bool IsShortLine(string line) =>
        line.Length >= 2 && PrintedWidth.Of(line) <= MaxTitleWidth && !line.EndsWith('。') && !BulletPattern().IsMatch(line);


    private static bool EndsAsSentence(string line) => "。.!！?？:：;；".Contains(line[^1]);

    // A lead-in ("…来看看这些题:") ends in a colon and a bullet is a list's item; a title is neither.
    private static bool LooksLikeTitle(string line) =>
        line.Length > 0 && PrintedWidth.Of(line) <= MaxTitleWidth && line.IndexOfAny(['。', '！', '!', '？', '?', ',', '，']) < 0
        && !line.EndsWith(':') && !line.EndsWith('：') && !BulletPattern().IsMatch(line) && !IsNavigationRow(line) && !EnglishSentencePattern().IsMatch(line);

    // An English sentence's full stop: after a word, before the next sentence's capital or at the line's end
    // (A few questions I was asked in 2023. Answers are my own.); Node.js, Vol. 2 or Ms. Alvarez is none.
    [GeneratedRegex(@"(?:[a-z]{2}|[0-9])\.(?:\s+[A-Z]|$)")]
    private static partial Regex EnglishSentencePattern();

    // A site's navigation printed as a line: several words of a few characters each (首页 题库 面试经验 求职 讨论区).
    private const int NavigationWords = 4;
    private const int NavigationWordLength = 4;

    // A menu's items set apart by bars may be a few words each (中华考试网 | 一级建造师 | 模拟试题 | 历年真题): a title
    // with the site's name after it has one or two bars, a menu several. A post's title parted the same way
    // (Amazon | SDE 2 | Seattle | Oct 2024) names a level or a date; a Latin menu opens with its home link.
    private const int MenuItems = 4;
    private const int MenuItemWidth = 16;

    // A menu row from the home link to the account link (Home Quizzes Create a Quiz Log in): items of any length.
    [GeneratedRegex(@"^(?:首页|主页|(?i:home))(?:\s+\S+){2,}?\s+(?:登录|注册|(?i:log\s?in|sign\s?in|sign\s?up|register))$")]
    private static partial Regex HomeToLoginPattern();

    [GeneratedRegex(@"^(?:首页|主页|(?i:home))\s*[|｜]")]
    private static partial Regex HomeFirstPattern();

    private static bool IsNavigationRow(string line)
    {
        // A middle dot between words (药理学 · 抗菌药物) is no word of its own; a breadcrumb's › still parts a row's words.
        var words = line.Split([' ', '\t', '\u3000', '|', '｜'], StringSplitOptions.RemoveEmptyEntries).Where(w => !w.All(c => c is '·' or '・')).ToArray();
        return words.Length >= NavigationWords && words.All(w => w.Length <= NavigationWordLength) || IsMenuRow(line);
    }

    // A platform's name, a space, and a report's kind, nothing else (问卷星 考试结果分析, 考试星 成绩分析报告).
    [GeneratedRegex(@"^\S{2,8}[ \t\u3000]+(?:考试|测验|测试|问卷|答题|练习)?(?:结果|成绩|数据|答题|统计)(?:分析|统计)?(?:报告|报表)?$")]
    private static partial Regex PlatformReportPattern();

    // A menu row, told by its shape rather than its words' length: one that stands above the title is skipped.
    private static bool IsMenuRow(string line)
    {
        if (HomeToLoginPattern().IsMatch(line)) return true;
        var items = line.Split(['|', '｜'], StringSplitOptions.TrimEntries);
        return items.Length >= MenuItems && items.All(i => i.Length > 0 && PrintedWidth.Of(i) <= MenuItemWidth && !EndsAsSentence(i) && !i.Any(char.IsDigit))
            && (!line.Any(char.IsAsciiLetter) || HomeFirstPattern().IsMatch(line));
    }

    private string Undecorate(string title)
    {
        // Decorations stack up ("….docxVIP - 人人文库"): strip until none is left.
        var t = title.Trim();
        for (string before = ""; before != t;)
        {
            before = t;
            foreach (var p in rules.TitleDecorations) t = p.Replace(t, "").Trim();
        }
        return t;
    }

    private static string Key(string text) => YearPrefixPattern().Replace(NonWordPattern().Replace(FoldedText.Of(text), ""), "");
}
