namespace QuestionExtract.Model;

/// <summary>Facts about the input file, carried into the output as <c>source</c>.</summary>
public sealed record SourceInfo(string Path, string Format, string Encoding, long Bytes, string Sha256);
