using QuestionExtract.Text;
using System.Text.RegularExpressions;

namespace QuestionExtract.Segmenting;

/// <summary>
/// Finds every place that could be a question number, a section heading or an answer-key heading.
/// It decides nothing: <see cref="Decoding.StructureDecoder"/> picks the candidates that form the document's structure.
/// </summary>
public sealed partial class MarkerScanner : Candidates.ICandidateSource
{
    private readonly LabelLexicon _lexicon;
    private readonly LabelScanner _questionWord;
    private readonly LabelScanner _labelledQuestion;

    public MarkerScanner(LabelLexicon lexicon)
    {
        _lexicon = lexicon;
        var latin = lexicon.QuestionWords.Where(w => w[0] <= 0x7F).ToList();
        var cjk = lexicon.QuestionWords.Where(w => w[0] > 0x7F).ToList();
        var cjkLabels = lexicon.QuestionLabels.Where(w => w[0] > 0x7F).ToList();
        var latinLabels = lexicon.QuestionLabels.Where(w => w[0] <= 0x7F).ToList();
        // The number is taken whole (Q12.5 is no Q1; 题目1-10 and Q7–Q20 name a range of questions, not one; 题10分
        // is a points note that a wrapped line put at a line start), with the
        // count a quiz prints beside it (Question 1 of 5, Q1/5) or the topic a dump files it under (Question #1 Topic 1), and the
        // delimiter stays on the marker's line (a bar too, as posts style it: Q1 | 请做一个自我介绍). A lecture's
        // example names its type inside the bracket (【例题3·单选题】): the type goes with the marker.
        // Emphasis marks around the marker are part of it (**Q1:**, **问题1**：): see EmphasisMarks. An English word may
        // have a point before its number (Q.13 Explain…).
        const string number = @"[ \t]*(?<n>(?>\d{1,3})|[一二三四五六七八九十]{1,3})(?!\d)(?![.．]\d)(?![ \t]*分)(?![ \t]*[-–—~～][ \t]*(?:[A-Za-z#]{1,2})?\d)(?:[ \t]+of[ \t]+\d{1,3}(?!\d)|[ \t]*/[ \t]*\d{1,3}(?!\d))?(?:[ \t]*Topic[ \t]*\d{1,3}(?!\d))?(?:[·•・][^】\n]{1,8}(?=】))?】?(?<emc>\k<em>)?(?<d>[ \t]*[:：.、．)|｜]?)(?(emc)|(?:\k<em>)?)";
        const string open = EmphasisMarks.Open;
        // A numbering word after a boundary (line start, punctuation, markdown residue; a Chinese word not right
        // after "1." where it is the item's text), or a Chinese one glued to the text before it when a colon
        // follows (flattened pages run the title into 问题1:). Both patterns are run through LabelScanner, which
        // tries them only where one of their words stands: interpreted over the whole text they cost more than
        // the rest of segmenting.
        _questionWord = new LabelScanner(
            keep => @"(?:(?:^[ \t]*|(?<=[\s。.！!？?；;:：)）】>*#]))" + open + "【?(?<w>" + LabelLexicon.AlternationOf(latin.Where(keep)) + @")(?:[.．](?=\d))?" + number
                    + @"|(?:^[ \t]*|(?<=[\s。！!？?；;)）】>*#]))" + open + "【?(?<w>" + LabelLexicon.AlternationOf(cjk.Where(keep)) + ")" + number
                    + "|(?<w>" + LabelLexicon.AlternationOf(cjk.Where(keep)) + @")(?<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?<d>[:：]))",
            RegexOptions.Multiline | RegexOptions.CultureInvariant, lexicon.QuestionWords);
        // A number opening a line with the question's type tag right after it (1[单选] …, 1 【判断题】…), or alone on
        // its line above the tagged stem, as a question bank's badges render: the tag says a question starts.
        _taggedNumber = DataPatterns.Create(@"(?<=^[ \t\u3000]*)(?<n>[0-9]{1,3})(?<d>)[ \t\u3000]*(?:\r?\n[ \t\u3000]*)?(?=" + lexicon.TypeTags + ")",
            RegexOptions.Multiline | RegexOptions.CultureInvariant);
        // An unnumbered question label: at a line start, or a Chinese one after a sentence.
        _labelledQuestion = new LabelScanner(
            keep => @"(?:^[ \t]*" + open + "(?:【(?<w>" + LabelLexicon.AlternationOf(lexicon.QuestionLabels.Where(keep)) + @")】" + EmphasisMarks.MayClose
                    + "|(?<w>" + LabelLexicon.AlternationOf(lexicon.QuestionLabels.Where(keep)) + ")" + EmphasisMarks.AroundColon("(?:::|[:：])", @"[ \t]*")
                    // Q. with a space after it, as English notes print a question-and-answer pair (Q. … ⏎ A. …).
                    + "|(?<w>(?-i:" + LabelLexicon.AlternationOf(lexicon.QuestionLabels.Where(w => w == "Q" && keep(w))) + @"))[.．](?=[ \t])" + ")"
                    + "|(?<=[。！？?!])[ \t]*(?<w>" + LabelLexicon.AlternationOf(cjkLabels.Where(keep)) + @")[ \t]*[:：]"
                    // An English one after a sentence and a space, as a flattened page runs "…bundle. Q: What is…" together.
                    + @"|(?<=[.。！？?!][ \t]+)(?<w>" + LabelLexicon.AlternationOf(latinLabels.Where(keep)) + @")[ \t]*[:：](?=[ \t])"
                    // So may a Q. after a sentence, on such a page (…right record. Q. How do you…).
                    + @"|(?<=[.。！？?!][ \t]+)(?<w>(?-i:" + LabelLexicon.AlternationOf(latinLabels.Where(w => w == "Q" && keep(w))) + @"))[.．](?=[ \t]))",
            RegexOptions.Multiline | RegexOptions.CultureInvariant, lexicon.QuestionLabels);
        // A Chinese question label glued to the words before it; kept only right after a section heading (below).
        // Every match starts at its label word: interpreted over the whole text, the pattern was tried at every
        // character (its lookbehind leaves the regex no first characters to search for).
        GluedQuestionLabel = new LabelScanner(
            keep => @"(?<=\p{IsCJKUnifiedIdeographs})(?<w>" + LabelLexicon.AlternationOf(cjkLabels.Where(keep)) + @")[ \t]*[:：]",
            RegexOptions.CultureInvariant, cjkLabels);
    }

    private readonly Regex _taggedNumber;

    /// <summary>A Chinese question label glued to the text before it (…问题:), as a section heading runs into its question.</summary>
    public LabelScanner GluedQuestionLabel { get; }

    // Emphasis marks around a marker (**第1题**, **1.**) are part of it, as in the patterns built from EmphasisMarks.
    [GeneratedRegex(@"(?<em>[*_]{1,3})?第\s*(?<n>[一二三四五六七八九十百零〇两\d]{1,4})\s*[题題](?<emc>\k<em>)?(?<d>\s*[:：.、．]?)(?(emc)|(?:\k<em>)?)")]
    private static partial Regex OrdinalPattern();

    // Not a number inside another (0.1, 1.2.3): no digit right before, and no "digit." right before. Exam
    // exports write "1.>" for an item; the '>' belongs to the marker. A stem may open with a year glued to its
    // number (6.2015年11月,某设计院…): a year and 年 after the point are the stem, not decimals.
    [GeneratedRegex(@"(?<!\d)(?<!\d[.．])(?<em>[*_]{1,3})?(?<n>\d{1,4})(?<d>[.．、]|\)|）)(?:(?!\d)|(?=(?:19|20)\d\d年))(?:>(?!=))?(?:\k<em>)?")]
    private static partial Regex DecimalPattern();

    // DecimalPattern with \d as [0-9], for texts whose only decimal digits are ASCII (where the two match
    // alike). \d is any Unicode digit, so the generated search for where a match can start tests every
    // non-ASCII character's category, one by one, over Chinese text; [0-9] keeps that search vectorised.
    [GeneratedRegex(@"(?<![0-9])(?<![0-9][.．])(?<em>[*_]{1,3})?(?<n>[0-9]{1,4})(?<d>[.．、]|\)|）)(?:(?![0-9])|(?=(?:19|20)[0-9][0-9]年))(?:>(?!=))?(?:\k<em>)?")]
    private static partial Regex AsciiDecimalPattern();

    // A PDF export may set a space between a number and its point (1 . 你为什么…): taken at a line start only, with
    // a space or a Chinese character after the point, where no decimal number or sum reads so.
    [GeneratedRegex(@"(?<=^[ \t]*)(?<n>[0-9]{1,3})[ \t](?<d>[.．、])(?=[ \t]|[^\x00-\x7F])", RegexOptions.Multiline)]
    private static partial Regex SpacedDecimalPattern();

    // Hand-typed lists may put a full-width comma after the number (6，如果发现…): at a line start only, with a
    // Chinese character after it, where no run of numbers (1，2，3) reads so.
    [GeneratedRegex(@"(?<=^[ \t]*)(?<n>[0-9]{1,3})(?<d>，)(?=[^\x00-\x7F，])", RegexOptions.Multiline)]
    private static partial Regex CommaDecimalPattern();

    // An item whose text opens with a number (3、45钢的含碳量…, 4、5G 网络…, 1、2024年…): 、 after a number is no
    // decimal point, so a digit after it is the text's; at a line start only, where no list of numbers (1、2、3)
    // inside a sentence reads so.
    [GeneratedRegex(@"(?<=^[ \t]*)(?<n>[0-9]{1,3})(?<d>、)(?=[0-9])", RegexOptions.Multiline)]
    private static partial Regex NumberOpenedItemPattern();

    // A number and a space opening a line (1 下列何者…, 1 What is Docker), as exam papers and plain notes print
    // them: at a line start only, with a letter or an opening bracket after the space (no 1 2 3 row, no 3 = x).
    [GeneratedRegex(@"(?<=^[ \t]*)(?<n>[0-9]{1,3})(?<d>[ \t\u3000])[ \t\u3000]*(?=[\p{L}(（“""])", RegexOptions.Multiline)]
    private static partial Regex BareNumberPattern();

    /// <summary>
    /// A hard-wrapped line that goes on with a quantity (…存期 ⏎ 3 年，存期内…): the line above does not end its
    /// sentence and the number counts a unit (data <c>quantityUnits</c>), so the number is the sentence's, not a marker.
    /// </summary>
    private bool WrappedQuantity(string text, Match m)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(m.Index - 1, 0)) + 1;
        if (NonBlankLineAbove(text, lineStart) is not { } above) return false;
        var line = text.AsSpan(above.Start, above.End - above.Start).TrimEnd();
        if (line.Length == 0 || SentenceSplitter.SentenceEnds.Contains(line[^1]) || line[^1] is ':' or '：' or ';' or '；') return false;
        var after = text.AsSpan(m.Index + m.Length);
        foreach (var unit in _lexicon.QuantityUnits)
            if (after.StartsWith(unit, StringComparison.Ordinal)) return true;
        return false;
    }

    // A listicle's numbers after a hash (#1 – Tell me about yourself, #2. …, #3 Why…) and a post's numbers before a
    // bar (01｜如何理解…, 2 | What is…): at a line start; the bar only where no other bar follows on the line, as a
    // table's row has. A forum thread numbers its items with the hash after the number (1#我国现行宪法…), as it
    // numbers floors; 3#楼 is a building.
    [GeneratedRegex(@"(?<=^[ \t]*)(?:#(?<n>[0-9]{1,3})(?:[ \t]*(?<d>[–—\-.:：)]))?[ \t]+(?=\S)|(?<n>[0-9]{1,3})(?<d>#)[ \t]*(?=[^\s#楼栋号])|(?<n>[0-9]{1,3})[ \t]*(?<d>｜|\|)[ \t]*(?=[^|｜\n]+$))", RegexOptions.Multiline)]
    private static partial Regex HashOrBarNumberPattern();

    // A number in square brackets opening a line (【1】中央银行…, [1] …), as question-bank exports print them; the
    // bracket holds only the number, so a 【答案】 label is none.
    [GeneratedRegex(@"(?<=^[ \t]*)(?:【(?<n>[0-9]{1,3})(?<d>】)|\[(?<n>[0-9]{1,3})(?<d>\])(?!\())", RegexOptions.Multiline)]
    private static partial Regex BracketedNumberPattern();

    // A numbered part's own items (1.1. How would you…, 2.3 What is…, a textbook chapter's exercises 3-2 循环队列…):
    // at a line start, the last number counts within its part, whose heading (1. Trainee Questions, 第3章) the
    // planner takes as a section.
    // A number before a table's bar (01.1 | Hydrogen | 1) is a key row's cell, not an item.
    [GeneratedRegex(@"^[ \t]*(?<major>\d{1,2})(?:[.．]|[-－–](?=\d))(?<n>\d{1,2})(?<d>[.．])?(?=[ \t]+[^\s|｜])", RegexOptions.Multiline)]
    private static partial Regex SubNumberPattern();

    [GeneratedRegex(@"[(（](?<n>\d{1,2})[)）]")]
    private static partial Regex ParenthesizedPattern();

    [GeneratedRegex(@"[①-⑳]")]
    private static partial Regex CircledPattern();

    // Numbers printed as one character: ⑴–⒇ (a bracketed number) and ⒈–⒛ (a number with its full stop), as Word
    // and older exports type them.
    [GeneratedRegex(@"[⑴-⒇⒈-⒛]")]
    private static partial Regex EnclosedNumberPattern();

    // A bullet before an option's letter (• A．护理评估, an html list of options) marks an option, not an item.
    [GeneratedRegex(@"^[ \t]*(?<b>[•·●▪◆■◦]|[-*](?=[ \t]))[ \t]*(?![ \t]*(?:[A-H][ \t]?[.．、)）]|[(（][A-H][)）]))", RegexOptions.Multiline)]
    private static partial Regex BulletPattern();

    // A chapter named in brackets (章节练习（第一章）) belongs to the words before it: no heading opens there.
    [GeneratedRegex(@"(?<![第\d一二三四五六七八九十])(?<n>[一二三四五六七八九十]{1,3})\s*[、．.](?!\d)|[(（](?<n>[一二三四五六七八九十]{1,3})[)）]|(?<![(（])第(?<n>[一二三四五六七八九十\d]{1,3})(?:部分|部份|章|节|節)|\b(?:Part|PART|Section)\s+(?<n>[IVX]{1,4}|\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine|ten))\b[.:：]?|(?<=(?:^|\n)[ \t\u3000]*)(?<r>(?<n>[IVX]{1,5}|[Ⅰ-Ⅻ]))[ \t\u3000]*[.．、](?=[ \t\u3000]|[^\x00-\x7F])")]
    private static partial Regex SectionPattern();

    private const int MaxHeadingLength = 60;

    private const string ChineseNumerals = "一二三四五六七八九十";

    // A part's numeral that opens a line by itself (一、, （一）, II., Ⅲ、) rather than following a word (第…部分, Part
    // Two): such a numeral numbers questions in some papers as well as parts in others.
    private static bool NumbersItsLine(Match m) => ChineseNumerals.Contains(m.Value[0]) || (m.Value[0] is '(' or '（' && m.Value.Length > 1 && ChineseNumerals.Contains(m.Value[1])) || m.Groups["r"].Success;

    IEnumerable<StructuralToken> Candidates.ICandidateSource.Find(DocumentText document, IReadOnlyList<StructuralToken> found) => Scan(document);

    public List<StructuralToken> Scan(DocumentText document)
    {
        var text = document.Text;
        var items = new List<StructuralToken>();
        AddItems(items, text, OrdinalPattern().Matches(text), MarkerFamily.Ordinal);
        AddItems(items, text, _questionWord.Matches(text), MarkerFamily.QuestionWord);
        if (UnicodeDigits.AnyBeyondAscii(text)) AddItems(items, text, DecimalPattern().Matches(text), MarkerFamily.Decimal);
        else AddAsciiDecimals(items, text);
        AddItems(items, text, SpacedDecimalPattern().Matches(text), MarkerFamily.Decimal);
        if (text.Contains('，')) AddItems(items, text, CommaDecimalPattern().Matches(text), MarkerFamily.Decimal);
        AddItems(items, text, BareNumberPattern().Matches(text).Where(m => !WrappedQuantity(text, m)), MarkerFamily.Decimal);
        if (text.Contains('[') || text.Contains('【') || text.Contains('(') || text.Contains('（')) AddItems(items, text, _taggedNumber.Matches(text), MarkerFamily.Decimal);
        if (text.Contains('【') || text.Contains('[')) AddItems(items, text, BracketedNumberPattern().Matches(text), MarkerFamily.Decimal);
        if (text.Contains('#') || text.Contains('|') || text.Contains('｜')) AddItems(items, text, HashOrBarNumberPattern().Matches(text), MarkerFamily.Decimal);
        if (text.Contains('、')) AddItems(items, text, NumberOpenedItemPattern().Matches(text), MarkerFamily.Decimal);
        // A part's items count from 1 (1.1, 1.2…); a line opening with 2.0 or 1.5 alone is a decimal number.
        (int Major, int Minor) lastSub = (0, 0);
        foreach (Match m in SubNumberPattern().Matches(text))
        {
            if (ChineseNumeral.Parse(m.Groups["major"].Value) is not { } major || ChineseNumeral.Parse(m.Groups["n"].Value) is not { } minor) continue;
            if (minor != 1 && lastSub != (major, minor - 1)) continue;
            lastSub = (major, minor);
            items.Add(Item(text, m, MarkerFamily.Decimal, minor, ".", label: m.Value.Trim().TrimEnd('.', '．')));
        }
        AddItems(items, text, ParenthesizedPattern().Matches(text), MarkerFamily.Parenthesized);
        foreach (Match m in CircledPattern().Matches(text))
            items.Add(Item(text, m, MarkerFamily.Circled, m.Value[0] - '①' + 1, ""));
        foreach (Match m in EnclosedNumberPattern().Matches(text))
            items.Add(m.Value[0] <= '⒇' ? Item(text, m, MarkerFamily.Parenthesized, m.Value[0] - '⑴' + 1, ")") : Item(text, m, MarkerFamily.Decimal, m.Value[0] - '⒈' + 1, "."));
        foreach (Match m in _labelledQuestion.Matches(text))
        {
            // A follow-up label (追问：) opens the question and stays in its text: the marker ends where the word starts.
            var item = _lexicon.FollowUpLabels.Contains(m.Groups["w"].Value)
                ? Item(text, m.Groups["w"].Index, 0, MarkerFamily.Labelled, null, "", false, "", followUp: true)
                : Item(text, m, MarkerFamily.Labelled, null, "");
            // A stem label (题干:) inside a line is a part of the item that line holds, not a new question.
            if (!item.AtLineStart && _lexicon.StemLabelAt(text, m.Index)) continue;
            // A problem's statement labelled under its numbered title (### 1. 两数之和 ⏎ **题目**：给定…): the titled item's.
            // A labelled line that asks (5. Motivation ⏎ Question: Why do you…?) is a question under a topic's name.
            if (item.AtLineStart && UnderProblemTitle(text, m.Index) && !LineEndsAsking(text, m.Index)) continue;
            // A label alone on its line above a numbered item (问题： ⏎ 1．…) leads the list: the items are the questions.
            if (item.AtLineStart && LeadsList(text, m.Index + m.Length)) continue;
            items.Add(item);
        }
        // A flattened page runs a section heading into its question's label (一、岗位认知与匹配度问题:作为…).
        foreach (Match m in GluedQuestionLabel.Matches(text))
            if (AfterSectionNumeral(text, m.Index)) items.Add(Item(text, m, MarkerFamily.Labelled, null, ""));
        foreach (Match m in BulletPattern().Matches(text))
        {
            // A bullet that opens with a follow-up label (- 追问：…) is the follow-up's marker.
            var bullet = Item(text, m.Index, m.Length, MarkerFamily.Bullet, null, m.Groups["b"].Value, false, "", _lexicon.OpensWithFollowUp(text.AsSpan(m.Index + m.Length)));
            items.Add(bullet);
        }
        CommentedItems(items, document);
        items.Sort((a, b) => a.Start.CompareTo(b.Start));
        AddLabelsRunIntoTitle(items, text);
        WithoutBlankOptionRows(items, text);
        WithoutSelfReferences(items, text);
        AddNumbersAfterNumericOptions(items, text);
        AddNumericEntries(items, text);
        AddMisreadNumbers(items, text);

        var tokens = new List<StructuralToken>(items);
        int titleEnd = document.LineEnd(0);
        bool shortTitle = titleEnd <= MaxTitleLength && !items.Any(i => i.Start < titleEnd);
        foreach (Match m in SectionPattern().Matches(text))
        {
            // A short first line may name its chapter after its own words (初级会计实务 第一章 练习题): the title's.
            if (shortTitle && m.Index < titleEnd && !IsLineStart(text, m.Index, out _)) continue;
            var section = Section(text, m, items);
            if (section is not null) tokens.Add(section);
            // 一、 opening a line may number a question as well as a part (一、请介绍一下你自己。 答：…): the item
            // stands beside the heading, and the planner drops it when it keeps the heading.
            // So may one after a sentence's end inside a page flattened onto one line (…是什么?答:…。二、施工现场…).
            if (NumbersItsLine(m) && ChineseNumeral.Parse(m.Groups["n"].Value) is { } n && (IsLineStart(text, m.Index, out _) || AfterSentenceEnd(text, m.Index)))
                tokens.Add(Item(text, m, MarkerFamily.Numeral, n, m.Value[^1].ToString(), label: m.Groups["n"].Value));
        }
        foreach (Match m in _lexicon.NumberedPartLine.Matches(text))
        {
            if (ChineseNumeral.Parse(m.Groups["n"].Value) is not { } part || items.Any(i => i.Start >= m.Index && i.Start < m.Index + m.Length)) continue;
            int start = m.Index + (m.Value.Length - m.Value.TrimStart().Length);
            var heading = m.Value.Trim();
            tokens.Add(new StructuralToken
            {
                Kind = TokenKind.Section, Start = start, End = start + heading.Length, Number = part, Label = m.Groups["n"].Value,
                HeadingText = heading, AtLineStart = true,
            });
        }
        // Heading blocks (docx heading styles, html h1–h6) are unnumbered section candidates; the first block
        // of the document is its title, not a section, and so is the first heading when the first block holds it
        // (a saved page's <title> is its <h1> with the site's name).
        // Folded only when a heading is there to compare (most texts have none).
        string? firstBlock = null;
        bool firstHeading = true;
        foreach (var (start, end, _) in document.Headings())
        {
            if (start == 0) continue;
            var heading = text[start..end].Trim();
            bool titleCopy = firstHeading && heading.Length >= 4
                             && (firstBlock ??= FoldedText.Of(text[..document.LineEnd(0)])).Contains(FoldedText.Of(heading), StringComparison.Ordinal);
            firstHeading = false;
            if (titleCopy || heading.Length == 0 || heading.Length > MaxHeadingLength || _lexicon.IsContentsHeading(heading)
                || items.Any(i => i.Start >= start && i.Start < end)) continue;
            tokens.Add(new StructuralToken { Kind = TokenKind.Section, Start = start, End = end, Label = "", HeadingText = heading, AtLineStart = true });
        }
        // A heading word joined to the words before it (100 Java Interview Questions and Answers 1. …, on a page
        // flattened onto one line) is the title's, not a key's.
        var keys = _lexicon.AnswerKeyHeadings.Matches(text).Where(m => !AfterConjunction(text, m.Index)).Select(m =>
        {
            // A chapter's number before the heading word (第一章习题参考答案) is the heading's own, and so is the
            // paper's name (管理学原理试题答案及评分参考); only a chapter's key answers its own part.
            int lineStart = text.LastIndexOf('\n', Math.Max(m.Index - 1, 0)) + 1;
            var prefix = text.AsSpan(lineStart, m.Index - lineStart);
            bool chapter = lineStart < m.Index && ChapterPrefixPattern().IsMatch(prefix);
            bool paper = lineStart < m.Index && !chapter && PaperNamePrefixPattern().IsMatch(prefix);
            int start = chapter || paper ? lineStart + (prefix.Length - prefix.TrimStart().Length) : m.Index;
            return new StructuralToken
            {
                Kind = TokenKind.AnswerKey, Start = start, End = m.Index + m.Length, Label = m.Groups["w"].Value,
                AtLineStart = chapter || paper || IsLineStart(text, m.Index, out _),
                AnswersItsPart = chapter || _lexicon.IsPartKeyHeading(m.Groups["w"].Value),
            };
        }).ToList();
        keys.AddRange(AnswerListHeadings(text, items, keys));
        // A chapter's key (第一章 习题参考答案) is the key, not a section the chapter's number opens.
        if (keys.Count > 0) tokens.RemoveAll(t => t.Kind == TokenKind.Section && keys.Any(k => k.Start == t.Start));
        tokens.AddRange(keys);
        tokens.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));
        return tokens;
    }

    private static bool AfterConjunction(string text, int index) =>
        ConjunctionBeforePattern().IsMatch(text.AsSpan(Math.Max(0, index - 8), index - Math.Max(0, index - 8)));

    [GeneratedRegex(@"(?:^|[^A-Za-z])(?i:and|with|&|&amp;)[ \t]+$")]
    private static partial Regex ConjunctionBeforePattern();

    /// <summary>
    /// A list of questions followed by the list of their answers under a label line (1．…？ 2．…？ ⏎ 参考答案： ⏎
    /// 1．… 2．…): the label, colon and all, heads a key for the questions just above it, where those questions
    /// stand one to a line with no answer between them and at least two answers count again from the first of them.
    /// A last question's own answer set out in points has answered questions above it.
    /// </summary>
    private List<StructuralToken> AnswerListHeadings(string text, List<StructuralToken> items, List<StructuralToken> keys)
    {
        var result = new List<StructuralToken>();
        for (int i = 0; i < items.Count; i++)
        {
            var first = items[i];
            if (first.Number is not { } from || !first.AtLineStart || first.Family is not (MarkerFamily.Decimal or MarkerFamily.Parenthesized or MarkerFamily.Circled)) continue;
            int lineStart = text.LastIndexOf('\n', Math.Max(first.Start - 1, 0)) + 1;
            if (NonBlankLineAbove(text, lineStart) is not { } label) continue;
            var labelText = text.AsSpan(label.Start, label.End - label.Start).TrimEnd();
            if (labelText.Length == 0 || labelText[^1] is not (':' or '：') || !_lexicon.IsAnswerKeyHeadingLine(labelText)) continue;
            if (keys.Any(k => k.Start >= label.Start && k.Start < label.End)) continue;
            var (askedFrom, asked) = QuestionsOneToALine(text, items, i, label.Start, first.Family);
            int answered = 1;
            for (int j = i + 1; j < items.Count && answered < asked; j++)
            {
                if (items[j].Family != first.Family || !items[j].AtLineStart) continue;
                if (items[j].Number != from + answered) break;
                answered++;
            }
            if (askedFrom != from || asked < 2 || answered < 2) continue;
            int indent = labelText.Length - labelText.TrimStart().Length;
            result.Add(new StructuralToken
            {
                Kind = TokenKind.AnswerKey, Start = label.Start + indent, End = label.Start + labelText.Length,
                Label = LabelWord(labelText), AtLineStart = true, AnswersItsPart = true,
            });
        }
        return result;
    }

    // The items of the family right above the label, one to a line and each numbered one less than the next (a
    // blank line may part them) and not under an answer's label: the first one's number and how many, or a count of 0.
    private (int From, int Count) QuestionsOneToALine(string text, List<StructuralToken> items, int firstAnswer, int labelStart, MarkerFamily family)
    {
        int lineBelow = labelStart, count = 0, from = 0;
        for (int j = firstAnswer - 1; j >= 0; j--)
        {
            var t = items[j];
            if (t.Family != family) continue;
            int itemLine = text.LastIndexOf('\n', Math.Max(t.Start - 1, 0)) + 1;
            if (itemLine >= lineBelow) continue;
            if (!t.AtLineStart || t.Number is not { } n || (count > 0 && n != from - 1)
                || NonBlankLineAbove(text, lineBelow) is not { } above || above.Start != itemLine) break;
            from = n;
            count++;
            lineBelow = itemLine;
        }
        // Points under an answer's label (参考答案： ⏎ 1．… 2．… ⏎ 3．next question) are no list of questions.
        if (count > 0 && NonBlankLineAbove(text, lineBelow) is { } lead && AnswerLabelLine(text.AsSpan(lead.Start, lead.End - lead.Start))) return (from, 0);
        return (from, count);
    }

    // A line holding only an answer's or an analysis's label, or a key's heading (参考答案：, 答：, 【解析】).
    private bool AnswerLabelLine(ReadOnlySpan<char> line) =>
        _lexicon.IsAnswerKeyHeadingLine(line) || _lexicon.FieldOfLabel(LabelWord(line)) is LabelKind.Answer or LabelKind.Analysis;

    // A label line's word without its brackets, emphasis and colon (【参考答案】：→ 参考答案).
    private static string LabelWord(ReadOnlySpan<char> line) => line.Trim().Trim("【】[]#*:： \t\u3000").ToString();

    private void AddItems(List<StructuralToken> items, string text, IEnumerable<Match> matches, MarkerFamily family)
    {
        foreach (Match m in matches)
        {
            var delimiter = m.Groups["d"].Value.Trim();
            // "(1)" is the parenthesized family, not "1)".
            if (family == MarkerFamily.Decimal && delimiter is ")" or "）" && m.Index > 0 && (text[m.Index - 1] is '(' or '（' || ClosesExpression(text, m.Index))) continue;
            var n = ChineseNumeral.Parse(m.Groups["n"].Value);
            if (n is null) continue;
            items.Add(Item(text, m, family, n, delimiter, n == 1 && AfterGroupLabel(text, m.Index)));
        }
    }

    // The nearest non-blank line above opens with a decimal number (after a Markdown heading's #) and holds only a
    // problem's title.
    [GeneratedRegex(@"^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*)?[0-9]{1,3}[.．、][ \t]*(?<t>[^\n]*?)(?:\*\*)?[ \t]*$")]
    private static partial Regex NumberedTitleLine();

    // A sub-question that names the material it is about by the same number (（1）根据资料（1），…; (2) In case (2), …):
    // the number inside the line refers back, it opens nothing.
    private static void WithoutSelfReferences(List<StructuralToken> items, string text)
    {
        StructuralToken? opener = null;
        int lineEnd = -1;
        items.RemoveAll(t =>
        {
            if (t.AtLineStart)
            {
                opener = t;
                lineEnd = text.IndexOf('\n', t.Start);
                if (lineEnd < 0) lineEnd = text.Length;
                return false;
            }
            return opener is not null && t.Start < lineEnd && t.Family == opener.Family && t.Number is not null && t.Number == opener.Number
                   && t.Family is MarkerFamily.Parenthesized or MarkerFamily.Circled && AfterWord(text, t.Start);
        });

        // The bracket follows a word (资料（1）, case (2)), not a sentence's end or a heading's note.
        static bool AfterWord(string text, int start)
        {
            int k = start - 1;
            while (k >= 0 && text[k] is ' ' or '\t') k--;
            return k >= 0 && char.IsLetter(text[k]);
        }
    }

    [GeneratedRegex(@"\G[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*(?:[1-9][0-9]{0,2}[.．、)）]|[(（][1-9][0-9]?[)）]|[①-⑳])")]
    private static partial Regex FirstItemOnNextLine();

    private static bool LeadsList(string text, int labelEnd) => FirstItemOnNextLine().IsMatch(text, labelEnd);

    private static bool LineEndsAsking(string text, int index)
    {
        int end = text.IndexOf('\n', index);
        var line = text.AsSpan(index, (end < 0 ? text.Length : end) - index).TrimEnd();
        return line.Length > 0 && line[^1] is '?' or '？';
    }

    private static bool UnderProblemTitle(string text, int index)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        if (NonBlankLineAbove(text, lineStart) is not { } above) return false;
        return TitleOfNumberedLine(text, above) is { } title && ProblemTitle.Is(title) && !ProblemTitle.CountsOnly(title);
    }

    /// <summary>The title of a line that holds only a decimal number and a title (### 1. 两数之和, 2. 第二问), or null.</summary>
    internal static string? TitleOfNumberedLine(string text, (int Start, int End) line)
    {
        var m = NumberedTitleLine().Match(text, line.Start, line.End - line.Start);
        return m.Success ? m.Groups["t"].Value : null;
    }

    // The nearest line above the line starting at lineStart that holds more than whitespace, or null.
    internal static (int Start, int End)? NonBlankLineAbove(string text, int lineStart)
    {
        int end = lineStart - 1;
        while (end > 0)
        {
            int start = text.LastIndexOf('\n', end - 1) + 1;
            if (!text.AsSpan(start, end - start).IsWhiteSpace()) return (start, end);
            end = start - 1;
        }
        return null;
    }

    // A number and its ")" that close a bracket opened just before on the line (3×(4＋2), print(3 ** 2)): the end
    // of an expression, not a marker.
    private const int ExpressionLookBack = 30;

    private static bool ClosesExpression(string text, int index)
    {
        int depth = 0;
        for (int i = index - 1; i >= 0 && index - i <= ExpressionLookBack; i--)
        {
            switch (text[i])
            {
                case '\n': return false;
                case ')' or '）': depth++; break;
                case '(' or '（' when depth == 0: return true;
                case '(' or '（': depth--; break;
            }
        }
        return false;
    }

    // AddItems for DecimalPattern's matches where every digit is ASCII, read from the matched span: decimal
    // markers are the most frequent candidates, and a Match with its groups costs several objects each.
    // A match is [*_]{0,3}, the number (1–4 digits), one delimiter character, then what follows it.
    private void AddAsciiDecimals(List<StructuralToken> items, string text)
    {
        foreach (var m in AsciiDecimalPattern().EnumerateMatches(text))
        {
            var span = text.AsSpan(m.Index, m.Length);
            int digits = 0;
            while (span[digits] is '*' or '_') digits++;
            int end = digits;
            while (char.IsAsciiDigit(span[end])) end++;
            int n = int.Parse(span[digits..end], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
            var delimiter = span[end] switch { '.' => ".", '．' => "．", '、' => "、", ')' => ")", _ => "）" };
            if (delimiter is ")" or "）" && m.Index > 0 && (text[m.Index - 1] is '(' or '（' || ClosesExpression(text, m.Index))) continue;
            items.Add(Item(text, m.Index, m.Length, MarkerFamily.Decimal, n, delimiter, n == 1 && AfterGroupLabel(text, m.Index),
                n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    // A key's entry whose value is a number (4．48, 5．1.013×10⁵) reads as a decimal number: taken where it opens a
    // line (after a key part's numeral: 二、5．…) or follows a space, as key entries are set apart, and only
    // inside a run that counts on around it: the decimal marker before it is N-1 and the one after it N+1. A
    // number in a sentence (增长 1．5倍) or a date (5.13) has no such neighbours. A key's last entry has no N+1 after
    // it: it is taken only where the key sets its entries one to a line.
    [GeneratedRegex(@"(?:(?<=^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、．.][ \t\u3000]*)?)|(?<=[ \t\u3000]))(?<n>[0-9]{1,3})(?<d>[.．])(?=[0-9])", RegexOptions.Multiline)]
    private static partial Regex NumericEntryPattern();

    private const int MaxEntryGap = 200;

    // A flattened page runs a numeric option into the next question's number (…C.21D.254.下列哪个…: option D is 25,
    // question 4 follows): the number's last digits are an item where they count on from the decimal item before.
    private static void AddNumbersAfterNumericOptions(List<StructuralToken> items, string text)
    {
        if (text.IndexOfAny(OptionDelimiters) < 0) return;
        foreach (Match m in NumericOptionRunPattern().Matches(text))
        {
            // The run's last one or two digits may be the number (…D.254.: 4. or 54.), the option keeping at least one.
            var run = m.Groups["run"];
            for (int digits = 1; digits <= 2 && digits < run.Length; digits++)
            {
                int start = run.Index + run.Length - digits, length = digits + m.Groups["d"].Length;
                if (text[start] == '0') continue;
                int n = int.Parse(text.AsSpan(start, digits), System.Globalization.CultureInfo.InvariantCulture);
                int at = TokenPositions.FirstAtOrAfter(items, start);
                if (at < items.Count && items[at].Start < start + length) continue;
                StructuralToken? before = null;
                for (int j = at - 1; j >= 0 && before is null; j--)
                    if (items[j].Family == MarkerFamily.Decimal && items[j].End <= start) before = items[j];
                if (before?.Number != n - 1) continue;
                // The whole run read as one number (254.) is no item where its last digits count on: they replace it.
                if (at > 0 && items[at - 1].End > start)
                {
                    if (items[at - 1].Family != MarkerFamily.Decimal) continue;
                    items.RemoveAt(--at);
                }
                items.Insert(at, Item(text, start, length, MarkerFamily.Decimal, n, m.Groups["d"].Value, false, n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                break;
            }
        }
    }

    // A 软考 paper numbers its blanks, not its options' rows: ● …访问速度最快的是（1）。 ⏎ （1）A．内存　B．Cache… The row
    // that opens with a blank's number and an option letter holds that blank's options, under the stem that has the
    // blank; it is no item of a list.
    private static void WithoutBlankOptionRows(List<StructuralToken> items, string text)
    {
        var rows = items.Where(t => t.Family == MarkerFamily.Parenthesized && t.AtLineStart && t.Number is not null
                && OptionRowStart().IsMatch(text.AsSpan(t.End, Math.Min(8, text.Length - t.End))))
            .Select(t => (Row: t, Blank: BlankAbove(text, t.Start, t.Number!.Value))).Where(r => r.Blank >= 0).ToList();
        if (rows.Count == 0) return;
        var drop = rows.Select(r => r.Row).ToHashSet();
        // The blank itself, inside the stem, is no item either.
        var blanks = rows.Select(r => r.Blank).ToHashSet();
        // In such a paper an answer names a letter for each blank (答案：（1）B （2）A): those numbers are the blanks', too.
        foreach (var t in items)
            if (t.Family == MarkerFamily.Parenthesized && !t.AtLineStart
                && (blanks.Contains(t.Start) || BlankAnswer().IsMatch(text.AsSpan(t.End, Math.Min(4, text.Length - t.End))))) drop.Add(t);
        items.RemoveAll(drop.Contains);
    }

    [GeneratedRegex(@"^[ \t]*[A-H](?![A-Za-z0-9.．、])")]
    private static partial Regex BlankAnswer();

    [GeneratedRegex(@"^[ \t\u3000]*[A-H][ \t]*[.．、]")]
    private static partial Regex OptionRowStart();

    // Where the blank (N) is in the nearest lines above (the stem, past the rows of the blanks before it), or -1.
    private static int BlankAbove(string text, int lineStart, int number)
    {
        const int MaxLinesUp = 4;
        var digits = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string blank = "（" + digits + "）", ascii = "(" + digits + ")";
        int end = lineStart - 1;
        for (int up = 0; up < MaxLinesUp && end > 0; up++)
        {
            int start = text.LastIndexOf('\n', end - 1) + 1;
            var line = text.AsSpan(start, end - start);
            int at = Math.Max(line.IndexOf(blank, StringComparison.Ordinal), line.IndexOf(ascii, StringComparison.Ordinal));
            // A blank sits inside the line's text, not at its start where the row of another blank opens.
            if (at > 0 && !line[..at].IsWhiteSpace()) return start + at;
            end = start - 1;
        }
        return -1;
    }

    private static readonly char[] OptionDelimiters = ['.', '．', '、'];

    // A numeric option's letter and digits with a question's number run on after them: the digits, then its point.
    [GeneratedRegex(@"[A-H][.．、][ \t]?(?<run>[0-9]{2,8})(?<d>[.．、])(?![0-9])")]
    private static partial Regex NumericOptionRunPattern();

    private void AddNumericEntries(List<StructuralToken> items, string text)
    {
        // Each entry taken joins the run at once, so the next one (4．1  5．2) has it as its neighbour before it;
        // the next such entry is a neighbour after it as well.
        var entries = NumericEntryPattern().Matches(text);
        for (int k = 0; k < entries.Count; k++)
        {
            var m = entries[k];
            int n = Number(m);
            int at = TokenPositions.FirstAtOrAfter(items, m.Index);
            // The nearest decimal markers on either side, looked for within the gap an entry may leave.
            StructuralToken? before = null, after = null;
            for (int j = at - 1; j >= 0 && m.Index - items[j].Start <= 2 * MaxEntryGap && before is null; j--)
                if (items[j].Family == MarkerFamily.Decimal) before = items[j];
            for (int j = at; j < items.Count && items[j].Start - m.Index <= MaxEntryGap && after is null; j++)
                if (items[j].Family == MarkerFamily.Decimal) after = items[j];
            (int? Number, int Start)? next = after is null ? null : (after.Number, after.Start);
            if (k + 1 < entries.Count && (next is null || entries[k + 1].Index < next.Value.Start)) next = (Number(entries[k + 1]), entries[k + 1].Index);
            // A key's first entry (参考答案 ⏎ 1．960；俄罗斯 ⏎ 2．三；…) has the heading's line above it instead.
            // A paper's first stem may open with a number too (1．2的倒数是…): a line-start 1 with the full-width point
            // over a line-start 2 of the same mark is the run's first item, unless an item 1 came already (1.5 V in
            // an answer is a number).
            bool first = n == 1 && (UnderKeyHeadingLine(text, m.Index)
                || (m.Groups["d"].Value == "．" && before?.Number != 1 && IsLineStart(text, m.Index, out _) && after is { AtLineStart: true, Number: 2 } && after.Delimiter == m.Groups["d"].Value
                    && (at == items.Count || items[at].Start >= m.Index + m.Length) && (at == 0 || items[at - 1].End <= m.Index)));
            if (!first && (before is null || before.Number != n - 1 || m.Index - before.End > MaxEntryGap)) continue;
            if ((next is not { } following || following.Number != n + 1 || following.Start - m.Index > MaxEntryGap) && !LastOfLineRun(text, m, before)) continue;
            // A value after its label (分数: 2.00) is no entry.
            if (text.AsSpan(0, m.Index).TrimEnd() is [.., ':' or '：']) continue;
            items.Insert(at, Item(text, m, MarkerFamily.Decimal, n, m.Groups["d"].Value));
        }

        static int Number(Match m) => int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    // A scanned paper's recognised text may print 1 as a letter (l. I. |.) or a point as a comma (3, 线程…): at a line
    // start, with text after it.
    [GeneratedRegex(@"(?<=^[ \t\u3000]*)(?:(?<one>[lI|])(?<d>[.．、])|(?<n>[0-9]{1,3})(?<d>,))(?=[ \t\u3000]*[^\s0-9,.])", RegexOptions.Multiline)]
    private static partial Regex MisreadNumberPattern();

    // Such a misread marker is an item only where the line-start decimal items around it count through it with one
    // delimiter (2. ⏎ 3, ⏎ 4.; l. ⏎ 2.): a letter or a comma there reads so nowhere else.
    private static void AddMisreadNumbers(List<StructuralToken> items, string text)
    {
        if ((text.IndexOf(',') < 0 && text.IndexOfAny(['l', 'I', '|']) < 0) || !items.Any(t => t is { Family: MarkerFamily.Decimal, AtLineStart: true })) return;
        foreach (Match m in MisreadNumberPattern().Matches(text))
        {
            int n = m.Groups["one"].Success ? 1 : int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            int at = TokenPositions.FirstAtOrAfter(items, m.Index);
            if (at < items.Count && items[at].Start < m.Index + m.Length) continue;
            StructuralToken? before = null, after = null;
            for (int j = at - 1; j >= 0 && before is null; j--)
                if (items[j] is { Family: MarkerFamily.Decimal, AtLineStart: true }) before = items[j];
            for (int j = at; j < items.Count && after is null; j++)
                if (items[j] is { Family: MarkerFamily.Decimal, AtLineStart: true }) after = items[j];
            if (after is not { } next || next.Number != n + 1 || next.Delimiter is "," or "") continue;
            bool counted = n == 1 ? before is null || before.Number != 1 || before.Delimiter != next.Delimiter
                : before is { } previous && previous.Number == n - 1 && previous.Delimiter == next.Delimiter;
            if (!counted) continue;
            items.Insert(at, Item(text, m, MarkerFamily.Decimal, n, next.Delimiter, label: n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private const int MaxLastEntryLine = 16;

    // A key set one entry to a line (3．干粉 ⏎ 4．11): its last entry has no N+1 after it, but it opens a short line
    // of its own right under the entry before, numbered with the same mark.
    private static bool LastOfLineRun(string text, Match m, StructuralToken? before)
    {
        if (before is null || !before.AtLineStart || before.Delimiter != m.Groups["d"].Value) return false;
        int lineStart = text.LastIndexOf('\n', Math.Max(0, m.Index - 1)) + 1;
        int lineEnd = text.IndexOf('\n', m.Index);
        if (lineEnd < 0) lineEnd = text.Length;
        return text.AsSpan(lineStart, m.Index - lineStart).IsWhiteSpace() && text.AsSpan(lineStart, lineEnd - lineStart).Trim().Length <= MaxLastEntryLine
               && NonBlankLineAbove(text, lineStart) is { } above && text.LastIndexOf('\n', Math.Max(0, before.Start - 1)) + 1 == above.Start;
    }

    // The entry opens its line, and the nearest non-blank line above it is an answer-key heading alone, or the
    // name of the key's part (二、填空题) right under one.
    private bool UnderKeyHeadingLine(string text, int index)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        if (!text.AsSpan(lineStart, index - lineStart).IsWhiteSpace() || NonBlankLineAbove(text, lineStart) is not { } above) return false;
        var line = text.AsSpan(above.Start, above.End - above.Start);
        if (_lexicon.IsAnswerKeyHeadingLine(line)) return true;
        return KeyPartNameLine().IsMatch(line) && NonBlankLineAbove(text, above.Start) is { } heading
               && _lexicon.IsAnswerKeyHeadingLine(text.AsSpan(heading.Start, heading.End - heading.Start));
    }

    [GeneratedRegex(@"^[ \t\u3000]*[一二三四五六七八九十]{1,3}[、.．][^。？?\n]{1,24}$")]
    private static partial Regex KeyPartNameLine();

    private const int MaxGroupLabel = 16;
    // A first line this short with no item on it is a title.
    private const int MaxTitleLength = 40;

    // "java方面:" or "Round 2:" right before the item: a short phrase ending in a colon, not a field label (答案:)
    // nor a lead-in to an answer's steps (排查步骤如下:).
    // Before an item that opens a line, the label is the whole line above; on a flattened line, the Chinese word
    // run on before the colon (…原理 java方面: 1.), as an English word there is prose (as follows: 1.).
    private bool AfterGroupLabel(string text, int index)
    {
        int i = index - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u3000') i--;
        bool ownLine = i < 0 || text[i] == '\n';
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        if (i < 0 || text[i] is not (':' or '：')) return false;
        int end = i;
        while (i > 0 && end - i <= MaxGroupLabel && text[i - 1] != '\n' && (ownLine || !char.IsWhiteSpace(text[i - 1]))) i--;
        var label = text[i..end].Trim().Trim('*', '_', '#').Trim();
        // An answer's opening line (答：常用的有五种：, A：主要有两个原因：) leads into the answer's own list.
        if (label.IndexOfAny([':', '：']) is > 0 and var colon && label[..colon].Trim() is var word
            && (_lexicon.IsFieldLabel(word) || _lexicon.LineStartAnswerWords.Contains(word, StringComparer.OrdinalIgnoreCase))) return false;
        bool whole = i == 0 || text[i - 1] == '\n' || !ownLine;
        // A line-start answer word alone (答： ⏎ 1．… 2．…) opens the answer's points, not a group of questions.
        return label.Length > 0 && whole && end - i <= MaxGroupLabel && !_lexicon.IsFieldLabel(label) && !_lexicon.IsLeadIn(label)
               && !(ownLine && _lexicon.LineStartAnswerWords.Contains(label, StringComparer.OrdinalIgnoreCase))
               && label.AsSpan().IndexOfAny(SentenceInside) < 0 && (ownLine || label.Any(c => c > 0x2E80));
    }

    private static readonly System.Buffers.SearchValues<char> SentenceInside = System.Buffers.SearchValues.Create("。？?！!，,;；");

    private static bool AfterSentenceEnd(string text, int at)
    {
        while (at > 0 && text[at - 1] is ' ' or '\t' or '\u3000') at--;
        return at > 0 && text[at - 1] is '。' or '？' or '?' or '！' or '!' or '…';
    }

    // A flattened page runs its first label into the title (…Questions for Nurses Q. Tell me…, …回答技巧问:你为什么…):
    // no sentence ends before it, so it is taken only where the same label opens a question after a sentence
    // later on that line, the repetition that shows the line is a flattened list.
    private void AddLabelsRunIntoTitle(List<StructuralToken> items, string text)
    {
        var taken = new List<StructuralToken>();
        // items is in document order, so an item before this one on its line is the one just before it.
        for (int k = 0; k < items.Count; k++)
        {
            var item = items[k];
            if (item.Family != MarkerFamily.Labelled || item.AtLineStart || item.FollowUp || item.Start == 0) continue;
            int lineStart = text.LastIndexOf('\n', item.Start - 1) + 1;
            if ((k > 0 && items[k - 1].Start >= lineStart) || (taken.Count > 0 && taken[^1].Start >= lineStart)) continue;
            var label = LabelKey(text.AsSpan(item.Start, item.End - item.Start));
            if (label.Length == 0) continue;
            var prefix = text[lineStart..item.Start];
            IEnumerable<Match> runs = label[0] <= 0x7F ? LabelWordPattern().Matches(prefix) : GluedQuestionLabel.Matches(prefix);
            var run = runs.FirstOrDefault(m => LabelKey(m.ValueSpan) == label);
            if (run is not null) taken.Add(Item(text, lineStart + run.Index, run.Length, MarkerFamily.Labelled, null, "", false, ""));
        }
        if (taken.Count == 0) return;
        items.AddRange(taken);
        items.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    // A program that numbers its tasks in comments (-- 1、查询…, # 2. 统计…, // 3) …) above the code that does them:
    // the comment's leader opens the line, so the marker with its leader starts the line and the leader is markup.
    private static void CommentedItems(List<StructuralToken> items, DocumentText document)
    {
        if (!document.HasCode) return;
        var text = document.Text;
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.AtLineStart || !document.InCode(item.Start)) continue;
            int lineStart = document.LineStart(item.Start);
            if (!CodeLine.IsCommentLeader(text.AsSpan(lineStart, item.Start - lineStart))) continue;
            items[i] = Item(text, lineStart, item.End - lineStart, item.Family, item.Number, item.Delimiter, item.AfterGroupLabel, item.Label, item.FollowUp, commentLed: true);
        }
    }

    // A label as AddLabelsRunIntoTitle compares two: its word and delimiter, without spaces, either colon.
    private static string LabelKey(ReadOnlySpan<char> label) => label.Trim().ToString().Replace(" ", "", StringComparison.Ordinal).Replace('：', ':').Replace('．', '.');

    // An English question label after a space, as AddLabelsRunIntoTitle looks for one before the title's end.
    [GeneratedRegex(@"(?<=[ \t]|^)(?<w>Q|Question)(?<d>[.．](?=[ \t])|[ \t]*[:：](?=[ \t]))")]
    private static partial Regex LabelWordPattern();

    private static StructuralToken Item(string text, Match m, MarkerFamily family, int? number, string delimiter, bool afterGroupLabel = false, string? label = null) =>
        Item(text, m.Index, m.Length, family, number, delimiter, afterGroupLabel, label ?? family switch
        {
            MarkerFamily.Ordinal or MarkerFamily.QuestionWord => m.Value.Trim().Trim('*', '_').TrimEnd(':', '：', '.', '、', '．', ')', '|', '｜', '*', '_').Trim().Trim('【', '】'),
            MarkerFamily.Bullet or MarkerFamily.Labelled => "",
            MarkerFamily.Circled => m.Value,
            _ => number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        });

    private static StructuralToken Item(string text, int index, int length, MarkerFamily family, int? number, string delimiter, bool afterGroupLabel, string label, bool followUp = false, bool commentLed = false)
    {
        var atLineStart = IsLineStart(text, index, out var indent);
        return new StructuralToken
        {
            Kind = TokenKind.Item, Family = family, Start = index, End = index + length, Number = number, Label = label,
            Delimiter = delimiter, AtLineStart = atLineStart, Indent = indent, AfterGroupLabel = afterGroupLabel, FollowUp = followUp, CommentLed = commentLed,
        };
    }

    private StructuralToken? Section(string text, Match m, List<StructuralToken> items)
    {
        var n = ChineseNumeral.Parse(m.Groups["n"].Value);
        if (n is null) return null;
        int end = m.Index + m.Length;
        int lineEnd = text.IndexOf('\n', end);
        if (lineEnd < 0) lineEnd = text.Length;
        // The heading runs to the first question marker on its line, or to the end of the line.
        int stop = lineEnd;
        int lo = TokenPositions.FirstAtOrAfter(items, end);
        if (lo < items.Count && items[lo].Start < lineEnd
            && items[lo].Family is MarkerFamily.Decimal or MarkerFamily.Ordinal or MarkerFamily.QuestionWord or MarkerFamily.Parenthesized or MarkerFamily.Labelled)
            stop = items[lo].Start;
        var heading = text[end..stop].Trim();
        // A heading set in brackets (【一、求职动机】): the brackets are the heading's, not the text around it.
        int start = m.Index;
        if (start > 0 && text[start - 1] is '【' or '[' && heading.Length > 1 && heading[^1] is '】' or ']')
        {
            start--;
            heading = heading[..^1].TrimEnd();
        }
        // An exam part's instruction in brackets may hold whole sentences (一、选择题（本题共5小题，每小题4分，共20分。
        // 每小题只有一个选项符合题意）): the heading is judged without it, within a longer limit for the whole.
        // A named part (Part Two:, 第二部分：) is a heading by its word alone, as a key row names its part before its entries.
        if (heading.Length == 0 && m.Value.Any(char.IsLetter) && !NumbersItsLine(m) && m.Value[0] is not ('(' or '（') && IsLineStart(text, m.Index, out _)) heading = m.Value.Trim().TrimEnd(':', '：', '.');
        var bare = heading.Contains('。') || heading.Length > MaxHeadingLength ? BracketedNote().Replace(heading, "") : heading;
        if (_lexicon.PartNoteColon(bare) is > 0 and var colon) bare = bare[..colon];
        if (heading.Length == 0 || bare.Length > MaxHeadingLength || heading.Length > MaxNotedHeadingLength) return null;
        if (bare.IndexOfAny(['。', '？', '?', '！', '!']) >= 0) return null;
        return new StructuralToken
        {
            Kind = TokenKind.Section, Start = start, End = stop, Number = n, Label = m.Groups["n"].Value,
            Family = NumbersItsLine(m) ? MarkerFamily.Numeral : default,
            HeadingText = heading, AtLineStart = IsLineStart(text, start, out var indent), Indent = indent,
        };
    }

    [GeneratedRegex(@"[一二三四五六七八九十]{1,3}[、．.][^。？?！!\n]*$")]
    private static partial Regex SectionNumeralBefore();

    // A bracketed note in a heading: the part's instruction, its points and count.
    [GeneratedRegex(@"[(（][^()（）\n]*[)）]")]
    private static partial Regex BracketedNote();

    // Longest heading with its bracketed instruction.
    private const int MaxNotedHeadingLength = 200;

    // A section numeral (一、) opens the short text before the label, with no sentence ending between them.
    private static bool AfterSectionNumeral(string text, int index)
    {
        int from = Math.Max(0, index - MaxHeadingLength);
        return SectionNumeralBefore().IsMatch(text.AsSpan(from, index - from));
    }

    // The answer-key heading pattern (LabelLexicon) allows a chapter's number before its word.
    [GeneratedRegex(@"^[ \t]*" + LabelLexicon.ChapterNumberPrefix + @"[ \t]*$")]
    private static partial Regex ChapterPrefixPattern();

    // The answer-key heading pattern (LabelLexicon) allows the same name before its word.
    [GeneratedRegex(@"^[ \t]*" + LabelLexicon.PaperNamePrefix + @"[ \t]*$")]
    private static partial Regex PaperNamePrefixPattern();

    private static bool IsLineStart(string text, int index, out int indent)
    {
        indent = 0;
        int i = index - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u3000')
        {
            indent += text[i] == '\t' ? 4 : 1;
            i--;
        }
        if (i >= 0 && text[i] != '\n' && LineBreakBeforeLeadingBlank(text, i + 1) is int lineBreak)
        {
            // True/false papers print the previous item's blank at the start of the next item's line (( ) 2.>…).
            indent = 0;
            i = lineBreak;
        }
        return i < 0 || text[i] == '\n';
    }

    // A bracket pair, empty or holding an answer (( C ) 1., （ × ）2．: answer-marked files print the answer in front of
    // the number), ends right before `end` with only spaces before it on its line: the offset of the line break
    // before that line (-1 at the text's start). Null when there is no such bracket.
    private static int? LineBreakBeforeLeadingBlank(string text, int end)
    {
        int i = end - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u3000') i--;
        if (i < 0 || text[i] is not (')' or '）')) return null;
        i--;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u3000') i--;
        if (i >= 0 && text[i] is '√' or '×' or '✓' or '✗' or '✔' or '✘') i--;
        else
            for (int letters = 0; i >= 0 && text[i] is >= 'A' and <= 'H' && letters < 6; letters++) i--;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u3000') i--;
        if (i < 0 || text[i] is not ('(' or '（')) return null;
        i--;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u3000') i--;
        return i < 0 || text[i] == '\n' ? i : null;
    }
}
