using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace QuestionExtract.Text;

/// <summary>
/// Refuses YAML nested deeper than a limit. YamlDotNet builds the node tree recursively, so a line of
/// 100,000 '[' (or "- - - …") overflows the stack, which no handler can catch: the process dies.
/// </summary>
public sealed class DepthLimitingParser(IParser inner, int maxDepth) : IParser
{
    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        switch (inner.Current)
        {
            case SequenceStart or MappingStart:
                if (++_depth > maxDepth)
                    throw new YamlException(inner.Current.Start, inner.Current.End, $"nested deeper than {maxDepth} levels");
                break;
            case SequenceEnd or MappingEnd:
                _depth--;
                break;
        }
        return true;
    }
}
