using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace QuestionExtract.Text;

/// <summary>
/// A YAML scanner that remembers where the flow collections (<c>[</c>, <c>{</c>) still open began, so an
/// error inside one can name the bracket that was never closed.
/// </summary>
public sealed class FlowTrackingScanner(IScanner inner) : IScanner
{
    private readonly Stack<(Mark Start, char Bracket)> _open = new();
    private Token? _seen;

    /// <summary>The innermost flow collection not yet closed, if any.</summary>
    public (Mark Start, char Bracket)? InnermostOpen => _open.Count > 0 ? _open.Peek() : null;

    public Mark CurrentPosition => inner.CurrentPosition;

    public Token? Current => inner.Current;

    public bool MoveNext() => Track(inner.MoveNext());

    public bool MoveNextWithoutConsuming() => Track(inner.MoveNextWithoutConsuming());

    public void ConsumeCurrent() => inner.ConsumeCurrent();

    // The parser peeks at the same token more than once: count each token once.
    private bool Track(bool moved)
    {
        if (!moved || ReferenceEquals(inner.Current, _seen)) return moved;
        _seen = inner.Current;
        switch (_seen)
        {
            case FlowSequenceStart s: _open.Push((s.Start, '[')); break;
            case FlowMappingStart m: _open.Push((m.Start, '{')); break;
            case FlowSequenceEnd or FlowMappingEnd when _open.Count > 0: _open.Pop(); break;
        }
        return moved;
    }
}
