namespace QuestionExtract.Tests.Specs;

/// <summary>One case of a spec file: its input document and the expected extraction (YAML).</summary>
public sealed record SpecCase(string File, string Name, string Input, string Expect)
{
    public override string ToString() => $"{File}: {Name}";
}
