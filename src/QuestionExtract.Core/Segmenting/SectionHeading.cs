namespace QuestionExtract.Segmenting;

/// <summary>A parsed section heading: its name without numeral or point note, points per question, stated count.</summary>
public sealed record SectionHeading(int Ordinal, string? Name, double? Points, int? DeclaredCount);
