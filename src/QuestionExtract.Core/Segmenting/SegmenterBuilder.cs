using QuestionExtract.Segmenting.Candidates;
using QuestionExtract.Segmenting.Decoding;
using QuestionExtract.Segmenting.Fields;
using QuestionExtract.Segmenting.Scoring;

namespace QuestionExtract.Segmenting;

/// <summary>
/// Composes a <see cref="Segmenter"/> from its stages, as Markdig's pipeline builder composes parsers: the
/// default candidate sources (numbered and labelled markers, section and answer-key headings, flashcards, then unnumbered
/// asking lines and part names above a restart), to which a new layout adds its own source with <see cref="Add"/>.
/// </summary>
public sealed class SegmenterBuilder
{
    private readonly LabelLexicon _lexicon;
    private readonly DecoderWeights _weights;
    private readonly QuestionLikeness _likeness;
    private readonly List<ICandidateSource> _sources;

    public SegmenterBuilder(LabelLexicon lexicon, DecoderWeights? weights = null)
    {
        _lexicon = lexicon;
        _weights = weights ?? DecoderWeights.BuiltIn;
        _likeness = new QuestionLikeness(lexicon);
        _sources = [new MarkerScanner(lexicon), new FlashcardSource(), new TypeTagLineSource(lexicon), new ItemHeaderSource(lexicon), new AskingLineSource(_likeness, lexicon), new PartNameLineSource(_likeness, lexicon)];
    }

    /// <summary>The candidate sources, in the order they run.</summary>
    public IReadOnlyList<ICandidateSource> Sources => _sources.AsReadOnly();

    /// <summary>Adds a source after the others: it sees every candidate they found.</summary>
    public SegmenterBuilder Add(ICandidateSource source)
    {
        _sources.Add(source);
        return this;
    }

    public Segmenter Build()
    {
        // One grid reader for the planner, the decoder's key tables and the segmenter's keys: it holds only the lexicon.
        var grid = new AnswerKeyGrid(_lexicon);
        return new(new SegmenterParts
    {
        Lexicon = _lexicon,
        Sources = [.. _sources],
        Decoder = new StructureDecoder(_weights, new CandidateScorer(_weights, _likeness, _lexicon), new SectionPlanner(_likeness, grid, _lexicon), new ExamInstructionsDetector(_lexicon), new TableOfContentsDetector(_lexicon), new MaterialStemDetector(_lexicon), new TopicListDetector(_likeness), new KeyTableDetector(grid)),
        Tables = new PipeTableLayout(_lexicon),
        Fields = new FieldSplitter(_lexicon),
        Unlabeled = new UnlabeledAnswerSplitter(_likeness, _lexicon),
        Blanks = new StemBlanks(_lexicon),
        Skills = new SkillTagExtractor(_lexicon),
        Sections = new SectionHeadingParser(_lexicon),
        Choices = new ChoiceParser(_lexicon),
        FilledBlanks = new FilledBlanks(_lexicon),
        TermDefinitions = new TermDefinitions(_lexicon),
        WorkedSolution = new WorkedSolution(_lexicon),
        UnletteredChoices = new Fields.UnletteredChoices(_lexicon),
        Metadata = new ItemMetadata(_lexicon),
        MarkedLists = new MarkedListOptions(_lexicon),
        KeyGrid = grid,
        Likeness = _likeness,
        LowConfidence = _weights["lowConfidence"],
    });
    }
}
