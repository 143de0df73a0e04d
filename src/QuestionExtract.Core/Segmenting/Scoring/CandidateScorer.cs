using QuestionExtract.Text;

namespace QuestionExtract.Segmenting.Scoring;

/// <summary>
/// Gives each question candidate its features and a score from <see cref="DecoderWeights"/>. It looks only at
/// the candidate and the text up to the next likely marker; what the neighbours mean is the decoder's business.
/// </summary>
public sealed class CandidateScorer(DecoderWeights weights, QuestionLikeness likeness, LabelLexicon lexicon)
{
    private readonly double[] _family = Enum.GetValues<MarkerFamily>().Select(weights.Family).ToArray();

    // The feature weights, read once per scorer rather than looked up by name per candidate.
    private readonly double _askingInNumberedDocument = weights["features.askingInNumberedDocument"];
    private readonly double _askingRun = weights["features.askingRun"];
    private readonly double _asks = weights["features.asks"];
    private readonly double _gluedAfterLetterOrDigit = weights["features.gluedAfterLetterOrDigit"];
    private readonly double _headingBlock = weights["features.headingBlock"];
    private readonly double _labelFollows = weights["features.labelFollows"];
    private readonly double _lineStart = weights["features.lineStart"];
    private readonly double _linesFollow = weights["features.linesFollow"];
    private readonly double _midLine = weights["features.midLine"];
    private readonly double _midLongLine = weights["features.midLongLine"];
    private readonly double _noEvidence = weights["features.noEvidence"];
    private readonly double _noEvidenceNamed = weights["features.noEvidenceNamed"];
    private readonly double _optionsFollow = weights["features.optionsFollow"];
    private readonly double _questionLevelHeading = weights["features.questionLevelHeading"];
    private readonly double _nestedUnderItem = weights["features.nestedUnderItem"];
    private readonly double _pointsNote = weights["features.pointsNote"];
    private readonly double _subQuestionsFollow = weights["features.subQuestionsFollow"];
    private readonly double _collapsedBody = weights["features.collapsedBody"];
    private readonly double _answeredByKey = weights["features.answeredByKey"];
    private readonly double _statementPart = weights["features.statementPart"];
    private readonly double _askingList = weights["features.askingList"];
    private readonly double _answeredList = weights["features.answeredList"];
    private readonly double _inAnswerList = weights["features.inAnswerList"];
    private readonly double _followUpOfItem = weights["features.followUpOfItem"];
    private readonly double _commentedTask = weights["features.commentedTask"];
    private readonly double _inRequirementList = weights["features.inRequirementList"];

    // A line this long is a flattened page: markers inside it are the norm, not a sign of a nested point.
    private const int LongLine = 300;
    // How far after a marker the scorer looks for labels and options.
    private const int Window = 1500;
    private const int OpeningLength = 200;
    private const int NearEnd = 300;

    public IReadOnlyList<CandidateFeatures> Score(DocumentText document, IReadOnlyList<StructuralToken> items, Decoding.AnswerKeyRegions answerKeys, IReadOnlyList<StructuralToken>? headings = null)
    {
        var text = document.Text;
        var labels = document.LabelMatches(lexicon).Select(m => m.Index)
            .Concat(lexicon.ChoiceAnswerMatches(text).Select(m => m.Index)).Order().ToArray();
        // Each candidate's opening, and whether it asks, found once: the count of numbered asking items looks at the first ones too.
        var openings = new string?[items.Count];
        var openingAsks = new bool?[items.Count];
        // The document's questions already have a form (numbered items that ask, or headings of one level):
        // a bare asking line elsewhere is more likely a question inside an answer.
        bool formedQuestions = CountNumberedAsking(document, items, openings, openingAsks) >= 2 || items.Any(t => t.QuestionLevelHeading);
        var problemHeadings = ProblemHeadings(document, items, openings);
        // Items nested in another item's list (a sub-list under "5. k-means clustering.") and the items they are nested in.
        var lineStarts = items.Where(t => t.AtLineStart).Select(t => document.LineStart(t.Start)).ToHashSet();
        var parents = new int[items.Count];
        var hasAskingChild = new HashSet<int>();
        for (int i = 0; i < items.Count; i++)
        {
            parents[i] = items[i].AtLineStart ? document.ParentListItemStart(items[i].Start) : -1;
            if (parents[i] >= 0 && !lineStarts.Contains(parents[i])) parents[i] = -1;
            if (parents[i] >= 0 && Asks(openings[i] ??= Opening(document, items, i))) hasAskingChild.Add(parents[i]);
        }
        // Where the next candidate of the same family starts: a code-first stem reaches its instruction and marks there.
        var nextOfFamily = new int[items.Count];
        var following = new Dictionary<MarkerFamily, int>();
        for (int i = items.Count - 1; i >= 0; i--)
        {
            nextOfFamily[i] = following.GetValueOrDefault(items[i].Family, text.Length);
            following[items[i].Family] = items[i].Start;
        }
        // A numbered stem with its parts on lines under it: the parts, up to the stem's next number at a line start,
        // are its own.
        var stemParts = new bool[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            if (AskingSubQuestionUnder(document, items, i, openings, labels, headings) is not { } first) continue;
            hasAskingChild.Add(document.LineStart(items[i].Start));
            for (int j = first; j < items.Count && !(items[j].AtLineStart && items[j].Family == items[i].Family); j++)
                if (items[j].AtLineStart && items[j].Family == items[first].Family) stemParts[j] = true;
        }
        // Each candidate's window and line length, found once: whether it asks and its other features both need them.
        var windowEnds = new int[items.Count];
        var longLines = new bool[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            windowEnds[i] = WindowEnd(text, items, i);
            longLines[i] = IsLongLine(document, items[i]);
        }
        // Three question labels inside one line are a record of questions flattened onto it, however short the line.
        foreach (var line in Enumerable.Range(0, items.Count).Where(i => items[i].Family == MarkerFamily.Labelled && !items[i].AtLineStart)
                     .GroupBy(i => document.LineStart(items[i].Start)))
            if (line.Count() >= 3) foreach (var i in line) longLines[i] = true;
        var asking = new bool[items.Count];
        for (int i = 0; i < items.Count; i++) asking[i] = ItemAsks(document, items, i, openings, openingAsks, nextOfFamily, windowEnds[i], longLines[i]);
        var inAskingList = AskingListMembers(document, items, asking);
        var follows = new bool[items.Count];
        // Lines under the item, or items nested under it (- 问 / ␣␣- 答：…): what answers it.
        for (int i = 0; i < items.Count; i++)
            follows[i] = LinesFollow(document, items[i], windowEnds[i]) || (i + 1 < items.Count && parents[i + 1] >= 0 && parents[i + 1] == document.LineStart(items[i].Start));
        var inAnsweredList = AnsweredListMembers(items, asking, follows, parents);
        var inAnswerList = AnswerListMembers(document, items, answerKeys, asking);
        var inRequirementList = RequirementListMembers(document, items, answerKeys);
        // The numbers the document's answer key answers: its entries, or the ranges of a compact key.
        // A compact key's ranges number decimal items (1-5 ABCDA); an entry answers its own family's number.
        var keyed = items.Where(t => t.Number is not null && answerKeys.Contains(t.Start)).Select(t => (t.Family, t.Number!.Value))
            .Concat(answerKeys.All.SelectMany(k => AnswerKeyRanges.NumbersAfter(text, k.Start)).Select(n => (MarkerFamily.Decimal, n))).ToHashSet();
        var superseded = SupersededBeforeKey(items, answerKeys, headings ?? []);
        var statementPart = InStatementPart(document, items, headings ?? [], answerKeys);
        var partHeadings = new PartHeadings(text, headings);
        var result = new CandidateFeatures[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            var c = items[i];
            int windowEnd = windowEnds[i];
            // A nested item's body ends where its list gives way: the label or lines there (the parent's <details>
            // answer under its sub-questions) follow the parent, not this item.
            int ownEnd = parents[i] >= 0 || stemParts[i] ? document.ListRunEnd(c.Start, windowEnd) : windowEnd;
            bool inKey = answerKeys.Contains(c.Start);
            // A statement the key at the end answers (a true/false bank without blanks): the key says it is an item.
            // Decimal items only: a named part (试题一) the key repeats as its own heading is no statement to judge.
            bool answeredByKey = !inKey && answerKeys.Count > 0 && c.AtLineStart && c.Family == MarkerFamily.Decimal && c.Number is int kn && keyed.Contains((c.Family, kn))
                                 && !superseded[i];
            // Part of a word (abc1.); a single letter before is an answer letter run into the next number (答案:C12.).
            // The second term of a ratio (3 : 2. If there are…) is part of a number as well.
            bool glued = c.Family != MarkerFamily.Asking
                         && ((c.Start > 1 && char.IsAsciiLetterOrDigit(text[c.Start - 1]) && char.IsAsciiLetterOrDigit(text[c.Start - 2])) || AfterRatioColon(text, c.Start));
            // The page was cut inside this candidate: whatever would show it asks may be what was cut.
            // A point that names its topic before a colon (3.应对矛盾:-广告形式…) explains; it was not cut before it could ask.
            bool atEnd = i == items.Count - 1 && CutAtEnd(text.AsSpan(c.End).Trim()) && !OpensWithTerm(openings[i] ??= Opening(document, items, i));
            bool longLine = longLines[i];
            bool asks = asking[i];
            // Options need an "A" and a "B" (either width); most windows have neither, and skip the pattern.
            var optionWindow = text.AsSpan(c.End, Math.Min(windowEnd, c.End + 600) - c.End);
            bool options = optionWindow.IndexOfAny(OptionLetterA) >= 0 && optionWindow.IndexOfAny(OptionLetterB) >= 0
                           && ChoiceParser.HasOptions(optionWindow);
            bool label = HasLabel(labels, c.End, ownEnd);
            // More lines before the next candidate: a title-like question with its answer under it.
            bool linesFollow = LinesFollow(document, c, ownEnd);
            bool heading = document.InHeading(c.Start);
            // Right under a part's heading an asking line is the part's question, not a line of the answer above.
            bool askingInNumbered = c.Family == MarkerFamily.Asking && !c.QuestionLevelHeading && formedQuestions && !partHeadings.RightUnder(c.Start);
            // Asking lines one under another are a list of bare questions, not a sub-question inside an answer.
            bool askingRun = c.Family == MarkerFamily.Asking && (AdjacentAsking(document, items, i, i - 1) || AdjacentAsking(document, items, i, i + 1));

            double score = _family[(int)c.Family];
            score += c.AtLineStart ? _lineStart : longLine ? _midLongLine : _midLine;
            if (glued) score += _gluedAfterLetterOrDigit;
            // Marks for the item ((10分), (分数:2.00)) before the next item of its family: it is a question to answer.
            bool points = c.Family != MarkerFamily.Asking && HasPointsNote(text.AsSpan(c.End, Math.Min(nextOfFamily[i], c.End + PointsWindow) - c.End));
            if (asks) score += _asks;
            if (answeredByKey) score += _answeredByKey;
            if (statementPart[i]) score += _statementPart;
            // A numbered comment over code in a program of such comments (-- 1、查询… ⏎ SELECT …): a task and its
            // solution, though the comment states what to do as SQL exercise sets do (查询…, 统计…).
            bool commentedTask = c.CommentLed && linesFollow;
            if (commentedTask) score += _commentedTask;
            if (inAskingList[i] && !asks) score += _askingList;
            bool answeredList = inAnsweredList[i] && !asks;
            if (answeredList) score += _answeredList;
            if (points) score += _pointsNote;
            if (options) score += _optionsFollow;
            if (label) score += _labelFollows;
            // Cut off by the end of the page, the evidence may be what was cut: half the penalty.
            bool nested = parents[i] >= 0 || stemParts[i];
            bool subQuestions = c.AtLineStart && hasAskingChild.Contains(document.LineStart(c.Start));
            if (nested) score += _nestedUnderItem;
            if (subQuestions) score += _subQuestionsFollow;
            // A problem's numbered title set as a heading, as the document's other problems are (## 70. 爬楼梯,
            // ## 198. 打家劫舍): the heading level is where its questions stand, though its statement does not ask.
            bool questionLevel = c.QuestionLevelHeading || problemHeadings[i];
            if (questionLevel) score += _questionLevelHeading;
            else if (!asks && !options && !label && !inKey && !subQuestions && !points && !inAskingList[i] && !answeredList && !answeredByKey && !statementPart[i] && !commentedTask)
            {
                // A marker that names its item a question (第3题, Q#13) at a line start is evidence of its own.
                // So is a question label the page was cut right after (…问:如果有客人在大堂 ⏎ 试读结束): what it opened was cut.
                double none = (c.AtLineStart && c.Family is MarkerFamily.Ordinal or MarkerFamily.QuestionWord) || (atEnd && c.Family == MarkerFamily.Labelled)
                    ? _noEvidenceNamed : _noEvidence;
                score += atEnd ? none / 2 : none;
            }
            if (heading) score += _headingBlock;
            if (linesFollow) score += _linesFollow;
            if (askingInNumbered) score += _askingInNumberedDocument;
            if (askingRun) score += _askingRun;
            // Folded away under a summary (<details>): the body answers what stands above it.
            bool collapsed = document.InCollapsedBody(c.Start);
            if (collapsed) score += _collapsedBody;
            if (inAnswerList[i]) score += _inAnswerList;
            if (inRequirementList[i]) score += _inRequirementList;
            bool followUp = FollowsUpItem(items, i);
            if (followUp) score += _followUpOfItem;
            result[i] = new CandidateFeatures
            {
                LineStart = c.AtLineStart, LongLine = longLine, GluedAfterLetterOrDigit = glued, Asks = asks, OptionsFollow = options,
                LabelFollows = label, LinesFollow = linesFollow, HeadingBlock = heading, QuestionLevelHeading = questionLevel, NestedUnderItem = nested, SubQuestionsFollow = subQuestions, PointsNote = points, AskingRun = askingRun, AskingList = inAskingList[i] && !asks, AnsweredList = answeredList, InAnswerKey = inKey, AnsweredByKey = answeredByKey, InStatementPart = statementPart[i], AskingInNumberedDocument = askingInNumbered, CollapsedBody = collapsed, InAnswerList = inAnswerList[i], InRequirementList = inRequirementList[i], FollowUpOfItem = followUp, CommentedTask = commentedTask, Score = score,
            };
        }
        return result;
    }

    // An interviewer's follow-up (追问：…) whose nearest candidate above, other follow-ups aside, is a numbered,
    // bulleted or bare question: it is asked within that question. In a record of labelled questions (问：… 答：…)
    // it is one of them.
    private static bool FollowsUpItem(IReadOnlyList<StructuralToken> items, int i)
    {
        if (!items[i].FollowUp) return false;
        for (int j = i - 1; j >= 0; j--)
            if (!items[j].FollowUp) return items[j].Family != MarkerFamily.Labelled;
        return false;
    }

    // The points of an answer, listed under its label (1．简述… ⏎ 【答案要点】 ⏎ （1）…（4分） ⏎ （2）…): a list in another
    // numbering style than the item before it that opens after an answer or analysis label, and the items of that
    // style that follow it with no other style between. Sub-point styles only: a question family does not number
    // an answer's points. Not in an answer key, whose heading is a label word too.
    private bool[] AnswerListMembers(DocumentText document, IReadOnlyList<StructuralToken> items, Decoding.AnswerKeyRegions answerKeys, bool[] asking)
    {
        var result = new bool[items.Count];
        int[]? answerLabels = null;
        MarkerFamily? list = null;
        // A list in the questions' own style that a sentence of an answer introduces with a colon (It is computed as
        // follows: ⏎ 1. Find … ⏎ 2. Find …): its steps count on from 1, and the list ends where the count breaks.
        StructuralToken? firstStep = null;
        int lastStep = 0;
        for (int i = 1; i < items.Count; i++)
        {
            var c = items[i];
            // A key's entries under its heading (参考答案： ⏎ 1．C) answer the questions; they are no answer's points.
            bool inKey = answerKeys.Contains(c.Start);
            if (!inKey && firstStep is not null && c.Family == firstStep.Family && c.Delimiter == firstStep.Delimiter && c.Number == lastStep + 1)
            {
                result[i] = true;
                lastStep++;
                continue;
            }
            // Points nested under a step (- For a given data point …) leave the list open.
            if (firstStep is not null && c.Family != firstStep.Family && !inKey) continue;
            firstStep = null;
            // A group's label (Round 2 (coding):, java方面:) opens the next group of questions, not an answer's steps.
            if (!inKey && c.AtLineStart && c.Number == 1 && !c.AfterGroupLabel && OwnerOfList(document, items, i, asking) is { } owner && IntroducedByColon(document, owner, c, MinIntroduction))
            {
                result[i] = true;
                (firstStep, lastStep) = (c, 1);
                continue;
            }
            if (c.Family == list && !inKey) { result[i] = true; continue; }
            list = null;
            if (inKey) continue;
            var before = items[i - 1];
            // A follow-up (追问：…) and its answer stand inside the numbered question before them: the next item
            // of that question's style goes on with the questions, not with a list of the follow-up's answer.
            int followed = i - 1;
            while (followed > 0 && items[followed].FollowUp) followed--;
            if (before.FollowUp && items[followed].Family == c.Family) continue;
            if (before.Family == c.Family || c.Family is not (MarkerFamily.Parenthesized or MarkerFamily.Circled or MarkerFamily.Bullet or MarkerFamily.Decimal)
                || before.Family is MarkerFamily.Asking or MarkerFamily.Bullet) continue;
            answerLabels ??= [.. document.LabelMatches(lexicon).Where(m => lexicon.KindOf(m.Groups["w"].Value) is LabelKind.Answer or LabelKind.Analysis).Select(m => m.Index)];
            if (!HasLabel(answerLabels, before.End, c.Start)) continue;
            result[i] = true;
            list = c.Family;
        }
        return result;
    }

    // The nearest numbered candidate of the list's own style before it: the item whose body holds the list.
    // It must ask or stand as a heading, as a question does: a number that only looks like a marker (2 yr. ago, a
    // post's age) owns no list.
    private StructuralToken? OwnerOfList(DocumentText document, IReadOnlyList<StructuralToken> items, int i, bool[] asking)
    {
        for (int j = i - 1; j >= 0; j--)
            if (items[j].Family == items[i].Family)
                return items[j].Number >= 1 && (asking[j] || document.InHeading(items[j].Start)) ? items[j] : null;
        return null;
    }

    // A numbered item whose marker names it a question (【题目一】, 第2题, Question 3) says itself which lines are
    // questions: a list in another style that a line of its own body introduces with a colon (讨论要求： ⏎ 1．… ⏎ 2．…)
    // is part of what it sets, its requirements or its tasks. The list counts on from 1 in one style.
    private bool[] RequirementListMembers(DocumentText document, IReadOnlyList<StructuralToken> items, Decoding.AnswerKeyRegions answerKeys)
    {
        var result = new bool[items.Count];
        for (int i = 1; i < items.Count; i++)
        {
            if (items[i - 1] is not { Family: MarkerFamily.QuestionWord, AtLineStart: true, Number: >= 1 } named) continue;
            var first = items[i];
            if (first.Family == named.Family || !first.AtLineStart || first.Number != 1 || answerKeys.Contains(first.Start)
                || !IntroducedByColon(document, named, first, MinRequirementHeading)) continue;
            for (int j = i, next = 1; j < items.Count && items[j].Family == first.Family && items[j].Delimiter == first.Delimiter && items[j].Number == next; j++, next++)
                result[j] = true;
        }
        return result;
    }

    // The line above the candidate ends in a colon and lies below the owner's own line: a sentence of the owner's
    // body that introduces what follows. A label (问题：, 参考答案：) is no such sentence: what it opens is its own.
    private bool IntroducedByColon(DocumentText document, StructuralToken owner, StructuralToken c, int minLength)
    {
        var text = document.Text;
        if (MarkerScanner.NonBlankLineAbove(text, document.LineStart(c.Start)) is not { } above || above.Start <= document.LineStart(owner.Start)) return false;
        var line = text.AsSpan(above.Start, above.End - above.Start).Trim();
        if (line.Length <= minLength || line[^1] is not (':' or '：')) return false;
        return !document.LabelMatches(lexicon).Any(m => m.Index >= above.Start && m.Index < above.End);
    }

    private const int MinIntroduction = 5;
    // Under a named question a short heading introduces its list too (要求：, Tasks:).
    private const int MinRequirementHeading = 2;

    // A numbered line under a heading that names a part of statements (四、填空题, 名词解释), or in a document whose
    // title names one before any heading, is an item of that part though it does not ask. Only numbered items at
    // a line start, not nested: a part's items, not an answer's points; nothing after the answer key.
    // A first line longer than this is no title that names a part (a flattened page's text).
    private const int MaxTitleLine = 200;

    private bool[] InStatementPart(DocumentText document, IReadOnlyList<StructuralToken> items, IReadOnlyList<StructuralToken> headings, Decoding.AnswerKeyRegions answerKeys)
    {
        var result = new bool[items.Count];
        var text = document.Text;
        string? title = null;
        int h = -1;
        for (int i = 0; i < items.Count; i++)
        {
            var c = items[i];
            while (h + 1 < headings.Count && headings[h + 1].Start < c.Start) h++;
            if (!c.AtLineStart || c.Number is null || c.Family is MarkerFamily.Asking or MarkerFamily.Bullet or MarkerFamily.Circled || answerKeys.Contains(c.Start)) continue;
            string? part;
            if (h >= 0) part = headings[h].Kind == TokenKind.Section ? headings[h].HeadingText : null;
            else part = document.LineEnd(0) < c.Start && document.LineEnd(0) <= MaxTitleLine ? title ??= text[..document.LineEnd(0)] : null;
            result[i] = lexicon.StatementPartKind(part) is not null && document.ParentListItemStart(c.Start) < 0;
        }
        return result;
    }

    private const int BlankWindow = 400;
    private const int MaxTermLength = 8;

    // A short term and a colon with the explanation after it: the shape of an answer's point.
    private static bool OpensWithTerm(string opening)
    {
        int colon = opening.AsSpan().IndexOfAny(':', '：');
        return colon > 0 && colon <= MaxTermLength && colon < opening.Length - 1 && opening.AsSpan(0, colon).IndexOfAny("。，,？?！! ") < 0;
    }

    private static bool IsLongLine(DocumentText document, StructuralToken c) => document.LineEnd(c.Start) - document.LineStart(c.Start) > LongLine;

    private bool ItemAsks(DocumentText document, IReadOnlyList<StructuralToken> items, int i, string?[] openings, bool?[] openingAsks, int[] nextOfFamily, int windowEnd, bool longLine)
    {
        var text = document.Text;
        var c = items[i];
        if (c.Family == MarkerFamily.Asking && !c.QuestionLevelHeading) return true;
        // A flashcard's front is what the card asks, whatever its wording.
        if (c.Flashcard) return true;
        var opening = openings[i] ??= Opening(document, items, i);
        // "1.题目:…": the label says it is a question.
        if (lexicon.QuestionLabelPrefixOf(opening).Success) return true;
        // A blank to fill anywhere in the item asks too (a true/false item's ( ) often opens the next line).
        return (openingAsks[i] ?? Asks(opening)) || (!longLine && LineEndsAsking(document, items, i))
               || Fields.FillInBlank.In(text.AsSpan(c.End, Math.Min(windowEnd, c.End + BlankWindow) - c.End))
               // A statement closed by a true/false mark in brackets is one to judge, its answer filled in.
               || (opening.Length > 0 && lexicon.TrueFalseMark.IsMatch(text.AsSpan(c.End, Math.Min(document.LineEnd(c.End), windowEnd) - c.End)))
               || (c.Family != MarkerFamily.Asking && CodeLine.LooksLikeCode(opening) && InstructionAfterCodeAsks(text.AsSpan(c.End, Math.Min(nextOfFamily[i], c.End + PointsWindow) - c.End)))
               || (c.AtLineStart && c.Family == MarkerFamily.Decimal && ProblemTitle.Is(opening) && StatementUnderAsks(document, c, windowEnd));
    }

    // A numbered stem whose asks are its parts, each on a line of its own under it (17．已知… ⏎ （1）求… ⏎ （2）求…):
    // the first line-start candidate after the stem is a part numbered 1 in a sub-point style, and it asks. The
    // stem states something of its own first: a short line over (1) (1. 单选题) names a part, it is no stem. A stem
    // with its answer label, or a heading, before the (1) is a whole question, and the (1) belongs to what follows.
    // Returns the first part's index.
    private int? AskingSubQuestionUnder(DocumentText document, IReadOnlyList<StructuralToken> items, int i, string?[] openings, int[] labels, IReadOnlyList<StructuralToken>? headings)
    {
        var c = items[i];
        if (!c.AtLineStart || c.Family is not (MarkerFamily.Decimal or MarkerFamily.Ordinal or MarkerFamily.QuestionWord)) return null;
        for (int j = i + 1; j < items.Count; j++)
        {
            var t = items[j];
            if (t.Start < c.End || !t.AtLineStart) continue;
            if (HasLabel(labels, c.End, t.Start) || (headings?.Any(h => h.Start >= c.End && h.Start < t.Start) ?? false)) return null;
            bool stem = FoldedText.Of(document.Text[c.End..t.Start]).Length >= MinStemBeforeParts;
            return stem && t.Number == 1 && t.Family is MarkerFamily.Parenthesized or MarkerFamily.Circled
                   && Asks(openings[j] ??= Opening(document, items, j)) ? j : null;
        }
        return null;
    }

    private const int MinStemBeforeParts = 10;

    // Numbered headings whose text is a problem's title (## 70. 爬楼梯), where two or more stand at one heading level.
    private bool[] ProblemHeadings(DocumentText document, IReadOnlyList<StructuralToken> items, string?[] openings)
    {
        var result = new bool[items.Count];
        var byLevel = new Dictionary<int, List<int>>();
        for (int i = 0; i < items.Count; i++)
        {
            var c = items[i];
            if (!c.AtLineStart || c.Family != MarkerFamily.Decimal || document.HeadingLevelAt(c.Start) is not (int level and >= 0)) continue;
            if (!ProblemTitle.Is(openings[i] ??= Opening(document, items, i))) continue;
            if (!byLevel.TryGetValue(level, out var list)) byLevel[level] = list = [];
            list.Add(i);
        }
        foreach (var list in byLevel.Values)
            if (list.Count >= 2)
                foreach (var i in list) result[i] = true;
        return result;
    }

    // The statement on the line under a title ends in a question (假设你正在爬楼梯。…有多少种方法？).
    private static bool StatementUnderAsks(DocumentText document, StructuralToken c, int windowEnd)
    {
        var text = document.Text;
        int next = document.LineEnd(c.End) + 1;
        if (next >= Math.Min(windowEnd, text.Length)) return false;
        var line = text.AsSpan(next, Math.Min(document.LineEnd(next), windowEnd) - next).TrimEnd();
        return line.Length > 0 && line[^1] is '?' or '？';
    }

    private static bool AfterRatioColon(string text, int start)
    {
        int k = start - 1;
        while (k >= 0 && text[k] is ' ' or '\t') k--;
        if (k < 0 || text[k] is not (':' or '：' or '∶')) return false;
        k--;
        while (k >= 0 && text[k] is ' ' or '\t') k--;
        return k >= 0 && char.IsAsciiDigit(text[k]);
    }

    // More lines before the next candidate: a title-like question with its answer under it.
    private static bool LinesFollow(DocumentText document, StructuralToken c, int windowEnd)
    {
        if (c.Family == MarkerFamily.Asking) return false;
        int lineEnd = document.LineEnd(Math.Min(c.End, document.Text.Length - 1));
        return windowEnd > lineEnd + 1 && !document.Text.AsSpan(lineEnd, windowEnd - lineEnd).IsWhiteSpace();
    }

    // A list of questions each with its answer under it (面经, FAQ posts): items of one family and form at line
    // starts, counting on, each followed by lines or by items nested under it. When most of them ask, the others (说一个你做过的案例。) are its
    // questions too, first or last in the list as well as between two that ask.
    private const int AnsweredListMinItems = 3;

    // A line-start decimal item with a later one of its number in its part, before the next key (a material's numbered
    // facts, 1.… 2.…, above the questions 1.… 2.…): the key answers the later one, the run that reaches it. Each part
    // (a heading, a key) is a run of its own.
    private static bool[] SupersededBeforeKey(IReadOnlyList<StructuralToken> items, Decoding.AnswerKeyRegions answerKeys, IReadOnlyList<StructuralToken> headings)
    {
        var superseded = new bool[items.Count];
        if (answerKeys.Count == 0) return superseded;
        var keyStarts = answerKeys.All.Select(k => k.Start).Concat(headings.Select(h => h.Start)).Order().ToList();
        var seen = new HashSet<int>();
        int key = keyStarts.Count - 1;
        for (int i = items.Count - 1; i >= 0; i--)
        {
            var c = items[i];
            // Past a key's or a heading's start going back: the items there are another part's.
            while (key >= 0 && c.Start < keyStarts[key])
            {
                seen.Clear();
                key--;
            }
            if (answerKeys.Contains(c.Start) || !c.AtLineStart || c.Family != MarkerFamily.Decimal || c.Number is not int n) continue;
            superseded[i] = !seen.Add(n);
        }
        return superseded;
    }

    private static bool[] AnsweredListMembers(IReadOnlyList<StructuralToken> items, bool[] asking, bool[] follows, int[] parents)
    {
        var members = new bool[items.Count];
        var runs = new Dictionary<MarkerFamily, List<int>>();
        void Close(List<int> run)
        {
            int asks = run.Count(k => asking[k]);
            if (run.Count >= AnsweredListMinItems && asks * 3 >= run.Count * 2)
                foreach (int k in run) members[k] = true;
            run.Clear();
        }
        for (int i = 0; i < items.Count; i++)
        {
            var c = items[i];
            // Items nested under another belong to its answer, not to the list.
            if (c.Family is MarkerFamily.Asking or MarkerFamily.Labelled || parents[i] >= 0) continue;
            if (!runs.TryGetValue(c.Family, out var run)) runs[c.Family] = run = [];
            bool fits = c.AtLineStart && follows[i];
            if (run.Count > 0 && !(fits && NextInAnsweredList(items[run[^1]], c))) Close(run);
            if (fits) run.Add(i);
        }
        foreach (var run in runs.Values) Close(run);
        return members;
    }

    private static bool NextInAnsweredList(StructuralToken previous, StructuralToken next) =>
        !previous.IndentedApartFrom(next) && previous.Delimiter == next.Delimiter
        && (previous.Family == MarkerFamily.Bullet ? previous.Label == next.Label : previous.Number is int n && next.Number == n + 1);

    // A bare list of interview topics (面经): consecutive numbers, one short line each, no answer between them.
    // When several of its items ask, the others (线程池, checkpoint流程) are questions named by their topic.
    private const int AskingListMinItems = 3;
    private const int AskingListMinAsking = 2;
    private const int BareItemLength = 120;

    private static bool[] AskingListMembers(DocumentText document, IReadOnlyList<StructuralToken> items, bool[] asking)
    {
        var members = new bool[items.Count];
        int runStart = 0;
        for (int i = 1; i <= items.Count; i++)
        {
            if (i < items.Count && NextInBareList(document, items[i - 1], items[i])) continue;
            int count = i - runStart, asks = 0;
            for (int k = runStart; k < i; k++) if (asking[k]) asks++;
            if (count >= AskingListMinItems && asks >= AskingListMinAsking)
                for (int k = runStart; k < i; k++) members[k] = true;
            runStart = i;
        }
        return members;
    }

    // The next item of a bare list: the next number of the family (or 1 under a group label: java方面: 1.), right
    // after a short item on the same line or on the next line; or the next bullet on the line under a short one.
    private static bool NextInBareList(DocumentText document, StructuralToken previous, StructuralToken next)
    {
        if (previous.Family != next.Family || previous.Family is MarkerFamily.Asking or MarkerFamily.Labelled || previous.AtLineStart != next.AtLineStart || previous.IndentedApartFrom(next)) return false;
        // Bullets count by standing one under another, each on its own line.
        if (previous.Family == MarkerFamily.Bullet)
            return previous.AtLineStart && document.Text.AsSpan(previous.End, next.Start - previous.End).Trim() is var item && item.Length is > 0 and <= BareItemLength && item.IndexOf('\n') < 0;
        if (previous.Number is not { } n || (next.Number != n + 1 && !(next.Number == 1 && next.AfterGroupLabel))) return false;
        var between = document.Text.AsSpan(previous.End, next.Start - previous.End).Trim();
        if (between.Length == 0 || between.Length > BareItemLength) return false;
        // On their own lines, one line each (and the group label's line); run together on one line, no sentence between them.
        int labelLines = next.AfterGroupLabel ? 1 : 0;
        return previous.AtLineStart ? between.Count('\n') <= labelLines : document.LineStart(previous.Start) == document.LineStart(next.Start) && between.IndexOfAny('。', '\n') < 0;
    }

    // A scenario stem tells its story first and asks in its last sentence (…他中了。对此你怎么看?): the item's
    // line ending in a question mark asks, however many sentences come before.
    private static bool LineEndsAsking(DocumentText document, IReadOnlyList<StructuralToken> items, int index)
    {
        var c = items[index];
        if (c.End >= document.Text.Length) return false;
        int end = document.LineEnd(c.End);
        if (index + 1 < items.Count && items[index + 1].Start < end && items[index + 1].Start >= c.End) end = items[index + 1].Start;
        var rest = document.Text.AsSpan(c.End, Math.Max(0, end - c.End)).TrimEnd();
        return rest.Length > 0 && rest[^1] is '?' or '？';
    }

    private static readonly System.Buffers.SearchValues<char> OptionLetterA = System.Buffers.SearchValues.Create("AＡ");
    private static readonly System.Buffers.SearchValues<char> OptionLetterB = System.Buffers.SearchValues.Create("BＢ");

    // Candidate j is an asking line on the line right before or after candidate i's line.
    private static bool AdjacentAsking(DocumentText document, IReadOnlyList<StructuralToken> items, int i, int j)
    {
        if (j < 0 || j >= items.Count || items[j].Family != MarkerFamily.Asking) return false;
        var (first, second) = j < i ? (items[j], items[i]) : (items[i], items[j]);
        int end = WrappedLines.LogicalLineEnd(document.Text, document.LineEnd(first.Start));
        return end < document.Text.Length && document.LineStart(end + 1) == document.LineStart(second.Start);
    }

    private const int PointsWindow = 600;

    // "()" is a blank to fill after prose (是() / is () ), but a call after a name (ImageField(), foo()).
    private static bool HasEmptyParentheses(string text)
    {
        for (int i = text.IndexOf("()", StringComparison.Ordinal); i >= 0; i = text.IndexOf("()", i + 2, StringComparison.Ordinal))
            if (i == 0 || !(char.IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] == '_')) return true;
        return false;
    }

    // A question that opens with code says what to do in the first prose line after it.
    private bool InstructionAfterCodeAsks(ReadOnlySpan<char> body) =>
        CodeLine.InstructionAfterCode(body) is { } instruction && Asks(body[instruction.Start..instruction.End].Trim().ToString());

    // Every built-in points-note pattern holds 分; most windows have none and skip the patterns. The window is
    // matched as a span: the same input as a copy of it, without the copy.
    private bool HasPointsNote(ReadOnlySpan<char> body)
    {
        if (lexicon.PointsNoteMark is char mark && body.IndexOf(mark) < 0) return false;
        foreach (var pattern in lexicon.PointsNotes)
            if (pattern.IsMatch(body)) return true;
        return false;
    }


    // Asking, or a blank to fill in ((  ), ____): a stem of a choice or fill-in question asks without a '?'.
    private bool Asks(string opening) =>
        likeness.IsQuestionLike(opening) || opening.Contains("( )") || HasEmptyParentheses(opening) || opening.Contains("（）")
        || opening.Contains("（ ）") || opening.Contains("__");

    private int CountNumberedAsking(DocumentText document, IReadOnlyList<StructuralToken> items, string?[] openings, bool?[] openingAsks)
    {
        int count = 0;
        for (int i = 0; i < items.Count && count < 2; i++)
            if (items[i].Number is not null && items[i].AtLineStart && (openingAsks[i] = Asks(openings[i] ??= Opening(document, items, i))) == true) count++;
        return count;
    }

    // The document ends on the marker's own line, not at a sentence end: the page was cut inside the item's first
    // sentence, where what shows that it asks would have been.
    private static bool CutAtEnd(ReadOnlySpan<char> rest) =>
        rest.Length == 0 || (rest.Length < NearEnd && !rest.Contains('\n') && !SentenceSplitter.SentenceEnds.Contains(rest[^1]));

    private static bool HasLabel(int[] labels, int from, int to)
    {
        int k = Array.BinarySearch(labels, from);
        if (k < 0) k = ~k;
        return k < labels.Length && labels[k] < to;
    }

    // The body a candidate could have: up to the next candidate that opens a line or continues its family.
    private static int WindowEnd(string text, IReadOnlyList<StructuralToken> items, int index)
    {
        var c = items[index];
        int cap = Math.Min(text.Length, c.End + Window);
        for (int j = index + 1; j < items.Count && items[j].Start < cap; j++)
        {
            // Statements numbered ①② under a numbered stem (a combination choice: ①… ②… ⏎ A．①② B．①③) are the
            // stem's: its options and label lie past them.
            if (items[j].Family == MarkerFamily.Circled && c.Family != MarkerFamily.Circled) continue;
            // An interviewer's follow-up under a question (追问：… ⏎ 参考答案：…) is part of it: so is its label.
            if (items[j].FollowUp && c.Family != MarkerFamily.Labelled) continue;
            if (items[j].Start >= c.End && (items[j].AtLineStart || items[j].Family == c.Family)) return items[j].Start;
        }
        return cap;
    }

    // The first words after the marker: the rest of its line (or the next non-empty line when the marker stands
    // alone), cut at the next candidate on it, at most two sentences.
    private static string Opening(DocumentText document, IReadOnlyList<StructuralToken> items, int index)
    {
        var text = document.Text;
        var c = items[index];
        int from = c.End;
        while (from < text.Length && char.IsWhiteSpace(text[from])) from++;
        if (from >= text.Length) return "";
        int end = document.LineEnd(from);
        for (int j = index + 1; j < items.Count && items[j].Start < end; j++)
            if (items[j].Start > from) { end = items[j].Start; break; }
        end = Math.Min(end, from + OpeningLength);
        if (end <= from) return "";
        var line = text[from..end];
        var sentences = SentenceSplitter.Split(line, 2);
        return sentences.Count == 0 ? "" : line[..sentences[Math.Min(1, sentences.Count - 1)].End];
    }

}
