namespace QuestionExtract.Model;

/// <summary>What a reader hands to the cleaner: the file's facts and its text blocks in reading order.</summary>
public sealed record SourceDocument(SourceInfo Source, IReadOnlyList<Block> Blocks, IReadOnlyList<ExtractionWarning> Warnings);
