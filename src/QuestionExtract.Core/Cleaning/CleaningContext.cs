using QuestionExtract.Model;

namespace QuestionExtract.Cleaning;

/// <summary>The blocks being cleaned and everything the rules found out about them.</summary>
public sealed class CleaningContext(IReadOnlyList<Block> blocks)
{
    public List<Block> Blocks { get; } = [.. blocks];
    public List<RemovedPiece> Removed { get; } = [];
    /// <summary>
    /// Blocks the reader set aside as furniture by their markup (html chrome, what follows the article): no rule
    /// removes or keeps them, but a preview notice among them still says the page was cut.
    /// </summary>
    public IReadOnlyList<Block> SetAside { get; init; } = [];
    public List<Repair> Repairs { get; } = [];
    /// <summary>
    /// Whether rules record their repairs in <see cref="Repairs"/>. Only explain reads them, and a page with pinyin
    /// after every character yields thousands per document: recorded for nothing, they were about a tenth of a
    /// batch's allocations, kept alive (and copied by the collector) until the document was done.
    /// </summary>
    public bool RecordsRepairs { get; init; } = true;
    public List<ExtractionWarning> Warnings { get; } = [];
    /// <summary>Site ids seen as evidence (a removed site rule, an identifying phrase), in order.</summary>
    public List<string> SiteEvidence { get; } = [];
    /// <summary>The one site the document's title names, if it names exactly one: it outranks the body's evidence.</summary>
    public string? TitleSite { get; set; }
    /// <summary>Titles offered by furniture (page markers repeat the document title).</summary>
    public List<string> TitleCandidates { get; } = [];
    /// <summary>Preview notices found: the page shows only part of the document.</summary>
    public List<string> TruncationNotices { get; } = [];
    /// <summary>End marks saying the text is whole, with nothing but furniture after them.</summary>
    public List<string> CompletionNotices { get; } = [];
}
