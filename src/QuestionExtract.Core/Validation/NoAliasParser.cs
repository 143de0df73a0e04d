using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace QuestionExtract.Validation;

/// <summary>
/// Refuses YAML anchors and aliases: question files never need them, and aliases are how "billion laughs"
/// files blow up memory in whatever walks the result.
/// </summary>
public sealed class NoAliasParser(IParser inner) : IParser
{
    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        if (inner.Current is AnchorAlias alias) throw new YamlException(alias.Start, alias.End, "YAML aliases are not allowed in question files");
        if (inner.Current is NodeEvent { Anchor.IsEmpty: false } node) throw new YamlException(node.Start, node.End, "YAML anchors are not allowed in question files");
        return true;
    }
}
