namespace QuestionExtract.Reading;

/// <summary>Bounds on what a reader will take in, so a hostile file fails with a message instead of eating memory.</summary>
public sealed record ReadLimits
{
    public static readonly ReadLimits Default = new();

    /// <summary>Largest input file, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 100L * 1024 * 1024;
    /// <summary>Largest total size of a docx's parts once decompressed.</summary>
    public long MaxDecompressedBytes { get; init; } = 256L * 1024 * 1024;
    /// <summary>Most parts (zip entries) a docx may have.</summary>
    public int MaxParts { get; init; } = 5000;
    /// <summary>Deepest html element nesting parsed as a tree; deeper pages are read as tag-stripped text.</summary>
    public int MaxHtmlDepth { get; init; } = 1000;
}
