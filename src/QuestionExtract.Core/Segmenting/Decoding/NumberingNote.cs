namespace QuestionExtract.Segmenting.Decoding;

/// <summary>A warning about a kept question's number: <c>numbering-gap</c> (numbers skipped before it) or <c>numbering-order</c>.</summary>
public sealed record NumberingNote(string Code, string Message);
