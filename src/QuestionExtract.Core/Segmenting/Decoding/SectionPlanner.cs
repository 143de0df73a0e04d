using System.Text.RegularExpressions;

namespace QuestionExtract.Segmenting.Decoding;

/// <summary>
/// Decides the section headings and the answer-key heading before the questions are decoded: a heading is
/// kept when a question candidate follows it directly and its numeral counts on from the last heading (a key
/// heading resets the count). A decimal item whose short text names a part (<c>1.单选题(每题2分)</c>,
/// <c>1. Docker - Basics</c>) directly followed by a first question is a digit-numbered section heading.
/// A key may answer only the part it follows: a heading after it that counts on from the parts before the key
/// (not from the key's own parts) ends the key, and the next part's questions follow.
/// </summary>
public sealed partial class SectionPlanner(QuestionLikeness likeness, AnswerKeyGrid grid, LabelLexicon lexicon)
{
    private const int MaxDigitHeading = 40;

    public sealed record Plan(IReadOnlyList<StructuralToken> Headings, IReadOnlyList<StructuralToken> Items, AnswerKeyRegions AnswerKeys);

    public Plan Decide(DocumentText document, IReadOnlyList<StructuralToken> candidates)
    {
        var text = document.Text;
        var stream = WithDigitSections(document, candidates);
        var headings = new List<StructuralToken>();
        var items = new List<StructuralToken>();
        // section counts the headings of the stretch the loop is in (a key's own parts count from 1 again);
        // questionSection is where the questions' parts stood when the key began.
        int chapter = 0, section = 0, questionSection = 0, keyStart = -1;
        bool seenItem = false, seenNumbered = false, partKey = false;
        var keys = new List<(int, int)>();
        var keyFirst = new Dictionary<int, int>();
        var answerLabel = AnswerLabelUnderFirstQuestion(document, stream);
        for (int i = 0; i < stream.Count; i++)
        {
            var t = stream[i];
            if (headings.Count > 0 && t.Kind != TokenKind.Item && t.Start < headings[^1].End) continue;
            // A heading inside a marker already taken (问题一、 holds 一、) is no heading; a digit heading shares
            // its start with the decimal item it was made from, which it replaces only if it is kept.
            if (t.Kind != TokenKind.Item && items.Count > 0 && t.Start < items[^1].End && !(t.Start == items[^1].Start && t.Number is not null)) continue;
            switch (t.Kind)
            {
                case TokenKind.Item:
                    if (headings.Count > 0 && t.Start < headings[^1].End) continue;
                    items.Add(t);
                    seenItem = true;
                    seenNumbered |= t.Number is not null;
                    break;
                // A key printed before the questions (参考答案 ⏎ 题号 1 2 3 ⏎ 答案 B D A, then 一、选择题): a compact key or a
                // grid right under a heading that no numbered item precedes answers the questions after it, and ends
                // where they start.
                case TokenKind.AnswerKey when keyStart < 0 && !seenNumbered && StandsAsHeading(document, t)
                                              && (grid.StartsAt(text, t.End) || AnswerKeyRanges.StartAt(text, t.End)) && QuestionsStartAfter(stream, i) is int questions:
                    headings.Add(t);
                    keys.Add((t.Start, questions));
                    break;
                case TokenKind.AnswerKey when keyStart < 0 && seenItem && StandsAsHeading(document, t) && KeyCountsFrom(text, stream, i, items, headings) is int partFirst
                                              && !string.Equals(t.Label, answerLabel, StringComparison.OrdinalIgnoreCase):
                    if (partFirst > 1) keyFirst[t.Start] = partFirst;
                    headings.Add(t);
                    keyStart = t.Start;
                    partKey = t.AnswersItsPart;
                    questionSection = section;
                    section = 0;
                    break;
                // Chapters (第一章 总论, 第二部分, Part 2) stand above the parts: each numbers its parts from 一 again
                // (第一章 ⏎ 一、单项选择题 … 第二章 ⏎ 一、单项选择题). A chapter's own key ends where the next chapter opens.
                // A chapter named right under a key's heading (Answers to Odd-Numbered Exercises ⏎ Section 2.3) names
                // the part the key answers: the key goes on under it.
                // (A part the key numbers from 1 as its own is read as one, below.)
                case TokenKind.Section when keyStart >= 0 && t.Number != section + 1 && headings.Count > 0 && headings[^1].Start == keyStart
                                            && string.IsNullOrWhiteSpace(text[headings[^1].End..t.Start]) && ChapterHeading().IsMatch(text.AsSpan(t.Start, t.End - t.Start)):
                    break;
                case TokenKind.Section when t.AtLineStart && t.Number is int c && c > chapter && c <= chapter + 1 + MaxSkippedParts
                                            && ChapterHeading().IsMatch(text.AsSpan(t.Start, t.End - t.Start))
                                            && (OpensQuestions(text, stream, i) || FirstItemAfterMaterial(stream, i) is not null):
                    if (keyStart >= 0)
                    {
                        keys.Add((keyStart, t.Start));
                        keyStart = -1;
                    }
                    if (items.Count > 0 && items[^1].Start == t.Start) items.RemoveAt(items.Count - 1);
                    headings.Add(t);
                    chapter = c;
                    section = 0;
                    questionSection = 0;
                    break;
                // The next part of questions after a key that answered the part before it: its numeral counts on
                // from the questions' parts and not from the key's own (一、 … 二、 in a key restate the parts), or
                // the key said it answers its part (本部分答案) and any heading follows with a question under it.
                case TokenKind.Section when keyStart >= 0 && (NextItem(text, stream, i) ?? FirstItemAfterMaterial(stream, i, NumberBefore(items, keyStart) + 1)) is not null
                                            && (t.Number is { } n ? questionSection > 0 && n == questionSection + 1 && (n != section + 1 || partKey) : partKey):
                    keys.Add((keyStart, t.Start));
                    keyStart = -1;
                    headings.Add(t);
                    if (items.Count > 0 && items[^1].Start == t.Start) items.RemoveAt(items.Count - 1);
                    section = t.Number ?? questionSection;
                    break;
                // Questions with no part heading over them (1.… 2.… 3.… ⏎ 答案：1.A2.B3.C ⏎ 二、简答题 ⏎ 4.…): the key
                // names no part of its own before 二, and the question under 二 counts on from the questions
                // above the key rather than answering one of them, so 二 opens the next part of questions.
                case TokenKind.Section when keyStart >= 0 && questionSection == 0 && section == 0 && t.Number == 2
                                            && NextItem(text, stream, i) is { Number: { } next } && next == NumberBefore(items, keyStart) + 1:
                    keys.Add((keyStart, t.Start));
                    keyStart = -1;
                    headings.Add(t);
                    if (items.Count > 0 && items[^1].Start == t.Start) items.RemoveAt(items.Count - 1);
                    section = 2;
                    break;
                // A page heading that is an answer-key heading (<h2>Answer Key</h2>) is decided as the key, next.
                case TokenKind.Section when t.Number is null && i + 1 < stream.Count && stream[i + 1].Kind == TokenKind.AnswerKey && stream[i + 1].Start == t.Start:
                    break;
                // A part named as the one the key answered was (Round 1: Geography … Answers … Round 2: Science): an unnumbered
                // heading after a key that follows a part under an unnumbered heading of the same first word, with an item
                // that asks right under it, opens the next part of questions; the key's entries ask nothing, and a heading
                // of another name after the key (Explanations) is the key's.
                case TokenKind.Section when keyStart >= 0 && t.Number is null && t.AtLineStart && PartHeadingBefore(headings, keyStart) is { Number: null } before
                                            && HeadWord(text, before) is { Length: > 0 } word && HeadWord(text, t) == word
                                            && NextItem(text, stream, i) is { } first && likeness.Asks(text[first.End..document.LineEnd(first.End)].Trim()):
                    keys.Add((keyStart, t.Start));
                    keyStart = -1;
                    headings.Add(t);
                    if (items.Count > 0 && items[^1].Start == t.Start) items.RemoveAt(items.Count - 1);
                    section = questionSection;
                    break;
                case TokenKind.Section when t.Number is null:
                    // A heading that is itself a question candidate (a heading that asks) is not a section, and
                    // neither is a heading below the level of the question heading above it (## 3. How would you
                    // design…? ⏎ ### Follow-up questions): a part of that question's answer.
                    if (!(items.Count > 0 && items[^1].Start == t.Start) && !UnderQuestionHeading(document, items, t) && NextItem(text, stream, i) is not null) headings.Add(t);
                    break;
                // A key's part named as the paper names it, its ranges or grid under it (一、单项选择题 ⏎ 1-5 CABAD).
                case TokenKind.Section when keyStart >= 0 && t.Number == section + 1 && (AnswerKeyRanges.RangeAt(text, t.End) || grid.StartsAt(text, t.End)):
                case TokenKind.Section when t.Number == section + 1 && (NextItem(text, stream, i) ?? FirstItemAfterMaterial(stream, i) ?? FirstItemAfterInstruction(text, stream, i)) is not null:
                // A part printed without its questions (三、操作题（共30分） ⏎ （略）) right before the key or the next part.
                case TokenKind.Section when t.Number == section + 1 && t.AtLineStart && keyStart < 0 && EmptyPart(text, stream, i):
                // A part kept on its own, or a chapter's exercise, keeps the paper's numerals (三、解答题 first; 一、单项选择题
                // then 四、计算分析题): a line-start heading naming a kind of question, a question right under it, counts
                // on from a lower numeral.
                case TokenKind.Section when t.Number > section + 1 && t.Number <= section + 1 + MaxSkippedParts && t.AtLineStart
                                            && lexicon.NamesQuestionPart(parser.Parse(0, t.HeadingText).Name) && NextItem(text, stream, i) is not null:
                    if (items.Count > 0 && items[^1].Start == t.Start) items.RemoveAt(items.Count - 1);
                    headings.Add(t);
                    section = t.Number.Value;
                    break;
            }
        }
        if (keyStart >= 0) keys.Add((keyStart, text.Length));
        return new Plan(headings, items, new AnswerKeyRegions(keys, keyFirst));
    }

    // Decimal items that may be part headings get a section candidate beside them.
    private List<StructuralToken> WithDigitSections(DocumentText document, IReadOnlyList<StructuralToken> candidates)
    {
        var text = document.Text;
        var result = new List<StructuralToken>(candidates.Count);
        for (int i = 0; i < candidates.Count; i++)
        {
            var t = candidates[i];
            // The item stays beside its heading candidate: the planner drops it only when it keeps the heading.
            // A nested list item is a point of the item above it, never a part heading.
            if (t.Kind == TokenKind.Item && t.Family == MarkerFamily.Decimal && t.Number is not null && document.ParentListItemStart(t.Start) < 0
                && DigitHeading(document, candidates, i) is { } heading)
                result.Add(heading);
            result.Add(t);
        }
        result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));
        return result;
    }

    private StructuralToken? DigitHeading(DocumentText document, IReadOnlyList<StructuralToken> candidates, int index)
    {
        var text = document.Text;
        var t = candidates[index];
        int lineEnd = document.LineEnd(t.End);
        // The first later item candidate that is not this marker (another family may match the same place).
        StructuralToken? next = null;
        for (int j = index + 1; j < candidates.Count; j++)
        {
            if (candidates[j].Kind != TokenKind.Item || candidates[j].Start < t.End) continue;
            next = candidates[j];
            break;
        }
        // Sub-point styles (①, (1)) after a short text are an answer's list, not a part's first question.
        // A labelled question on the line under a short topic (2. Defining good service ⏎ Question: What does…?)
        // is the topic's question as a first question is a part's.
        if (next is null || next.Family is MarkerFamily.Circled or MarkerFamily.Parenthesized or MarkerFamily.Bullet) return null;
        if (next.Number != 1 && !(next.Family == MarkerFamily.Labelled && next.AtLineStart && next.Start > lineEnd)) return null;
        int stop = next.Start <= lineEnd ? next.Start : lineEnd;
        if (stop - t.End > MaxDigitHeading * 4 || next.Start - stop > MaxDigitHeading * 4) return null;
        if (next.Start > lineEnd && !string.IsNullOrWhiteSpace(text[lineEnd..next.Start])) return null;
        var heading = text[t.End..stop].Trim();
        if (heading.Length == 0 || heading.Length > MaxDigitHeading || likeness.IsQuestionLike(heading)) return null;
        // A part name is one phrase: no sentence inside, no label before more text (1.答案:B).
        if (heading.IndexOfAny(['。', '.', '，', ',', ':', '：']) is var p && p >= 0 && p < heading.Length - 1) return null;
        return new StructuralToken
        {
            Kind = TokenKind.Section, Start = t.Start, End = stop, Number = t.Number, Label = t.Label,
            HeadingText = heading, AtLineStart = t.AtLineStart, Indent = t.Indent,
        };
    }

    // A key word alone on its line right under the first question (1. …？ / 【参考答案】 / 1. a point …) is that
    // question's answer label, and the same word under the next questions labels theirs: an answer key follows a
    // run of questions, not one. Questions are counted in the family of the first numbered line-start item, or of the
    // first line-start item where none is numbered (its (1) sub-questions are not questions, nor a part heading's
    // numeral), and in a line, the next number of that family. Null when the first key word stands after
    // more than one question.
    private static string? AnswerLabelUnderFirstQuestion(DocumentText document, List<StructuralToken> stream)
    {
        int questions = 0;
        // An item made from a part heading (一、单选题 is also a numeral item candidate) is not a question here.
        var headingStarts = stream.Where(t => t.Kind == TokenKind.Section).Select(t => t.Start).ToHashSet();
        // Numbered questions set the family when there are any: an asking line before them (a page title that
        // asks) is no first question of theirs.
        // A part's numeral that no section heading was made from ((一)根据以下资料，回答1～4题。) stands over the questions
        // only once: a family that numbers more line-start items is the questions'.
        var numbered = stream.Where(t => t.Kind == TokenKind.Item && t.AtLineStart && t.Number is not null && !headingStarts.Contains(t.Start)).ToList();
        MarkerFamily? family = numbered.FirstOrDefault()?.Family;
        if (family == MarkerFamily.Numeral && numbered.Count(t => t.Family == family) == 1)
            family = numbered.FirstOrDefault(t => t.Family != MarkerFamily.Numeral)?.Family ?? family;
        int last = 0;
        foreach (var t in stream)
        {
            if (t.Kind == TokenKind.Item && t.AtLineStart && !headingStarts.Contains(t.Start))
            {
                family ??= t.Family;
                if (t.Family == family) (questions, last) = (questions + 1, t.Number ?? 0);
            }
            // On a flattened page the next question runs on in the line (…D．丁2．下列…): counting on, it is one.
            else if (t.Kind == TokenKind.Item && t.Family == family && t.Number is int n && last > 0 && n == last + 1)
                (questions, last) = (questions + 1, n);
            else if (t.Kind == TokenKind.AnswerKey && family is not null && StandsAsHeading(document, t))
                return questions == 1 ? t.Label : null;
        }
        return null;
    }

    // A heading opens its line, or on a flattened page runs on into what it heads. A key word closing a line
    // after a question (题目:…说明。 答案) is that question's bare answer label, its answer on the lines below.
    private static bool StandsAsHeading(DocumentText document, StructuralToken t) =>
        t.AtLineStart || t.End >= document.Text.Length || !document.Text.AsSpan(t.End, document.LineEnd(t.End) - t.End).IsWhiteSpace();

    // A chapter's marker: 第一章, 第2节, 第三部分, Part II, Section 2 (a level above the parts numbered 一、).
    [GeneratedRegex(@"^[ \t#*]*(?:第[0-9一二三四五六七八九十]{1,3}(?:章|节|節|部分|部份)|(?:Part|PART|Section)\b)")]
    private static partial Regex ChapterHeading();

    // A question or a part heading follows the chapter's heading, nothing but its name between.
    private static bool OpensQuestions(string text, List<StructuralToken> stream, int index)
    {
        for (int j = index + 1; j < stream.Count; j++)
        {
            var t = stream[j];
            if (t.Start < stream[index].End) continue;
            if (t.Kind == TokenKind.Item) return string.IsNullOrWhiteSpace(text[stream[index].End..t.Start]);
            return t.Kind == TokenKind.Section;
        }
        return false;
    }

    // Where the questions start after a key printed before them: the first heading, or the first line-start item
    // numbered 1, after the key's heading.
    private static int? QuestionsStartAfter(List<StructuralToken> stream, int index)
    {
        for (int j = index + 1; j < stream.Count; j++)
        {
            var t = stream[j];
            if (t.Start < stream[index].End) continue;
            if (t.Kind == TokenKind.Section || (t.Kind == TokenKind.Item && t.AtLineStart && t.Number == 1)) return t.Start;
        }
        return null;
    }

    // A part numbered 一、 heads no question numbered 一、 as well: that is the next part of a list of parts.
    // The part heading the questions before the key at keyStart stood under, or null.
    private static StructuralToken? PartHeadingBefore(List<StructuralToken> headings, int keyStart) =>
        headings.LastOrDefault(h => h.Kind == TokenKind.Section && h.Start < keyStart);

    // The first word of a heading's text: its leading Latin letters, or its first two other letters (Round, 第一).
    private static string HeadWord(string text, StructuralToken heading)
    {
        var line = text.AsSpan(heading.Start, heading.End - heading.Start).TrimStart(" \t#*");
        int n = 0;
        if (line.Length > 0 && char.IsAsciiLetter(line[0])) while (n < line.Length && char.IsAsciiLetter(line[n])) n++;
        else while (n < line.Length && n < 2 && char.IsLetter(line[n])) n++;
        return line[..n].ToString();
    }

    private static StructuralToken? NextItem(string text, List<StructuralToken> stream, int index)
    {
        bool numeralHeading = stream[index].Family == MarkerFamily.Numeral;
        for (int j = index + 1; j < stream.Count; j++)
        {
            var t = stream[j];
            // (A part's （一） questions are its items, not numerals of parts.)
            if (t.Start < stream[index].End || (numeralHeading && t.Kind == TokenKind.Item && t.Family == MarkerFamily.Numeral && t.Delimiter is not (")" or "）"))) continue;
            if (t.Kind == TokenKind.Item)
                return string.IsNullOrWhiteSpace(text[stream[index].End..t.Start]) ? t : null;
            return null;
        }
        return null;
    }

    private const int MaxEmptyPartNote = 40;

    // The key or the next part's heading comes right after the heading, with at most a short note between them on
    // one line.
    private static bool EmptyPart(string text, List<StructuralToken> stream, int index)
    {
        var heading = stream[index];
        var next = stream.Skip(index + 1).FirstOrDefault(t => t.Start >= heading.End);
        if (next is null || !(next.Kind == TokenKind.AnswerKey || (next.Kind == TokenKind.Section && next.Number == heading.Number + 1))) return false;
        var between = text.AsSpan(heading.End, next.Start - heading.End).Trim();
        return between.Length <= MaxEmptyPartNote && between.IndexOf('\n') < 0;
    }

    // The number of the last numbered question before the key, or 0.
    private static int NumberBefore(List<StructuralToken> items, int keyStart) => items.LastOrDefault(t => t.Start < keyStart && t.Number is not null)?.Number ?? 0;

    // A reading part sets its passage between its heading and its questions (Part II Reading ⏎ passage ⏎ 1. …,
    // 二、阅读理解 ⏎ 材料 ⏎ 1．…): a numbered heading at a line start is followed by a first question when the
    // first line-start item after it is number 1 (or next, where the numbers run on across parts) and no other
    // heading or key comes between.
    private static StructuralToken? FirstItemAfterMaterial(List<StructuralToken> stream, int index, int? next = null)
    {
        var heading = stream[index];
        if (!heading.AtLineStart) return null;
        for (int j = index + 1; j < stream.Count; j++)
        {
            var t = stream[j];
            if (t.Start < heading.End || (t.Kind == TokenKind.Item && !t.AtLineStart)) continue;
            if (t.Kind != TokenKind.Item || t.Start - heading.End > MaxMaterial) return null;
            return (t.Number == 1 || (next is not null && t.Number == next)) && t.Family is MarkerFamily.Decimal or MarkerFamily.Parenthesized ? t : null;
        }
        return null;
    }

    // A part names what its items are and says on one line how to answer them (二、辨析题（共8分） ⏎
    // 判断正误，并说明理由。 ⏎ 4．…): a line-start heading naming a kind of question, one short line of instruction,
    // then an item.
    private StructuralToken? FirstItemAfterInstruction(string text, List<StructuralToken> stream, int index)
    {
        var heading = stream[index];
        if (!heading.AtLineStart || !lexicon.NamesQuestionPart(parser.Parse(0, heading.HeadingText).Name)) return null;
        for (int j = index + 1; j < stream.Count; j++)
        {
            var t = stream[j];
            if (t.Start < heading.End) continue;
            if (t.Kind != TokenKind.Item || !t.AtLineStart) return null;
            var gap = text.AsSpan(heading.End, t.Start - heading.End).Trim();
            if (gap.Length is 0 or > MaxInstruction || gap.IndexOf('\n') >= 0 || gap[^1] is not ('。' or '.' or '：' or ':')) return null;
            // The item starts the part's count or goes on from the last one: a skipped number says the line was an item.
            var before = stream.Take(index).LastOrDefault(p => p.Kind == TokenKind.Item && p.Family == t.Family && p.Number is not null);
            return t.Number == 1 || (before is not null && t.Number == before.Number + 1) ? t : null;
        }
        return null;
    }

    private const int MaxInstruction = 50;

    private const int MaxMaterial = 3000;

    private static bool UnderQuestionHeading(DocumentText document, List<StructuralToken> items, StructuralToken heading)
    {
        if (items.Count == 0) return false;
        int questionLevel = document.HeadingLevelAt(items[^1].Start), level = document.HeadingLevelAt(heading.Start);
        return questionLevel > 0 && level > questionLevel && document.InHeading(items[^1].Start);
    }

    // Parts a document may leave out before the first it keeps, or between two it keeps.
    private const int MaxSkippedParts = 4;

    private readonly SectionHeadingParser parser = new(lexicon);

    // The number the questions of the current part start at (6 when part two goes on from part one's 1–5): a key
    // after that part alone starts there.
    // The number a key's entries start again from: the last part's first question's, or, for a paper printed from a
    // later number (19．… across parts 二 to 四), the paper's first question's. Null when the key starts from neither.
    private int? KeyCountsFrom(string text, List<StructuralToken> stream, int index, List<StructuralToken> items, List<StructuralToken> headings)
    {
        int partFirst = FirstNumberOfPart(headings, items);
        if (StartsRestart(text, stream, index, partFirst, headings)) return partFirst;
        int paperFirst = items.FirstOrDefault(t => t.AtLineStart && t.Number is not null)?.Number ?? partFirst;
        return paperFirst != partFirst && StartsRestart(text, stream, index, paperFirst, headings) ? paperFirst : null;
    }

    private static int FirstNumberOfPart(List<StructuralToken> headings, List<StructuralToken> items)
    {
        int after = headings.Count > 0 ? headings[^1].End : 0;
        // Items are in document order: the search starts at the heading, not at the document's first item.
        for (int k = TokenPositions.FirstAtOrAfter(items, after); k < items.Count; k++)
            if (items[k].AtLineStart && items[k].Number is { } n) return n;
        // A flattened page opens no line with an item: its first numbered one starts the part (21. … 26. Answer Key 21.B …).
        for (int k = TokenPositions.FirstAtOrAfter(items, after); k < items.Count; k++)
            if (items[k].Number is { } n && items[k].Family == MarkerFamily.Decimal) return n;
        return 1;
    }

    private bool StartsRestart(string text, List<StructuralToken> stream, int index, int partFirst, List<StructuralToken> headings)
    {
        // A compact key (1-5 ABCDA) counts from 1 as well, and so does a grid (题号 1 2 3 / 答案 A C B).
        if (AnswerKeyRanges.StartAt(text, stream[index].End, partFirst) || grid.StartsAt(text, stream[index].End)) return true;
        int from = stream[index].End;
        bool namedPart = false;
        for (int j = index + 1; j < stream.Count; j++)
        {
            var t = stream[j];
            if (t.Start < from) continue;
            // An exam key may carry its part's numeral before the first entry (一、1. B  2. D).
            // A note in brackets on a line of its own under the heading ((课程代码 00054), （仅供参考）) is the heading's.
            var gap = AnswerKeyHeadingNote.Without(text[from..t.Start]);
            if (!string.IsNullOrWhiteSpace(gap) && !KeyPartNumeral.IsAlone(gap)) return false;
            // The key names a part as the paper did (二、填空题 over a part kept on its own).
            if (t.Kind == TokenKind.Section && (t.Number == 1 || headings.Any(h => h.Kind == TokenKind.Section && h.Number is not null && h.Number == t.Number))) return true;
            if (t.Kind == TokenKind.Item && (t.Number == 1 || t.Number == partFirst)) return true;
            if (t.Kind == TokenKind.Item) continue;
            // Or names it its own way (Answers to Odd-Numbered Exercises ⏎ Section 2.3 ⏎ 1. …): one heading, its
            // first entry right under it.
            if (t.Kind == TokenKind.Section && !namedPart)
            {
                namedPart = true;
                from = t.End;
                continue;
            }
            return false;
        }
        return false;
    }
}
