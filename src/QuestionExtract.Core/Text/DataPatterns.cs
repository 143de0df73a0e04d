using System.Text.RegularExpressions;

namespace QuestionExtract.Text;

/// <summary>
/// Regexes built from the data files (labels.yaml, site-rules.yaml). The native build has no regex compiler, so
/// such a pattern runs on the interpreter; the built-in files' patterns are known when the tool is built, though,
/// and <see cref="BuiltInPatterns"/> holds a source-generated regex for each of them, with the same text and options.
/// A pattern with a generated twin gets it; any other (a user's labels or rules) is interpreted as before.
/// The label and site patterns run at nearly every label word and on every block: interpreted, they were about a
/// tenth of a docx batch.
/// </summary>
public static class DataPatterns
{
    /// <summary>The regex for a data pattern: the generated one when the built-in data has the same pattern and options.</summary>
    public static Regex Create(string pattern, RegexOptions options, TimeSpan? timeout = null) =>
        Generated(pattern, options, timeout) ?? (timeout is { } t ? new Regex(pattern, options, t) : new Regex(pattern, options));

    /// <summary>The generated regex for a pattern the built-in data has, or null.</summary>
    public static Regex? Generated(string pattern, RegexOptions options, TimeSpan? timeout = null)
    {
        // RegexOptions.Compiled asks for compiled code, which a generated regex is; it changes no match.
        options &= ~RegexOptions.Compiled;
        int milliseconds = timeout is { } t ? (int)t.TotalMilliseconds : Timeout.Infinite;
        Recording.Value?.Add((pattern, options, milliseconds));
        // The generator writes a plain, interpreted Regex for what it cannot compile (a backreference that
        // ignores case): that is no twin.
        return BuiltInPatterns.Find(pattern, options, milliseconds) is { } regex && regex.GetType() != typeof(Regex) ? regex : null;
    }

    /// <summary>
    /// While set (on this async flow), every pattern asked for is added to it: how the test that writes
    /// <see cref="BuiltInPatterns"/> learns the built-in data's patterns.
    /// </summary>
    public static AsyncLocal<List<(string Pattern, RegexOptions Options, int TimeoutMilliseconds)>?> Recording { get; } = new();
}
