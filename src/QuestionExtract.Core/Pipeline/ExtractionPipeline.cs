using QuestionExtract.Cleaning;
using QuestionExtract.Model;
using QuestionExtract.Reading;
using QuestionExtract.Segmenting;
using QuestionExtract.Text;

namespace QuestionExtract.Pipeline;

/// <summary>read → clean → segment → assemble the output record. Each stage is replaceable.</summary>
public sealed class ExtractionPipeline(DocumentReaders readers, Cleaner cleaner, Segmenter segmenter, TitleResolver titles, LabelLexicon lexicon)
{
    /// <param name="recordRepairs">Record the cleaner's repairs in the result (what explain lists); false leaves them out.</param>
    public static ExtractionPipeline CreateDefault(SiteRuleSet? rules = null, string? encoding = null, ReadLimits? limits = null,
        RepetitionIndex? repetition = null, LabelLexicon? labels = null, bool recordRepairs = true)
    {
        rules ??= SiteRuleSet.BuiltIn;
        var lexicon = labels ?? LabelLexicon.BuiltIn;
        return new ExtractionPipeline(DocumentReaders.CreateDefault(encoding, limits), Cleaner.CreateDefault(rules, repetition, recordRepairs),
            new SegmenterBuilder(lexicon).Build(), new TitleResolver(rules), lexicon);
    }

    private static readonly Cleaner Repairs = Cleaner.CreateRepairsOnly(recordRepairs: false);

    /// <summary>Only reads a file into blocks.</summary>
    public SourceDocument Read(string path, byte[] content) => readers.For(path, content).Read(path, content);

    /// <summary>A file's blocks as the site rules will see them (read and repaired): the input of a <see cref="RepetitionIndex"/>.</summary>
    public IReadOnlyList<Block> RepairedBlocks(string path, byte[] content) => Repairs.Clean(Read(path, content).Blocks).Blocks;

    public ExtractionResult Extract(string path, byte[] content) => Extract(Read(path, content));

    // A page's own headings at its top (h1, then h2; above the questions or naming their first part), when the
    // page's <title> opens the text (a heading block of no level at its start): the title resolver weighs them
    // against the <title>.
    private const int PageHeadingLines = 6;

    private static List<string> PageHeadings(DocumentText text)
    {
        var headings = text.Headings().ToList();
        if (headings.Count == 0 || headings[0] is not (0, _, 0)) return [];
        int top = 0;
        for (int line = 0; line < PageHeadingLines && top < text.Text.Length; line++) top = text.LineEnd(top) + 1;
        return headings.Where(h => h.Start > 0 && h.Start < top && h.Level is 1 or 2)
            .OrderBy(h => h.Level).Select(h => text.Text[h.Start..h.End].Trim()).Where(h => h.Length > 0).ToList();
    }

    /// <summary>Clean, segment and assemble a document some reader (or the caller) already produced.</summary>
    public ExtractionResult Extract(SourceDocument source)
    {
        // A bank pasted as data (a JSON array, a script's quiz array) is read as the question table it stands for.
        var bankMarkup = new List<string>();
        var cleaned = cleaner.Clean(new DataBankRows(lexicon).Rewrite(source.Blocks, bankMarkup));
        // A table row that pairs a label with its value (正确答案 | C) is read as the labelled line it stands for.
        var rowMarkup = new List<string>();
        var text = new DocumentText(new LabelRows(lexicon).Rewrite(cleaned.Blocks, rowMarkup));
        var segmented = segmenter.Segment(text);
        var consumed = new List<string>(segmented.Consumed);
        consumed.AddRange(rowMarkup);
        consumed.AddRange(bankMarkup);
        var (title, preamble) = titles.Resolve(segmented.Prefix, cleaned.TitleCandidates, consumed, PageHeadings(text));
        var declared = segmented.DeclaredCountFromSections
                       ?? SectionHeadingParser.DeclaredCount(lexicon, FoldedText.KeepingSpaces(title ?? ""))
                       ?? SectionHeadingParser.DeclaredCount(lexicon, FoldedText.KeepingSpaces(preamble));
        var verdict = TruncationDetector.Judge(cleaned, segmented, text.Text, source.Source, declared);

        var questions = new List<Question>();
        var drafts = segmented.Questions;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            bool cutOff = verdict.Truncated && ((verdict.EndsMidSentence && i == drafts.Count - 1) || (segmented.HasAnswerKey && d.Answer is null));
            questions.Add(new Question
            {
                Id = UniqueId(ids, d.Question.Length > 0 ? d.Question : d.Answer ?? ""),
                Index = i + 1,
                Number = d.Number,
                Section = d.Section,
                Points = d.Points,
                Type = d.Type,
                QuestionText = d.Question,
                Options = d.Options,
                Answer = d.Answer,
                Analysis = d.Analysis,
                Skills = d.Skills,
                Complete = !cutOff,
                Confidence = d.Confidence,
                Warnings = d.Warnings,
                Location = d.Location,
            });
        }

        var warnings = new List<ExtractionWarning>();
        warnings.AddRange(source.Warnings);
        if (source.Blocks.All(b => string.IsNullOrWhiteSpace(b.Text)))
            warnings.Add(new ExtractionWarning("empty-document", "the file holds no text"));
        warnings.AddRange(cleaned.Warnings);
        warnings.AddRange(segmented.Warnings);
        if (declared is not null && declared != questions.Count && !verdict.Truncated)
            warnings.Add(new ExtractionWarning("count-mismatch", $"the document states {declared} questions; {questions.Count} were found"));

        var document = new ExtractedDocument
        {
            Source = source.Source,
            Title = title,
            Site = cleaned.Site,
            Language = LanguageDetector.Detect(text.Text),
            Truncated = verdict.Truncated,
            DeclaredQuestionCount = declared,
            Questions = questions,
            Preamble = preamble.Length == 0 ? null : preamble,
            Removed = cleaned.Removed.GroupBy(r => r.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count()),
            Warnings = warnings,
        };
        return new ExtractionResult(document, cleaned, consumed) { StructureNotes = segmented.Structure };
    }

    // A question's id is its text's; the same text twice in one document (a page listing its questions before
    // answering them) gets the id of its text and occurrence, so ids stay unique within the file.
    // Counted per id, so a document of many identical items costs one hash each, not one per earlier copy.
    private static string UniqueId(Dictionary<string, int> used, string text)
    {
        var id = QuestionIdFactory.Create(text);
        int n = used.TryGetValue(id, out var seen) ? seen + 1 : 1;
        used[id] = n;
        return n == 1 ? id : QuestionIdFactory.Create(text + "\n#" + n);
    }
}
