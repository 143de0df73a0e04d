namespace QuestionExtract.Cleaning;

/// <summary>A document-sharing site: its id, display name and the phrases that identify it.</summary>
public sealed record SiteDefinition(string Id, string Name, IReadOnlyList<string> Identify);
