namespace QuestionExtract.Tests.Specs;

/// <summary>One case of a spec file: its input document and the expected extraction (YAML).</summary>
public sealed record SpecCase(string File, string Name, string Input, string Expect)
{
    public const string DefaultFileName = "spec.txt";

    /// <summary>The name the input is read under: its extension tells a whole file (notes.md) from a page capture (spec.txt).</summary>
    public string FileName { get; init; } = DefaultFileName;

    public override string ToString() => $"{File}: {Name}";
}
