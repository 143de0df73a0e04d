namespace QuestionExtract.Reading;

/// <summary>One relationship of a package part: its id, its type URI and the path of the part it targets.</summary>
internal sealed record PartRelationship(string Id, string Type, string Target)
{
    /// <summary>True when the type is the named one (the last segment of the type URI, in either the
    /// transitional or the strict namespace).</summary>
    public bool Is(string name) => Type.EndsWith("/" + name, StringComparison.Ordinal);
}
