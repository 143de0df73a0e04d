namespace QuestionExtract.Writing;

/// <summary>
/// An object in the output tree: ordered fields whose values are strings, numbers, booleans, null,
/// lists or further objects. Both writers serialise this tree, so JSON and YAML carry the same fields.
/// </summary>
public sealed class OutputNode
{
    public List<KeyValuePair<string, object?>> Fields { get; } = [];

    public OutputNode Add(string name, object? value)
    {
        Fields.Add(new(name, value));
        return this;
    }
}
