using QuestionExtract.Text;
using QuestionExtract.Model;
using QuestionExtract.Segmenting.Candidates;
using QuestionExtract.Segmenting.Decoding;
using QuestionExtract.Segmenting.Fields;

namespace QuestionExtract.Segmenting;

/// <summary>
/// Turns cleaned text into questions: gathers candidates, lets <see cref="StructureDecoder"/> choose the structure, cuts each
/// item's body, splits it into fields, matches a separate answer key back, and parses choice questions.
/// </summary>
public sealed partial class Segmenter
{
    private readonly LabelLexicon _lexicon;
    private readonly IReadOnlyList<ICandidateSource> _sources;
    private readonly StructureDecoder _decoder;
    private readonly Fields.StemBlanks _blanks;
    private readonly double _lowConfidence;
    private readonly FieldSplitter _fields;
    private readonly UnlabeledAnswerSplitter _unlabeled;
    private readonly SkillTagExtractor _skills;
    private readonly SectionHeadingParser _sections;
    private readonly ChoiceParser _choices;
    private readonly FilledBlanks _filledBlanks;
    private readonly TermDefinitions _termDefinitions;
    private readonly WorkedSolution _workedSolution;
    private readonly Fields.UnletteredChoices _unletteredChoices;
    private readonly ItemMetadata _metadata;
    private readonly MarkedListOptions _markedLists;
    private readonly AnswerKeyGrid _keyGrid;
    private readonly AnswerKeyMatcher _keys = new();
    private readonly PipeTableLayout _tables;
    private readonly QuestionLikeness _likeness;

    /// <summary>A segmenter of the given stages; <see cref="SegmenterBuilder"/> builds the default ones.</summary>
    public Segmenter(SegmenterParts parts)
    {
        _lexicon = parts.Lexicon;
        _likeness = parts.Likeness;
        _sources = parts.Sources;
        _decoder = parts.Decoder;
        _blanks = parts.Blanks;
        _lowConfidence = parts.LowConfidence;
        _fields = parts.Fields;
        _unlabeled = parts.Unlabeled;
        _choices = parts.Choices;
        _filledBlanks = parts.FilledBlanks;
        _termDefinitions = parts.TermDefinitions;
        _workedSolution = parts.WorkedSolution;
        _unletteredChoices = parts.UnletteredChoices;
        _metadata = parts.Metadata;
        _markedLists = parts.MarkedLists;
        _keyGrid = parts.KeyGrid;
        _tables = parts.Tables;
        _skills = parts.Skills;
        _sections = parts.Sections;
    }

    // A first line longer than this is no title that names a part (a flattened page's text).
    private const int MaxTitleLine = 200;

    // Questions the text outside a document's question tables must hold before they are read beside the tables:
    // a sentence or two of introduction is no question.
    private const int MinQuestionsBesideTables = 2;

    public SegmentedDocument Segment(DocumentText document)
    {
        var tables = _tables.FindAll(document);
        if (tables.Count == 0) return SegmentText(document);
        // Notes that switch to a table for one part (paragraph questions, then 序号 | 问题 | 参考答案): the text
        // around the tables is read as any text is, the tables as tables, and their questions kept in order.
        var outside = SegmentText(document.Masking(tables.Select((t, i) => (TableStart(document.Text, tables, i), t.End))));
        if (outside.Questions.Count < MinQuestionsBesideTables && !NumberedIntoTable(document, outside.Questions, tables)) return FromTables(document, tables, [], 0);
        var inside = FromTables(document, tables, [], outside.Questions.Max(q => q.SectionOrdinal));
        return outside with
        {
            Questions = [.. outside.Questions.Concat(inside.Questions).OrderBy(q => q.Location.Line).ThenBy(q => q.Location.Column)],
            Consumed = [.. outside.Consumed, .. inside.Consumed],
        };
    }

    // One numbered question typed above a table whose rows go on counting from it (1. … ⏎ 题号 | 题目 | 答案 ⏎ 2 | …):
    // the numbering says it is the bank's first question, not an introduction.
    private static bool NumberedIntoTable(DocumentText document, IReadOnlyList<QuestionDraft> outside, List<PipeTableLayout.Table> tables)
    {
        if (outside is not [{ NumberValue: { } n } question]) return false;
        var next = tables.FirstOrDefault(t => document.LocationAt(t.Start).Line > question.Location.Line)?.Rows[0];
        if (next is null) return false;
        var typed = RowNumberPattern().Match(next.Question);
        return ChineseNumeral.Parse(next.Number.Length > 0 ? next.Number : typed.Success ? typed.Groups["n"].Value : "") == n + 1;
    }

    // Where a table starts with the category line right above it (二、场景题), which names its rows' section.
    private static int TableStart(string text, List<PipeTableLayout.Table> tables, int t)
    {
        int from = t == 0 ? 0 : tables[t - 1].End;
        var before = text[from..tables[t].Start];
        return tables[t].Rows[0].Section is null && CategoryLine(before) is { } category ? from + before.LastIndexOf(category.Line, StringComparison.Ordinal) : tables[t].Start;
    }

    private SegmentedDocument SegmentText(DocumentText document)
    {
        var text = document.Text;
        var warnings = new List<ExtractionWarning>();

        var candidates = new List<StructuralToken>();
        // Each source's candidates are taken whole before the next runs, as it reads the list it is added to.
        foreach (var source in _sources) candidates.AddRange([.. source.Find(document, candidates)]);
        // Numbered lines in a code block are the program's text or its output; a file that sets its whole bank in
        // one code block (a fence for the monospace) keeps them, as nothing outside the code asks.
        if (document.HasCode && candidates.Any(c => c.Kind == TokenKind.Item && !document.InCode(c.Start))) candidates.RemoveAll(c => document.InCode(c.Start));
        // A quiz's header line that neither numbers nor names an item (30 seconds, 1 pt) opens no item and heads no part.
        candidates.RemoveAll(c => c.Kind == TokenKind.Item && c.AtLineStart && _metadata.OpensNothing(text[document.LineStart(c.Start)..document.LineEnd(c.Start)]));
        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));
        var structure = _decoder.Decode(document, candidates);
        var tokens = structure.Tokens;
        var items = tokens.Where(t => t.Kind == TokenKind.Item).ToList();
        if (items.Count == 0)
        {
            if (text.Trim().Length > 0)
                warnings.Add(new ExtractionWarning("no-questions", candidates.Any(c => c.Kind == TokenKind.Item)
                    ? "no candidate question marker was kept: the numbered or asking lines found do not read as questions (qextract explain --structure shows why)"
                    : "no question markers, question labels or asking lines were found"));
            return new SegmentedDocument { Questions = [], Prefix = text, Warnings = warnings, Consumed = [], Structure = Notes(document, structure) };
        }

        var consumed = new List<string>();
        var leftovers = new List<string>();
        bool hasKey = tokens.Any(t => t.Kind == TokenKind.AnswerKey);
        var drafts = new List<QuestionDraft>();
        // Items whose unlabelled answer is a few short lines: a quiz's choices printed without letters, perhaps.
        var choiceShaped = new List<(QuestionDraft, IReadOnlyList<(string Line, string? Mark)>)>();
        var keyEntries = new List<AnswerKeyEntry>();
        var sectionCounts = new List<int?>();
        SectionHeading? section = null;
        bool inKey = false, lastItemEmpty = false;
        // Keys printed after each part answer that part: their entries keep its section, so part two's 1. takes
        // part two's key and not part one's.
        bool perPartKeys = structure.AnswerKeys.PerPart(text.Length);
        // The document's first line, when no question opens it: a title may name the part its items make (填空题练习).
        string? titleLine = document.LineEnd(0) < tokens[0].Start && document.LineEnd(0) <= MaxTitleLine ? text[..document.LineEnd(0)] : null;

        var answersBefore = tokens.Select(t => LeadingAnswer(document, t)).ToArray();
        // An item's metadata lines printed above its line (【题型】单选题 ⏎ 【难度】易 ⏎ 【题干】…) start its body.
        // The first item's run says which label opens a run; without one the bank prints its lines under each item
        // (Ans: c ⏎ Diff: Easy ⏎ Topic: …), and a run above a later item closes the item before.
        var metadataAbove = new int[tokens.Count];
        string? opening = null;
        bool above = true, firstItem = true;
        for (int i = 0; i < tokens.Count; i++)
        {
            metadataAbove[i] = above && tokens[i].Kind == TokenKind.Item && tokens[i].AtLineStart && document.LineStart(tokens[i].Start) is var line
                && _metadata.RunAbove(text, line, i > 0 ? tokens[i - 1].End : 0, opening) is var run && run < line ? run : tokens[i].Start;
            if (i == 0 && metadataAbove[0] < tokens[0].Start) opening = _metadata.LabelAt(text, metadataAbove[0]);
            if (tokens[i].Kind != TokenKind.Item || !firstItem) continue;
            firstItem = false;
            above = metadataAbove[i] < tokens[i].Start;
        }
        // A key printed as a grid under the last question with no heading of its own (题号 | 1 | 2 … ⏎ 答案 | B | A …):
        // its header cells say what it is. The last question ends where it starts.
        int gridKey = !hasKey && tokens[^1].Kind == TokenKind.Item ? _keyGrid.Find(text, tokens[^1].End, text.Length) : -1;
        if (gridKey >= 0) hasKey = true;
        // The same grid printed above the questions, under the paper's title (题号 1 2 3 ⏎ 答案 B D A ⏎ 一、选择题): its
        // header cells say what it is there too. It leaves the preamble.
        int prefixEnd = answersBefore[0]?.LineStart ?? Math.Min(metadataAbove[0], tokens[0].Start);
        (int Start, int End) leadingGrid = (-1, -1);
        if (!hasKey && _keyGrid.Find(text, 0, prefixEnd) is var leadingAt and >= 0
            && _keyGrid.ParseLeading(text[leadingAt..prefixEnd], 0, document.LocationAt(leadingAt), out int leadingLength) is { } leadingEntries)
        {
            keyEntries.AddRange(leadingEntries);
            consumed.Add(text[leadingAt..(leadingAt + leadingLength)]);
            leadingGrid = (leadingAt, leadingAt + leadingLength);
            hasKey = true;
        }
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            int bodyEnd = Math.Max(t.End, i + 1 < tokens.Count ? answersBefore[i + 1]?.LineStart ?? Math.Min(metadataAbove[i + 1], tokens[i + 1].Start) : gridKey >= 0 ? gridKey : text.Length);
            // A Markdown heading's marks typed before the next item's number in plain text (## 2. …) are that item's markup.
            if (i + 1 < tokens.Count && bodyEnd == tokens[i + 1].Start && document.LineStart(bodyEnd) is var nextLine && nextLine > t.End
                && HeadingMarksBefore(text, nextLine, bodyEnd))
            {
                consumed.Add(text[nextLine..bodyEnd]);
                bodyEnd = nextLine;
            }
            // A numbered line that only counts the next question (2. 第二问) right above its labelled line heads it: it
            // is no part of this answer.
            if (i + 1 < tokens.Count && bodyEnd == tokens[i + 1].Start && MarkerScanner.NonBlankLineAbove(text, document.LineStart(bodyEnd)) is { } counting
                && counting.Start > t.End && MarkerScanner.TitleOfNumberedLine(text, counting) is { } countingTitle && ProblemTitle.CountsOnly(countingTitle))
            {
                consumed.Add(text[counting.Start..bodyEnd]);
                bodyEnd = counting.Start;
            }
            consumed.Add(text[t.Start..t.End]);
            // A compact key right under the key heading (1-5 ABCDA 6-10 BBCAD), or a grid (题号 1 2 / 答案 A C):
            // its ranges or columns are its entries.
            int keyPart = perPartKeys ? section?.Ordinal ?? 0 : 0;
            // A key names its parts as the paper does (参考答案 ⏎ 一、单项选择题 ⏎ 1-5 CABAD): the ranges under
            // such a heading are that part's entries, numbered as the key numbers its entries under a part.
            bool keyPartHeading = t.Kind == TokenKind.Section && structure.AnswerKeys.Contains(t.Start);
            if (keyPartHeading)
            {
                section = _sections.Parse(t.Number ?? 0, t.HeadingText);
                keyPart = section.Ordinal;
            }
            // Entries the decoder left out as items (6.ABC 7.AC after part one's questions: their numbers go back)
            // are read here, however few.
            if ((t.Kind == TokenKind.AnswerKey || keyPartHeading) && (AnswerKeyRanges.Parse(text[t.End..bodyEnd], keyPart, document.LocationAt(t.End), minimumSingles: 1)
                                                  ?? _keyGrid.Parse(text[t.End..bodyEnd], keyPart, document.LocationAt(t.End))) is { } ranges)
            {
                keyEntries.AddRange(ranges);
                consumed.Add(text[t.End..bodyEnd]);
                inKey = true;
                if (!perPartKeys) section = null;
                continue;
            }
            // A key on the first lines under the heading with the page's own text after it (a quiz's footer): the
            // lines are the key, the rest stays text.
            int keyLength = 0;
            if (t.Kind == TokenKind.AnswerKey && (AnswerKeyRanges.ParseLeadingLines(text[t.End..bodyEnd], keyPart, document.LocationAt(t.End), out keyLength)
                                                  ?? _keyGrid.ParseLeading(text[t.End..bodyEnd], keyPart, document.LocationAt(t.End), out keyLength)) is { } leading)
            {
                keyEntries.AddRange(leading);
                consumed.Add(text[t.End..(t.End + keyLength)]);
                var after = text[(t.End + keyLength)..bodyEnd];
                if (!string.IsNullOrWhiteSpace(after))
                {
                    leftovers.Add(after.Trim());
                    warnings.Add(new ExtractionWarning("unassigned-text", $"text after the answer key belongs to no question; kept in the preamble: {Preview(after)}", document.LocationAt(t.End + keyLength).ToString()));
                }
                inKey = true;
                if (!perPartKeys) section = null;
                continue;
            }
            // An exam key names its parts before their first entries (一、1. B  2. D): structure, not text.
            // So is a note in brackets the heading carries ((for markers only), （课程代码 00054）).
            if (t.Kind == TokenKind.AnswerKey && AnswerKeyHeadingNote.Without(text[t.End..bodyEnd]) is var afterNotes
                && (string.IsNullOrWhiteSpace(afterNotes) || KeyPartNumeral.IsAlone(afterNotes)))
                consumed.Add(text[t.End..bodyEnd]);
            // Text after a heading that no question claims (a heading with nothing after it) is kept.
            else if (t.Kind != TokenKind.Item && text[t.End..bodyEnd] is var rest && !string.IsNullOrWhiteSpace(rest))
            {
                leftovers.Add(rest.Trim());
                warnings.Add(new ExtractionWarning("unassigned-text", $"text after a heading belongs to no question; kept in the preamble: {Preview(rest)}", document.LocationAt(t.End).ToString()));
            }
            switch (t.Kind)
            {
                case TokenKind.AnswerKey:
                    inKey = true;
                    if (!perPartKeys) section = null;
                    continue;
                case TokenKind.Section:
                    // The next part's heading after a key that answered the part before it.
                    if (inKey && !structure.AnswerKeys.Contains(t.Start)) inKey = false;
                    section = _sections.Parse(t.Number ?? 0, t.HeadingText);
                    if (!inKey) sectionCounts.Add(section.DeclaredCount);
                    continue;
            }

            var body = text[t.End..bodyEnd];
            var location = document.LocationAt(t.Start);
            // A part of the key printed as a grid under its name (一、单项选择题 ⏎ 题号 1 2 3 ⏎ 答案 A C B): the
            // numeral names the part, the columns are the entries.
            if (inKey && _keyGrid.Parse(body, section?.Ordinal ?? 0, location) is { } grid)
            {
                keyEntries.AddRange(grid);
                consumed.Add(body);
                continue;
            }
            // A key line of numbers and answers set apart by spaces only (1 B    2 C    3 B): its first number is
            // the candidate, the rest of the line its other entries.
            if (inKey && AnswerKeyRanges.ParseSpacedRun(text[t.Start..bodyEnd], section?.Ordinal ?? 0, location) is { } spaced)
            {
                keyEntries.AddRange(spaced);
                consumed.Add(body);
                continue;
            }
            if (inKey)
            {
                if (KeyPartNumeral.Closing(body) is { Success: true } part)
                {
                    consumed.Add(part.Value);
                    body = body[..part.Index];
                }
                var key = _fields.Split(body);
                consumed.AddRange(key.Consumed);
                // Text before the first label of a key entry is part of its answer.
                var answer = JoinNonEmpty(key.Question, key.Answer);
                var analysis = key.Analysis;
                // An entry that explains its letters after a dash (C - The show ip route …): the letters answer, the rest explains.
                if (analysis is null && answer is not null && _lexicon.KeyLettersWithExplanation.Match(answer) is { Success: true } explained)
                {
                    consumed.Add(answer[(explained.Groups["l"].Index + explained.Groups["l"].Length)..explained.Groups["x"].Index]);
                    (answer, analysis) = (explained.Groups["l"].Value, explained.Groups["x"].Value);
                }
                keyEntries.Add(new AnswerKeyEntry(section?.Ordinal ?? 0, t.Number ?? 0, Placeholder(WithoutEntrySeparator(answer, consumed), consumed), Placeholder(analysis, consumed), key.Skills, location));
                continue;
            }

            var draft = new QuestionDraft
            {
                Number = t.Label,
                NumberValue = t.Number,
                SectionOrdinal = section?.Ordinal ?? 0,
                Section = section?.Name,
                Points = section?.Points,
                Location = location,
                End = bodyEnd,
                Confidence = structure.Confidence.TryGetValue(t, out var confidence) ? Math.Round(confidence, 2) : null,
            };
            if (draft.Confidence < _lowConfidence) draft.Warnings.Add("low-confidence");
            if (structure.NumberingNotes.TryGetValue(t, out var note))
                warnings.Add(new ExtractionWarning(note.Code, note.Message, location.ToString()));
            var skills = new List<string>();
            var cleanedBody = _skills.Extract(body, skills, draft.Consumed);
            // Q. opens a question whose answer a line-start A. opens (Q. … ⏎ A. …).
            bool paired = t.Family == MarkerFamily.Labelled && text.AsSpan(t.Start, t.End - t.Start).Trim() is ['Q', '.' or '．'];
            var parts = _fields.Split(cleanedBody, paired, t.Flashcard);
            draft.Consumed.AddRange(parts.Consumed);
            if (metadataAbove[i] < document.LineStart(t.Start))
                _metadata.TakeHeader(text[metadataAbove[i]..document.LineStart(t.Start)], draft);
            // A counter on the stem's own line is the item's marker (1/50 单选题 …): what it states is the item's.
            if (t.Family == MarkerFamily.Asking && t.End > t.Start && _metadata.HeaderLine(text[t.Start..t.End]) is { } inlineHeader)
                _metadata.Read(inlineHeader, draft);
            string question = _metadata.Take(parts.Question, draft);
            string? answerText = parts.Answer;
            if (!parts.HasAnswerLabel && !hasKey && !ChoiceParser.HasOptions(parts.Question))
                (question, answerText) = _unlabeled.Split(parts.Question);
            (question, answerText) = _blanks.Reclaim(question, answerText, parts.HasAnswerLabel || hasKey);
            // "1.题目:…": the label after the number is structure, not question text.
            if (_lexicon.QuestionLabelPrefixOf(question) is { Success: true } questionLabel)
            {
                draft.Consumed.Add(questionLabel.Value);
                question = question[questionLabel.Length..];
            }
            if (_blanks.TakePoints(ref question, draft.Consumed) is { } ownPoints) draft.Points = ownPoints;
            draft.Question = Tidy(question, draft.Consumed);
            draft.Answer = Placeholder(_metadata.TakeFrom(answerText, draft), draft.Consumed);
            draft.Analysis = Placeholder(_metadata.TakeFrom(parts.Analysis, draft), draft.Consumed);
            draft.Skills.AddRange(skills.Concat(parts.Skills).Distinct());
            if (answersBefore[i] is { } before)
            {
                consumed.Add(before.Brackets);
                draft.Answer ??= before.Letters;
                if (draft.Answer != before.Letters) draft.Consumed.Add(before.Letters);
            }
            _workedSolution.Apply(draft);
            _markedLists.Apply(draft);
            _choices.Apply(draft);
            if (!parts.HasAnswerLabel && !hasKey && answersBefore[i] is null && _unletteredChoices.Shape(draft) is { } choices) choiceShaped.Add((draft, choices));
            if (!hasKey)
            {
                _filledBlanks.Apply(draft, section is null ? titleLine : section.Name);
                _termDefinitions.Apply(draft, section is null ? titleLine : section.Name);
            }

            if (draft.Question.Length == 0 && draft.Answer is null && draft.Analysis is null && draft.Options is null && draft.Skills.Count == 0)
            {
                lastItemEmpty = i == tokens.Count - 1;
                warnings.Add(new ExtractionWarning("empty-question", $"question {draft.Number} has no text", location.ToString()));
                consumed.AddRange(draft.Consumed);
                continue;
            }
            if (draft.Question.Length == 0) draft.Warnings.Add("empty-question");
            drafts.Add(draft);
        }

        if (gridKey >= 0 && _keyGrid.ParseLeading(text[gridKey..], 0, document.LocationAt(gridKey), out int gridLength) is { } gridEntries)
        {
            keyEntries.AddRange(gridEntries);
            consumed.Add(text[gridKey..(gridKey + gridLength)]);
            if (text[(gridKey + gridLength)..] is var afterGrid && !string.IsNullOrWhiteSpace(afterGrid))
            {
                leftovers.Add(afterGrid.Trim());
                warnings.Add(new ExtractionWarning("unassigned-text", $"text after the answer key belongs to no question; kept in the preamble: {Preview(afterGrid)}", document.LocationAt(gridKey + gridLength).ToString()));
            }
        }
        _unletteredChoices.Apply(choiceShaped);
        if (!hasKey) TrailingKeyLine.Apply(drafts);
        var unanswered = drafts.Where(d => d.Answer is null && d.Options is null).ToList();
        _keys.Match(drafts, keyEntries, warnings);
        // A key's letter answers a question whose options were not yet known to be options (a) … b) …, which count
        // only beside a letter answer): read them now.
        foreach (var d in unanswered) ChoiceParser.ApplyKeyedLetters(d);
        if (hasKey)
            foreach (var d in drafts.Where(d => d.Answer is null)) d.Warnings.Add("no-answer-in-key");
        // The page's second rendering of its questions: its text is the first rendering's, accounted for by it.
        var copies = RepeatedQuestionRun.Remove(drafts);
        if (copies.Count > 0)
        {
            foreach (var (copy, _) in copies)
                consumed.AddRange([copy.Question, copy.Answer ?? "", copy.Analysis ?? "", .. copy.Options?.Select(o => o.Text) ?? [], .. copy.Skills, .. copy.Consumed]);
            warnings.Add(new ExtractionWarning("repeated-questions",
                $"{copies.Count} questions repeat questions {copies[0].Original.Number}–{copies[^1].Original.Number} with the same text, options and answers (the page renders them twice); the copies are left out",
                copies[0].Copy.Location.ToString()));
        }

        int? declared = sectionCounts.Count > 0 && sectionCounts.All(c => c is not null) ? sectionCounts.Sum() : null;
        bool tocUnfulfilled = structure.TableOfContents.EntryTexts.Count > structure.TableOfContents.Headings.Count;
        var lead = leadingGrid.Start >= 0 ? text[..leadingGrid.Start] + text[leadingGrid.End..prefixEnd] : text[..prefixEnd];
        var prefix = string.Join("\n", new[] { lead }.Concat(leftovers));
        consumed.AddRange(drafts.SelectMany(d => d.Consumed));
        return new SegmentedDocument
        {
            Questions = drafts, Prefix = prefix, DeclaredCountFromSections = declared, Warnings = warnings, LastItemEmpty = lastItemEmpty,
            TableOfContentsUnfulfilled = tocUnfulfilled, HasAnswerKey = hasKey, Consumed = consumed,
            Structure = Notes(document, structure, [.. tokens.Select((t, i) => (metadataAbove[i], t.Start)).Where(r => r.Item1 < document.LineStart(r.Start))]),
        };
    }

    private SegmentedDocument FromTables(DocumentText document, List<PipeTableLayout.Table> tables, List<ExtractionWarning> warnings, int ordinalsBefore)
    {
        var text = document.Text;
        var drafts = new List<QuestionDraft>();
        var consumed = new List<string>();
        var rest = new List<string> { text[..tables[0].Start] };
        int ordinal = ordinalsBefore;
        for (int t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            // The category line right before a table (一、基础知识类) names the section of its rows, unless the table
            // opens with a category row of its own: then the line names none of them and stays text.
            var before = t == 0 ? text[..table.Start] : text[tables[t - 1].End..table.Start];
            var category = table.Rows[0].Section is null ? CategoryLine(before) : null;
            if (category is not null)
            {
                consumed.Add(category.Value.Line);
                if (t == 0) rest[0] = before[..before.LastIndexOf(category.Value.Line, StringComparison.Ordinal)];
                else before = before.Replace(category.Value.Line, "");
            }
            if (t > 0 && before.Trim().Length > 0) rest.Add(before.Trim());
            // The header, Markdown delimiter rows and the category rows over questions are structure; a category
            // row with no question under it stays text.
            consumed.AddRange(table.Structure.Select(line => line.Text));
            rest.AddRange(table.Unclaimed.Select(line => line.Text));
            // Each table is a section, and so is each category row after its first rows.
            ordinal++;
            string? section = table.Rows[0].Section;
            foreach (var row in table.Rows)
            {
                if (row.Section != section) (section, ordinal) = (row.Section, ordinal + 1);
                // Without a number column, a number typed at the start of the question cell is the number.
                var (number, questionCell) = (row.Number, row.Question);
                var typed = table.HasNumberColumn ? null : RowNumberPattern().Match(questionCell);
                if (typed is { Success: true }) (number, questionCell) = (typed.Groups["n"].Value, questionCell[typed.Length..]);
                var draft = new QuestionDraft
                {
                    Number = number, NumberValue = ChineseNumeral.Parse(number), Location = document.LocationAt(row.Start), End = row.End,
                    Section = section ?? category?.Name, SectionOrdinal = ordinal,
                };
                if (typed is { Success: true }) draft.Consumed.Add(typed.Value);
                var skills = new List<string>();
                draft.Question = Tidy(_skills.Extract(questionCell, skills, draft.Consumed), draft.Consumed);
                draft.Skills.AddRange(skills);
                draft.Answer = Placeholder(row.Answer, draft.Consumed);
                draft.Analysis = Placeholder(row.Analysis, draft.Consumed);
                if (row.Options is { } options) draft.Options = [.. options];
                if (row.TypeCell is { } typeCell) draft.Consumed.Add(typeCell);
                // The row's pipes (and the backslashes of pipes escaped in a Markdown cell) are structure, and so
                // is the number column's cell.
                draft.Consumed.Add(typed is { Success: true } ? row.Separators : row.Separators + row.Number);
                _choices.Apply(draft);
                if (draft.Question.Length > 0) drafts.Add(draft);
                else consumed.Add(text[row.Start..row.End]);
                consumed.AddRange(draft.Consumed);
            }
        }
        rest.Add(text[tables[^1].End..]);
        return new SegmentedDocument { Questions = drafts, Prefix = string.Join("\n", rest.Select(r => r.Trim()).Where(r => r.Length > 0)), Warnings = warnings, Consumed = consumed };
    }

    // The last non-empty line of a stretch, when it is a short numbered category heading (一、基础知识类).
    private static (string Line, string Name)? CategoryLine(string stretch)
    {
        var line = stretch.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Length > 0);
        if (line is null || line.Length > 40) return null;
        var m = CategoryPattern().Match(line);
        return m.Success ? (line, m.Groups["name"].Value.Trim()) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<n>\d{1,4})[.．、]\s*")]
    private static partial System.Text.RegularExpressions.Regex RowNumberPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十\d]{1,3}(?:部分|类|類))\s*(?<name>[^|]{1,38})$")]
    private static partial System.Text.RegularExpressions.Regex CategoryPattern();

    // Each item's header lines (题号：2 题型：单选题, 2/4 ⏎ [单选题], 1 pt) are shown beside the candidates, as what they
    // are, so explain --structure says where they went.
    private static Lazy<IReadOnlyList<StructureNote>> Notes(DocumentText document, DecodedStructure structure, IReadOnlyList<(int Start, int Item)>? headers = null) => new(() =>
    {
        var notes = structure.Decisions.Value.Select(d => new StructureNote(
            document.LocationAt(d.Candidate.Start),
            d.Candidate.Kind == TokenKind.Item ? d.Candidate.Family.ToString() : d.Candidate.Kind.ToString(),
            Marker(document.Text, d.Candidate),
            d.Features?.Describe() ?? "",
            d.Features?.Score,
            d.Accepted,
            d.Confidence,
            d.Reason)).ToList();
        if (headers is null || headers.Count == 0) return notes;
        return [.. notes.Concat(headers.Select(h => new StructureNote(
                document.LocationAt(h.Start), StructureNote.ItemHeaderKind, document.Text[h.Start..document.LineStart(h.Item)].Replace('\n', ' ').Trim(), "", null, true, 1,
                "item-header: the number, type and points of the item under it, no text of it or of the item before")))
            .OrderBy(n => n.Location.Line).ThenBy(n => n.Location.Column)];
    });

    // The marker and the first words after it, on one line.
    private static string Marker(string text, StructuralToken t)
    {
        int end = Math.Min(text.Length, Math.Max(t.End, t.Start) + 24);
        var shown = text[t.Start..end].Replace('\n', ' ').Trim();
        return end < text.Length ? shown + "…" : shown;
    }

    // Only #s and blanks from the line's start to the item's number. The marks stay out of the item's token, whose
    // start is its number's (the number field and the line-start features read it there).
    private static bool HeadingMarksBefore(string text, int lineStart, int start)
    {
        var before = text.AsSpan(lineStart, start - lineStart).Trim(" \t");
        return before.Length is > 0 and <= 6 && !before.ContainsAnyExcept('#');
    }

    // A placeholder ('.', 略) left where an answer would be is no answer; it is recorded as consumed.
    private const int MaxSeparatedEntry = 12;

    // A key line may set its entries apart with a semicolon or a comma (1.B；2.C；3.A): the mark after a short entry is
    // the line's, not the answer's.
    private static string? WithoutEntrySeparator(string? answer, List<string> consumed)
    {
        var t = answer?.TrimEnd();
        if (t is not { Length: > 1 and <= MaxSeparatedEntry } || t[^1] is not ('；' or ';' or '，' or ',' or '、') || t.Contains('\n')) return answer;
        consumed.Add(t[^1..]);
        return t[..^1];
    }

    private string? Placeholder(string? text, List<string> consumed)
    {
        if (text is null) return null;
        var t = Tidy(text, consumed);
        bool placeholder = t.Length > 0 && _lexicon.IsPlaceholder(t);
        if (placeholder) consumed.Add(t);
        return t.Length == 0 || placeholder ? null : t;
    }

    private static string Preview(string text)
    {
        var t = text.Replace('\n', ' ').Trim();
        return t.Length <= 40 ? t : t[..40] + "…";
    }

    // An answer printed in front of its question's number (( C )1. 下列何者…, （ A ）2．…), as answer-marked quiz
    // files do: the letters or mark in brackets alone before the number on its line.
    // A full-width letter (（Ｂ）1.) is the same answer.
    [System.Text.RegularExpressions.GeneratedRegex(@"^[ \t]*[(（][ \t\u3000]*(?<a>[A-HＡ-Ｈ]{1,6}|[√×✓✗])[ \t\u3000]*[)）][ \t\u3000]*$")]
    private static partial System.Text.RegularExpressions.Regex LeadingAnswerPattern();

    private sealed record LeadingAnswerText(int LineStart, string Letters, string Brackets);

    private static LeadingAnswerText? LeadingAnswer(DocumentText document, StructuralToken t)
    {
        // The number counts as opening its line (the bracket is no text of the line), so this looks at the line itself.
        if (t.Kind != TokenKind.Item || t.Family is not (MarkerFamily.Decimal or MarkerFamily.QuestionWord or MarkerFamily.Ordinal)) return null;
        int lineStart = document.LineStart(t.Start);
        var m = LeadingAnswerPattern().Match(document.Text, lineStart, t.Start - lineStart);
        if (!m.Success) return null;
        var letters = m.Groups["a"].Value;
        var brackets = m.Value.Remove(m.Groups["a"].Index - m.Index, letters.Length);
        return new LeadingAnswerText(lineStart, letters.Normalize(System.Text.NormalizationForm.FormKC), brackets);
    }

    private static string JoinNonEmpty(string a, string? b) =>
        string.Join("\n", new[] { a, b }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>Trims each line and drops blank lines, so paragraph breaks come out as single '\n'; emphasis marks
    /// left without their partner where the field was cut off go (<see cref="EmphasisMarks.TrimUnpaired"/>), recorded
    /// as consumed.</summary>
    private static string Tidy(string text, List<string> consumed)
    {
        var tidy = EmphasisMarks.TrimUnpaired(NonEmptyLinesTrimmed(text), out var marks);
        if (marks.Length > 0) consumed.Add(marks);
        return tidy;
    }

    // The text's lines trimmed, empty ones dropped, joined by '\n'; the text itself when that changes nothing
    // (most bodies), so no line strings are made to be joined again.
    private static string NonEmptyLinesTrimmed(string text)
    {
        if (IsTidy(text)) return text;
        var rest = text.AsSpan();
        var sb = new System.Text.StringBuilder(text.Length);
        bool first = true;
        while (true)
        {
            int newline = rest.IndexOf('\n');
            var line = (newline < 0 ? rest : rest[..newline]).Trim();
            if (line.Length > 0)
            {
                if (!first) sb.Append('\n');
                sb.Append(line);
                first = false;
            }
            if (newline < 0) break;
            rest = rest[(newline + 1)..];
        }
        return sb.ToString();
    }

    // Every line has text, and no whitespace at either end.
    private static bool IsTidy(ReadOnlySpan<char> text)
    {
        foreach (var range in text.Split('\n'))
        {
            var line = text[range];
            if (line.Length == 0 || char.IsWhiteSpace(line[0]) || char.IsWhiteSpace(line[^1])) return false;
        }
        return true;
    }
}
