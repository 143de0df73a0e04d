using System.Text;
using System.Text.RegularExpressions;

namespace QuestionExtract.Reading;

/// <summary>
/// One entity of a MIME message (the whole message, or a part of a multipart one): its headers and its body. The
/// text is the message's bytes as Latin-1 characters, one character per byte, so an 8bit body goes back to its
/// bytes unchanged.
/// </summary>
internal sealed partial class MimePart
{
    private readonly Dictionary<string, string> _headers;

    private MimePart(Dictionary<string, string> headers, string body)
    {
        _headers = headers;
        Body = body;
    }

    /// <summary>The body as Latin-1 characters, still in its transfer encoding.</summary>
    public string Body { get; }

    /// <summary>The media type of Content-Type in lower case (<c>text/html</c>); text/plain when there is none, as MIME says.</summary>
    public string MediaType
    {
        get
        {
            var value = Header("Content-Type");
            if (value is null) return "text/plain";
            int semicolon = value.IndexOf(';');
            return (semicolon < 0 ? value : value[..semicolon]).Trim().ToLowerInvariant();
        }
    }

    public string? Header(string name) => _headers.GetValueOrDefault(name);

    /// <summary>A parameter of a header (<c>boundary</c>, <c>charset</c>), unquoted; null when absent.</summary>
    public string? Parameter(string header, string name)
    {
        var value = Header(header);
        if (value is null) return null;
        foreach (Match m in ParameterPattern().Matches(value))
            if (m.Groups["n"].Value.Equals(name, StringComparison.OrdinalIgnoreCase)) return m.Groups["v"].Value;
        return null;
    }

    /// <summary>
    /// Splits an entity at its first empty line into headers and body. Folded header lines (starting with a space or
    /// a tab) continue the header before them; the first occurrence of a header counts.
    /// </summary>
    public static MimePart Parse(string text)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? name = null;
        int at = 0;
        while (at < text.Length)
        {
            int end = text.IndexOf('\n', at);
            int next = end < 0 ? text.Length : end + 1;
            var line = text.AsSpan(at, (end < 0 ? text.Length : end) - at).TrimEnd('\r');
            at = next;
            if (line.IsEmpty) break;
            if (line[0] is ' ' or '\t')
            {
                if (name is not null) headers[name] += " " + line.Trim().ToString();
                continue;
            }
            int colon = line.IndexOf(':');
            if (colon <= 0) { name = null; continue; }
            name = line[..colon].Trim().ToString();
            if (!headers.TryAdd(name, line[(colon + 1)..].Trim().ToString())) name = null;
        }
        return new MimePart(headers, at < text.Length ? text[at..] : "");
    }

    /// <summary>
    /// Whether a line has the shape of a header (<c>Name: value</c>) or of a folded header's continuation; used to
    /// tell a MIME message from text that merely starts with "MIME-Version:".
    /// </summary>
    public static bool IsHeaderLine(ReadOnlySpan<char> line) =>
        line.Length > 0 && (line[0] is ' ' or '\t' || HeaderLinePattern().IsMatch(line));

    /// <summary>The body's bytes with the Content-Transfer-Encoding undone.</summary>
    public byte[] DecodedBody()
    {
        var encoding = (Header("Content-Transfer-Encoding") ?? "7bit").Trim().ToLowerInvariant();
        return encoding switch
        {
            "quoted-printable" => QuotedPrintable(Body),
            "base64" => Base64(Body),
            "7bit" or "8bit" or "binary" or "" => Encoding.Latin1.GetBytes(Body),
            _ => throw new InvalidDataException($"the MHTML page is in the unknown transfer encoding \"{encoding}\""),
        };
    }

    // "=" before a line end is a soft line break (the encoder's, not the text's); "=XX" is a byte. A stray "=" not
    // followed by hex digits is kept as it is, as mail readers do, rather than failing the whole page.
    private static byte[] QuotedPrintable(string body)
    {
        var bytes = new List<byte>(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c != '=') { bytes.Add((byte)c); continue; }
            int j = i + 1;
            // Encoders and mail relays leave spaces after a soft break's "=": the break still holds.
            while (j < body.Length && body[j] is ' ' or '\t') j++;
            if (j < body.Length && body[j] == '\n') { i = j; continue; }
            if (j + 1 < body.Length && body[j] == '\r' && body[j + 1] == '\n') { i = j + 1; continue; }
            if (j >= body.Length) break;
            if (i + 2 < body.Length && char.IsAsciiHexDigit(body[i + 1]) && char.IsAsciiHexDigit(body[i + 2]))
            {
                bytes.Add((byte)Convert.ToInt32(body.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }
            bytes.Add((byte)'=');
        }
        return [.. bytes];
    }

    private static byte[] Base64(string body)
    {
        var compact = new StringBuilder(body.Length);
        foreach (char c in body)
            if (!char.IsWhiteSpace(c)) compact.Append(c);
        // A cut-off final quantum loses its padding; the bytes before it are still good.
        if (compact.Length % 4 is 2 or 3) compact.Append('=', 4 - compact.Length % 4);
        try
        {
            return Convert.FromBase64String(compact.ToString());
        }
        catch (FormatException)
        {
            throw new InvalidDataException("the MHTML page's base64 body is broken (characters that are not base64)");
        }
    }

    [GeneratedRegex(@";\s*(?<n>[A-Za-z0-9_.\-*]+)\s*=\s*(?:""(?<v>[^""]*)""|(?<v>[^;\s]*))")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9\-]*:")]
    private static partial Regex HeaderLinePattern();
}
