namespace QuestionExtract.Segmenting.Candidates;

/// <summary>
/// Unnumbered questions: a short line that asks (ends in a question mark, or is a heading that asks), or any
/// short line followed by an answer label line, or a heading of the level the document's questions use. Lines
/// that already start with another candidate are left to it.
/// </summary>
public sealed partial class AskingLineSource(QuestionLikeness likeness, LabelLexicon lexicon) : ICandidateSource
{
    private readonly QuestionHeadingLevel _questionLevel = new(likeness);

    private const int MinLength = 4;
    private const int MaxLength = 160;

    IEnumerable<StructuralToken> ICandidateSource.Find(DocumentText document, IReadOnlyList<StructuralToken> found) => Find(document, found);

    private bool OmissionNote(string line)
    {
        if (line.Length < 3 || line[0] is not ('（' or '(') || line[^1] is not ('）' or ')')) return false;
        var inside = line[1..^1].Trim();
        int cut = inside.IndexOfAny(['，', ',', '：', ':', '。', ' ']);
        return lexicon.Placeholders.Contains(cut > 0 ? inside[..cut] : inside);
    }

    public List<StructuralToken> Find(DocumentText document, IReadOnlyList<StructuralToken> existing)
    {
        var text = document.Text;
        var taken = existing.Where(t => t.Kind == TokenKind.Item && t.AtLineStart).Select(t => document.LineStart(t.Start)).ToHashSet();
        // A part's numeral (一、基本情况) numbers no question.
        var partLines = existing.Where(t => t.Kind == TokenKind.Section && t.AtLineStart).Select(t => document.LineStart(t.Start)).ToHashSet();
        bool numbered = taken.Any(l => !partLines.Contains(l));
        // Where the number opening each line (1., 2.; not a part's 一、) ends: the rest of the line is the item's own text.
        var markerEnds = new Dictionary<int, int>();
        foreach (var t in existing)
            if (t.Kind == TokenKind.Item && t.AtLineStart && t.Family == MarkerFamily.Decimal) markerEnds.TryAdd(document.LineStart(t.Start), t.End);
        int? questionLevel = _questionLevel.Find(document, taken.Contains);
        // A first line that asks for questions (有哪些常见的护士面试问题？ - 知乎) is the page's title, and so is the page's
        // copy of it as the question's heading.
        if (text.Length > 0 && text.AsSpan(0, document.LineEnd(0)).Trim() is var first && CollectionQuestion.IsMatch(first))
        {
            int end = first.LastIndexOfAny('？', '?') + 1;
            var title = first[..end].ToString();
            for (int line = 0; line < text.Length; line = document.LineEnd(line) + 1)
                if (text.AsSpan(line, document.LineEnd(line) - line).Trim().StartsWith(title, StringComparison.Ordinal)) taken.Add(line);
        }
        // A question label opening a heading (#### 追问：…) names a question as the document's other headings do:
        // the heading is a candidate of theirs too, so keeping it switches no family.
        foreach (var t in existing)
            if (t.Kind == TokenKind.Item && t.AtLineStart && t.Family == MarkerFamily.Labelled && document.HeadingLevelAt(t.Start) >= 0
                && document.LineStart(t.Start) is var line
                && !existing.Any(o => o.Kind == TokenKind.Item && o.AtLineStart && o.Family != MarkerFamily.Labelled && document.LineStart(o.Start) == line))
                taken.Remove(line);
        // A marker alone on its line (第一题, Q:, 1.) has its question on the next line: that line is the marker's.
        foreach (var t in existing)
            if (t.Kind == TokenKind.Item && t.AtLineStart && text.AsSpan(t.End, document.LineEnd(t.End) - t.End).IsWhiteSpace() && NextNonEmptyLine(text, document.LineEnd(t.End) + 1) is int owned)
                taken.Add(owned);
        var labels = document.LabelMatches(lexicon);
        var labelLines = labels.Select(m => document.LineStart(m.Index)).ToHashSet();
        // Lines that open with an answer label (a label inside a flattened line says nothing of the line before).
        var answerLines = labels
            .Where(m => lexicon.KindOf(m.Groups["w"].Value) == LabelKind.Answer && text.AsSpan(document.LineStart(m.Index), m.Index - document.LineStart(m.Index)).IsWhiteSpace())
            .Select(m => document.LineStart(m.Index)).ToHashSet();
        // A thread's answers heading (24 Answers) answers the question the thread asks, not the line right above it
        // (the asker's name, the post's tags); a line right above it that asks by a request (Tell me about…, …? Give an example.) is that question.
        // A heading that is a label word too (最佳答案, Best Answer) still answers the line above, as that label does.
        var threadHeadingMatches = lexicon.AnswerHeadingMatches(text).ToList();
        var threadHeadingLines = threadHeadingMatches.Where(m => lexicon.FieldOfLabel(m.Groups["w"].Value) is null).Select(m => document.LineStart(m.Index)).ToHashSet();
        answerLines.ExceptWith(threadHeadingLines);
        var found = new List<StructuralToken>();
        // Requests (Describe…, Name some ways…) ending in a full stop: questions only inside a run of asking lines.
        var requests = new List<(int LineStart, int From, int LogicalEnd)>();
        // Questions put as statements (你如何看待加班。, 请做个自我介绍。): questions only where they stand as the asking lines do.
        var stated = new List<(int LineStart, int From, int LogicalEnd)>();
        int start = 0;
        string? previous = null;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            int next = end + 1;
            if (!taken.Contains(start) && !labelLines.Contains(start) && Trimmed(text, start, end) is var (from, to) && to - from is >= MinLength and <= MaxLength)
            {
                var line = text[from..to];
                // A figure alone on its line asks nothing; the label under it answers the line above it.
                if (FigureLine.Is(line)) { start = next; continue; }
                // A bracketed note that the part's content is left out (（略，见上机操作）) holds no question.
                if (OmissionNote(line)) { start = next; continue; }
                // An option line (A．10 B．20 …) answers the question above it, whatever label follows it.
                if (OptionLinePattern().IsMatch(line) || IsBareOptionLine(text, from, start, end)) { start = next; continue; }
                // The asking sentence of a numbered stem set on two lines (1．甲部门人数是乙部门的2倍。/ 则乙部门原有多少人？
                // / A．…): it finishes the item above, whose options or label follow it.
                if (FinishesNumberedStem(document, start, end, taken, labelLines)) { start = next; continue; }
                // A problem's statement under its numbered title (3. 爬楼梯 ⏎ 假设你正在爬楼梯。…有多少种方法？): the
                // sentences before its question say it is the item's text, not a bare question of its own.
                if (StatesUnderNumberedTitle(document, start, from, to, markerEnds)) { start = next; continue; }
                // A line printed twice in a row is a title or heading shown twice, not two questions.
                bool repeated = line == previous || (NextNonEmptyLine(text, next) is int following && text.AsSpan(following, document.LineEnd(following) - following).Trim().SequenceEqual(line));
                previous = line;
                if (repeated) { start = next; continue; }
                // A hard-wrapped line finishes the sentence above it; a line wrapped onto the next asks when its end does.
                if (WrappedLines.ContinuesAbove(text, start)) { start = next; continue; }
                int logicalEnd = WrappedLines.LogicalLineEnd(text, end);
                if (logicalEnd > end) line = text[from..logicalEnd].TrimEnd();
                int level = document.HeadingLevelAt(from);
                bool heading = level >= 0;
                // The table of contents' own heading stands at the questions' level in many Markdown banks.
                if (heading && lexicon.IsContentsHeading(line)) { start = next; continue; }
                bool questionLevelHeading = questionLevel is int q && level == q;
                bool endsAsking = line[^1] is '?' or '？';
                // A title-like line (no full stop) with an answer label on the next line.
                // Where nothing is numbered, a request or a question put as a statement (请谈谈…。) over such a label line too.
                bool labelNext = ((line[^1] is not ('。' or '.' or '；' or ';') || AsksThenRequests(line) || (!numbered && !heading && (likeness.IsImperative(line) || (IsStatedAsk(line) && likeness.AsksByWord(line)))))
                                  && NextNonEmptyLine(text, logicalEnd + 1) is int n && answerLines.Contains(n))
                                 || ((AsksThenRequests(line) || likeness.IsImperative(line)) && NextNonEmptyLine(text, logicalEnd + 1) is int h && threadHeadingLines.Contains(h));
                // A capture that lost the break before a heading glues the question to the line above's end
                // (tick(); // 3What does `this` refer to?): the question starts where it was glued on.
                // The page may be cut inside such a glued question, on the document's last line.
                bool cutOnLastLine = logicalEnd >= text.Length && !SentenceSplitter.SentenceEnds.Contains(line[^1]);
                int at = (endsAsking || cutOnLastLine) && GluedQuestionStart(line) is int glued ? from + glued : from;
                // A choice stem that asks by its gap (…未分配利润为（ ）万元。) with the options on the lines under it, where
                // nothing numbers the questions (a page showing one question): among numbered items it is a stem's line.
                bool gapBeforeOptions = !numbered && !heading && Fields.FillInBlank.In(line) && NextNonEmptyLine(text, logicalEnd + 1) is int o
                    && OptionLinePattern().IsMatch(text.AsSpan(o, document.LineEnd(o) - o).TrimStart());
                // Where nothing numbers the questions, a stem with its lettered options under it and the answer's
                // label under them (Choose the word closest in meaning to "abundant". ⏎ A. scarce … ⏎ Correct answer: B) is
                // a choice question though it neither asks nor leaves a gap.
                bool answeredChoice = !numbered && !heading && line[^1] is not (':' or '：') && AnsweredOptionsFollow(document, logicalEnd + 1, answerLines);
                if (endsAsking || labelNext || gapBeforeOptions || answeredChoice || questionLevelHeading || (heading && likeness.IsQuestionLike(line)) || at > from)
                    found.Add(new StructuralToken { Kind = TokenKind.Item, Family = MarkerFamily.Asking, Start = at, End = at, Label = "", AtLineStart = true, QuestionLevelHeading = questionLevelHeading });
                else if (!heading && likeness.IsImperative(line) && (line[^1] is '.' or '。' || !SentenceSplitter.SentenceEnds.Contains(line[^1])))
                {
                    requests.Add((start, from, logicalEnd));
                    if (IsStatedAsk(line)) stated.Add((start, from, logicalEnd));
                }
                else if (!heading && IsStatedAsk(line) && likeness.AsksByWord(line))
                    stated.Add((start, from, logicalEnd));
            }
            else if (!text.AsSpan(start, end - start).IsWhiteSpace()) previous = null;
            start = next;
        }
        found.AddRange(RequestsInAskingRuns(document, found, requests));
        found.AddRange(RequestsUnderPartHeadings(document, existing, requests, answerLines));
        // Only where the questions are bare lines: among numbered items a stated question is a sentence of an answer.
        if (existing.Count(t => t.Kind == TokenKind.Item && t.AtLineStart && !partLines.Contains(document.LineStart(t.Start))) < 2)
        {
            found.AddRange(StatedAsksInAlternation(document, found, stated, new PartHeadings(text, existing.Where(t => t.AtLineStart))));
            found.AddRange(RequestsInTheQuestionsSlot(document, found, requests));
        }
        return threadHeadingMatches.Count == 0 ? found : OneQuestionAboveTheAnswers(document, found, threadHeadingMatches.Min(m => m.Index));
    }

    // A thread asks one question above its first answers heading: the first asking line (the thread's title); later
    // ones, up to the heading, are the asker's description of it (I bought a 500 GB SSD… Where did the rest go?). A
    // page's title line holding the question and the site's name (…怎么理解？_百度知道) gives way to the question's own
    // line under it. Below the heading nothing changes: a listing page's next questions stand between its answers.
    private static List<StructuralToken> OneQuestionAboveTheAnswers(DocumentText document, List<StructuralToken> found, int heading)
    {
        var asked = found.Where(t => t.Start < heading).OrderBy(t => t.Start).ToList();
        if (asked.Count < 2) return found;
        var first = LineOf(document, asked[0].Start);
        var question = asked.Skip(1).FirstOrDefault(t => LineOf(document, t.Start) is { Length: > 0 } own && first.StartsWith(own, StringComparison.Ordinal)) ?? asked[0];
        return [question, .. found.Where(t => t.Start >= heading)];
    }

    private static string LineOf(DocumentText document, int at) =>
        document.Text.AsSpan(at, document.LineEnd(at) - at).Trim().ToString();

    // A question with a request after it on its line (What is X? Give one example of each.): it asks, though its
    // last sentence ends in a full stop.
    private bool AsksThenRequests(string line)
    {
        int mark = line.AsSpan(0, line.Length - 1).LastIndexOfAny('?', '？');
        return mark > 0 && likeness.IsImperative(line.AsSpan(mark + 1).Trim());
    }

    // Lines of options from A on start at the next line, two at least, and the line after them opens with an answer label.
    private static bool AnsweredOptionsFollow(DocumentText document, int from, HashSet<int> answerLines)
    {
        var text = document.Text;
        if (NextNonEmptyLine(text, from) is not int line || !FirstOptionPattern().IsMatch(text.AsSpan(line, document.LineEnd(line) - line).TrimStart())) return false;
        int options = 0;
        for (int? at = line; at is int l; at = NextNonEmptyLine(text, document.LineEnd(l) + 1))
        {
            var content = text.AsSpan(l, document.LineEnd(l) - l).Trim();
            if (OptionLinePattern().IsMatch(content)) { options++; continue; }
            return options >= 2 && answerLines.Contains(l);
        }
        return false;
    }

    // The first option's letter opening a line: A．, (A), A), [A].
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[AＡ][ \t]?[.．、]|[(（][AＡ][)）]|A\)(?=\S)|[AＡ]）(?=\S)|[\[【]A[\]】](?=\s))")]
    private static partial System.Text.RegularExpressions.Regex FirstOptionPattern();

    // An option with its bare letter and a space (A ls -l), known by its neighbour: the line above opens with the
    // letter before it, or the line below with the letter after it (B ls -a), as a sentence's article A is not.
    private static bool IsBareOptionLine(string text, int from, int start, int end)
    {
        if (from + 2 >= end || text[from] is not (>= 'A' and <= 'H') || text[from + 1] is not (' ' or '\t')) return false;
        char letter = text[from];
        if (start > 0 && BareOptionLine.TextStart(text, text.LastIndexOf('\n', start - 2) + 1, (char)(letter - 1)) >= 0) return true;
        return end < text.Length && BareOptionLine.TextStart(text, end + 1, (char)(letter + 1)) >= 0;
    }

    // An option's letter opening the line: A．/A、/A. , (A), A) or [A] with text after it, a bullet perhaps before it
    // (• A．护理评估, a list of options).
    // A 软考 paper's row of a blank's options opens with the blank's number: （2）A．ARP　B．ICMP.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[•·●▪◆■◦*-][ \t]*)?(?:[(（]\d{1,3}[)）][ \t\u3000]*(?=[A-HＡ-Ｈ][ \t]?[.．、]))?(?:[A-HＡ-Ｈ][ \t]?[.．、]|[(（][A-HＡ-Ｈ][)）]|[A-H]\)(?=\S)|[A-HＡ-Ｈ]）(?=\S)|[\[【][A-H][\]】](?=\s))")]
    private static partial System.Text.RegularExpressions.Regex OptionLinePattern();

    // The line right above (no blank line between) opens with a numbered item whose own text is a sentence that
    // does not ask (it ends in a stop, comma or colon) or a full line broken inside a word, and options or an answer
    // label follow on the next line.
    private static bool FinishesNumberedStem(DocumentText document, int start, int end, HashSet<int> numbered, HashSet<int> labelLines)
    {
        var text = document.Text;
        if (start < 2) return false;
        int above = document.LineStart(start - 1);
        if (!numbered.Contains(above) || document.HeadingLevelAt(above) >= 0) return false;
        var aboveText = text.AsSpan(above, start - 1 - above).TrimEnd();
        // The stem's sentence ends above, or a printed line broke it in a word (…按公 ⏎ 允价值变动计入当期损益。（ ）).
        if (aboveText.Length < StemSentenceMinLength
            || !(aboveText[^1] is '。' or '，' or ',' or '；' or ';' or '：' or ':' || (aboveText.Length >= WrappedStemMinLength && char.IsLetter(aboveText[^1])))) return false;
        if (end + 1 >= text.Length) return false;
        int below = end + 1;
        var belowText = text.AsSpan(below, document.LineEnd(below) - below).Trim();
        return labelLines.Contains(below) || OptionLinePattern().IsMatch(belowText);
    }

    private const int StemSentenceMinLength = 10;
    // A line the page's width broke is a full printed line.
    private const int WrappedStemMinLength = 25;

    private static bool StatesUnderNumberedTitle(DocumentText document, int start, int from, int to, Dictionary<int, int> markerEnds)
    {
        var text = document.Text;
        if (start < 2) return false;
        int above = document.LineStart(start - 1);
        if (!markerEnds.TryGetValue(above, out int markerEnd) || markerEnd > start - 1) return false;
        if (!ProblemTitle.Is(text.AsSpan(markerEnd, start - 1 - markerEnd))) return false;
        return text.AsSpan(from, to - from - 1).IndexOfAny(SentenceEndsInside) >= 0;
    }

    // A stated question is one short sentence, ending in a full stop or in nothing, not a list item.
    private const int StatedAskMaxLength = 60;

    private static bool IsStatedAsk(string line)
    {
        if (line.Length > StatedAskMaxLength || line[0] is '-' or '•' or '·' or '+') return false;
        // An English question opens with a capital; a line of code (name: 'Ada',) asks nothing.
        if (char.IsAsciiLetterLower(line[0]) || CodeLine.LooksLikeCode(line)) return false;
        int inner = line.AsSpan(0, line.Length - 1).IndexOfAny(SentenceEndsInside);
        return inner < 0 && (line[^1] is '.' or '。' || !SentenceSplitter.SentenceEnds.Contains(line[^1]));
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEndsInside = System.Buffers.SearchValues.Create("。？！?!；;");

    // Bare questions that alternate with their answers (a short asking line, its answer under it, the next asking
    // line): a stated question is one of them where it stands as they do. It comes after an asking line, on a line
    // of its own after the end of that question's answer (not right under an asking line, not after a lead-in
    // colon), with its own answer under it, and is no longer than half again the longest asking line.
    private static IEnumerable<StructuralToken> StatedAsksInAlternation(DocumentText document, List<StructuralToken> asking, List<(int LineStart, int From, int LogicalEnd)> stated, PartHeadings parts)
    {
        var text = document.Text;
        var bare = asking.Where(t => t.Family == MarkerFamily.Asking && !t.QuestionLevelHeading).ToList();
        if (bare.Count < 2 || stated.Count == 0) yield break;
        var asked = new SortedSet<int>(bare.Select(t => document.LineStart(t.Start)));
        int longest = bare.Max(t => document.LineEnd(t.Start) - t.Start);
        foreach (var (lineStart, from, logicalEnd) in stated)
        {
            if (asked.Contains(lineStart) || logicalEnd - from > longest * 3 / 2) continue;
            // Before the first asking line only on the first line of a part (一、基本情况 ⏎ 请做一个简单的自我介绍。), where
            // the part's first question stands.
            if (asked.GetViewBetween(int.MinValue, lineStart - 1).Count == 0 && !parts.RightUnder(from)) continue;
            if (PreviousNonEmptyLine(text, lineStart) is not int above || asked.Contains(WrappedLines.LogicalLineStart(text, above))) continue;
            var aboveText = text.AsSpan(above, document.LineEnd(above) - above).TrimEnd();
            if (aboveText.Length == 0 || aboveText[^1] is ':' or '：') continue;
            if (NextNonEmptyLine(text, logicalEnd + 1) is not int below || asked.Contains(below)) continue;
            // A line cut by a hard wrap goes on in small letters on the next line: a piece of a sentence.
            if (below == logicalEnd + 1 && text.AsSpan(below).TrimStart(" \t") is [var first, ..] && char.IsAsciiLetterLower(first)
                && !SentenceSplitter.SentenceEnds.Contains(text[logicalEnd - 1])) continue;
            asked.Add(lineStart);
            yield return new StructuralToken { Kind = TokenKind.Item, Family = MarkerFamily.Asking, Start = from, End = from, Label = "", AtLineStart = true };
        }
    }

    // Bare questions each followed by the same line opening (Why interviewers ask this: / Sample answer:): a request
    // followed by that opening stands in the questions' slot and is one of them, wherever it stands (first too) and
    // however long, up to half again the longest asking line. The opening is the next line's words up to its colon,
    // shared by two thirds of the asking lines, two at least.
    private static IEnumerable<StructuralToken> RequestsInTheQuestionsSlot(DocumentText document, List<StructuralToken> asking, List<(int LineStart, int From, int LogicalEnd)> requests)
    {
        var text = document.Text;
        var bare = asking.Where(t => t.Family == MarkerFamily.Asking && !t.QuestionLevelHeading).ToList();
        if (bare.Count < 2 || requests.Count == 0) yield break;
        string? Opening(int logicalEnd)
        {
            if (NextNonEmptyLine(text, logicalEnd + 1) is not int below) return null;
            var line = text.AsSpan(below, document.LineEnd(below) - below).Trim();
            int colon = line.IndexOfAny(':', '：');
            return colon is > 0 and <= MaxOpening ? line[..colon].ToString() : null;
        }
        var openings = bare.Select(t => Opening(WrappedLines.LogicalLineEnd(text, document.LineEnd(t.Start)))).Where(o => o is not null).GroupBy(o => o!).MaxBy(g => g.Count());
        if (openings is null || openings.Count() < 2 || openings.Count() * 3 < bare.Count * 2) yield break;
        var asked = bare.Select(t => document.LineStart(t.Start)).ToHashSet();
        int longest = bare.Max(t => document.LineEnd(t.Start) - t.Start);
        foreach (var (lineStart, from, logicalEnd) in requests)
        {
            if (asked.Contains(lineStart) || logicalEnd - from > longest * 3 / 2 || Opening(logicalEnd) != openings.Key) continue;
            asked.Add(lineStart);
            yield return new StructuralToken { Kind = TokenKind.Item, Family = MarkerFamily.Asking, Start = from, End = from, Label = "", AtLineStart = true };
        }
    }

    private const int MaxOpening = 40;

    // A list of bare questions mixes asks and requests (What is SAML? / Describe IDOR and explain….): a request
    // line is a question where the line above or below it is one of such a list, so a run of them joins it.
    private static IEnumerable<StructuralToken> RequestsInAskingRuns(DocumentText document, List<StructuralToken> asking, List<(int LineStart, int From, int LogicalEnd)> requests)
    {
        var text = document.Text;
        var asked = asking.Select(t => document.LineStart(t.Start)).ToHashSet();
        var requestAt = new Dictionary<int, int>();
        for (int i = 0; i < requests.Count; i++) requestAt[requests[i].LineStart] = i;
        int? Below(int lineStart) => NextNonEmptyLine(text, WrappedLines.LogicalLineEnd(text, document.LineEnd(lineStart)) + 1);
        int? Above(int lineStart) => PreviousNonEmptyLine(text, lineStart) is int before ? WrappedLines.LogicalLineStart(text, before) : null;
        // The list: asking lines with another asking line right above or below (not a lone ask inside an answer),
        // grown line by line through the requests and asking lines beside it (a worklist: linear in the lines).
        var members = asked.Where(l => (Below(l) is int b && asked.Contains(b)) || (Above(l) is int a && asked.Contains(a))).ToHashSet();
        var joined = new bool[requests.Count];
        var work = new Queue<int>(members);
        while (work.Count > 0)
        {
            int line = work.Dequeue();
            foreach (var neighbour in new[] { Above(line), Below(line) })
            {
                if (neighbour is not int n || members.Contains(n)) continue;
                if (requestAt.TryGetValue(n, out var r)) joined[r] = true;
                else if (!asked.Contains(n)) continue;
                members.Add(n);
                work.Enqueue(n);
            }
        }
        for (int i = 0; i < requests.Count; i++)
            if (joined[i])
                yield return new StructuralToken { Kind = TokenKind.Item, Family = MarkerFamily.Asking, Start = requests[i].From, End = requests[i].From, Label = "", AtLineStart = true };
    }

    // A part that holds one unnumbered task (Part 2 - Cue Card ⏎ Describe a time when… ⏎ You should say: … ⏎ Sample
    // answer: …; 四、写作 ⏎ 请以…为题写一篇短文。 ⏎ 参考范文：…): a request on the first line under a part heading is the
    // part's question when an answer label opens a line after it before the next heading or line-start item.
    private static IEnumerable<StructuralToken> RequestsUnderPartHeadings(DocumentText document, IReadOnlyList<StructuralToken> existing,
        List<(int LineStart, int From, int LogicalEnd)> requests, HashSet<int> answerLines)
    {
        if (requests.Count == 0 || answerLines.Count == 0) yield break;
        var text = document.Text;
        var headings = new PartHeadings(text, existing.Where(t => t.AtLineStart));
        if (!headings.Any) yield break;
        var stops = existing.Where(t => t.AtLineStart && (t.Kind == TokenKind.Section || t.Kind == TokenKind.Item)).Select(t => document.LineStart(t.Start)).Order().ToArray();
        var labelled = answerLines.Order().ToArray();
        foreach (var (lineStart, from, logicalEnd) in requests)
        {
            if (!headings.RightUnder(from)) continue;
            int stop = Array.BinarySearch(stops, logicalEnd);
            int nextStop = stop < 0 ? (~stop < stops.Length ? stops[~stop] : text.Length) : stops[stop];
            int label = Array.BinarySearch(labelled, logicalEnd);
            int nextLabel = label < 0 ? (~label < labelled.Length ? labelled[~label] : int.MaxValue) : labelled[label];
            if (nextLabel < nextStop)
                yield return new StructuralToken { Kind = TokenKind.Item, Family = MarkerFamily.Asking, Start = from, End = from, Label = "", AtLineStart = true };
        }
    }

    private static int? PreviousNonEmptyLine(string text, int lineStart)
    {
        int end = lineStart - 1;
        while (end > 0)
        {
            int start = text.LastIndexOf('\n', end - 1) + 1;
            if (!text.AsSpan(start, end - start).IsWhiteSpace()) return start;
            end = start - 1;
        }
        return null;
    }

    // Where an English question starts glued to a word or code before it: a capital question word (What, How…,
    // not a request word: myList, showName are names) right after a small letter, a digit or code punctuation,
    // asking to the line's end. Only on a line that does not open asking itself. Null when there is no such place.
    private int? GluedQuestionStart(string line)
    {
        if (likeness.OpensAsking(line)) return null;
        for (int k = 1; k < line.Length - MinLength; k++)
        {
            if (!char.IsAsciiLetterUpper(line[k]) || !(char.IsAsciiLetterLower(line[k - 1]) || char.IsAsciiDigit(line[k - 1]) || line[k - 1] is ';' or ')' or '}')) continue;
            var rest = line[k..];
            if (rest.Length <= MaxLength && likeness.OpensWithQuestionWord(rest) && rest.IndexOfAny(['.', '!', ';']) is var stop && (stop < 0 || stop > rest.LastIndexOf(' ')))
                return k;
        }
        return null;
    }

    // The line without its indent, markdown residue (#, >, *) and trailing emphasis or closing quotes.
    private static (int From, int To)? Trimmed(string text, int start, int end)
    {
        int from = start, to = end;
        while (from < to && (char.IsWhiteSpace(text[from]) || text[from] is '#' or '>' or '*')) from++;
        while (to > from && (char.IsWhiteSpace(text[to - 1]) || text[to - 1] is '*' or '”' or '"' or '」')) to--;
        return to > from ? (from, to) : null;
    }

    private static int? NextNonEmptyLine(string text, int from)
    {
        while (from < text.Length)
        {
            int end = text.IndexOf('\n', from);
            if (end < 0) end = text.Length;
            // Looked at in place: no copy of every line looked at.
            if (!text.AsSpan(from, end - from).IsWhiteSpace()) return from;
            from = end + 1;
        }
        return null;
    }

}
