using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace QuestionExtract.Text;

/// <summary>
/// Loads YAML that a user wrote (rules files, question files) so that every malformed input ends as a
/// <see cref="YamlException"/> with a line and column, never as another exception escaping to the user.
/// </summary>
public static class YamlInput
{
    /// <summary>Deepest nesting of collections accepted; question and rules files need a handful.</summary>
    public const int MaxDepth = 200;

    /// <param name="wrap">Wraps the parser, e.g. to refuse events (<c>NoAliasParser</c>).</param>
    /// <exception cref="YamlException">The text is not well-formed YAML (or <paramref name="wrap"/> refused it).</exception>
    public static YamlStream Load(string text, Func<IParser, IParser>? wrap = null)
    {
        var scanner = new FlowTrackingScanner(new Scanner(new StringReader(text)));
        IParser parser = new DepthLimitingParser(new Parser(scanner), MaxDepth);
        if (wrap is not null) parser = wrap(parser);
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this, with no position, on some malformed input, e.g. a flow
            // sequence left open across lines ("skills: [数据" then another line).
            if (scanner.InnermostOpen is { } open)
                throw new YamlException(open.Start, scanner.CurrentPosition, $"the '{open.Bracket}' opened here is never closed", ex);
            throw new YamlException(scanner.CurrentPosition, scanner.CurrentPosition, "malformed YAML", ex);
        }
        return stream;
    }

    /// <summary>The reason of a YAML error, without the position prefix YamlDotNet puts on messages.</summary>
    public static string Reason(YamlException ex)
    {
        // Our own wrapper's inner exception carries no useful text; YamlDotNet's wrapped ones do.
        var message = ex.InnerException is { } inner and not InvalidOperationException ? inner.Message : ex.Message;
        int close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
