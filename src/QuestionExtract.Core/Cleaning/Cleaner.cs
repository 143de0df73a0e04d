using QuestionExtract.Model;

namespace QuestionExtract.Cleaning;

/// <summary>Runs the cleaning rules in order over a document's blocks.</summary>
public sealed class Cleaner
{
    private readonly IReadOnlyList<ICleaningRule> _rules;
    private readonly bool _recordRepairs;

    /// <param name="recordRepairs">Record each repair in <see cref="CleanedDocument.Repairs"/> (false: the list stays empty).</param>
    public Cleaner(IReadOnlyList<ICleaningRule> rules, bool recordRepairs = true) => (_rules, _recordRepairs) = (rules, recordRepairs);

    /// <summary>The standard rules: invisible characters, radicals written for characters, running headers with a page
    /// number set apart by a gap (before spacing noise closes it), spacing noise, a scan's digits misread as letters, certain mojibake repairs, pinyin annotations, page markers inside a flattened line, source notes inside a sentence, a chat's spoiler bars, the statistics columns of a quiz report's option rows, site furniture, the header lines of a stream of messages, a subtitle file's cue numbers and timings, injected keyword lines, running
    /// headers that say page, garbled-text report.</summary>
    /// With a <paramref name="repetition"/> index of the batch, blocks repeated across it are removed after the site rules had their say.
    public static Cleaner CreateDefault(SiteRuleSet rules, RepetitionIndex? repetition = null, bool recordRepairs = true)
    {
        var steps = new List<ICleaningRule> { new InvisibleCharacterRule(), new RadicalCharacterRule(), new RunningHeaderRule(gappedNumbers: true), new SpacingNoiseRule(), new MisreadDigitRule(), new MojibakeRepairRule(), new PinyinAnnotationRule(), new InlinePageMarkerRule(), new InlineSourceNoteRule(), new SpoilerMarkupRule(), new QuizStatisticsColumnsRule(rules), new AttemptReviewMarkersRule(), new SiteBoilerplateRule(rules), new MessageHeaderRule(), new SubtitleCueRule(), new KeywordStuffingRule(), new RunningHeaderRule(), new RepeatedFooterRule() };
        if (repetition is not null) steps.Add(new RepeatedBlockRule(repetition));
        steps.Add(new GarbledTextRule());
        return new Cleaner(steps, recordRepairs);
    }

    /// <summary>Only the repairs that change text (no removal): what a batch's first pass sees, so its blocks compare equal to the cleaner's.</summary>
    public static Cleaner CreateRepairsOnly(bool recordRepairs = true) =>
        new([new InvisibleCharacterRule(), new RadicalCharacterRule(), new SpacingNoiseRule(), new MisreadDigitRule(), new MojibakeRepairRule(), new PinyinAnnotationRule(), new InlinePageMarkerRule(), new InlineSourceNoteRule(), new SpoilerMarkupRule()], recordRepairs);

    public CleanedDocument Clean(IReadOnlyList<Block> blocks)
    {
        // Furniture the reader recognised by its markup is reported under the reader's rule; the text rules
        // (site phrases, repeated lines) are not shown it, so what it says changes nothing in the body.
        var context = new CleaningContext(blocks.Where(b => b.FurnitureRule is null && (b.Kind != BlockKind.PageFurniture || !string.IsNullOrWhiteSpace(b.Text))).ToList())
        {
            RecordsRepairs = _recordRepairs,
            SetAside = blocks.Where(b => b.FurnitureRule is not null && !string.IsNullOrWhiteSpace(b.Text)).ToList(),
        };
        foreach (var rule in _rules) rule.Apply(context);
        // Blank blocks carry no text; dropping them loses nothing.
        var body = context.Blocks.Where(b => !string.IsNullOrWhiteSpace(b.Text) && b.Kind != BlockKind.PageFurniture).ToList();
        foreach (var furniture in context.Blocks.Where(b => b.Kind == BlockKind.PageFurniture && !string.IsNullOrWhiteSpace(b.Text)))
            context.Removed.Add(new RemovedPiece("page-header-footer", furniture.Text, furniture.Location));
        foreach (var furniture in blocks.Where(b => b.FurnitureRule is not null && !string.IsNullOrWhiteSpace(b.Text)))
            context.Removed.Add(new RemovedPiece(furniture.FurnitureRule!, furniture.Text, furniture.Location));
        var site = context.TitleSite ?? context.SiteEvidence.GroupBy(s => s).OrderByDescending(g => g.Count())
            .ThenBy(g => context.SiteEvidence.IndexOf(g.Key)).Select(g => g.Key).FirstOrDefault();
        return new CleanedDocument(body, context.Removed, context.Repairs, context.Warnings, site,
            context.TitleCandidates, context.TruncationNotices) { CompletionNotices = context.CompletionNotices };
    }
}
