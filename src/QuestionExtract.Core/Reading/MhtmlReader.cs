using System.Text;
using System.Text.RegularExpressions;
using QuestionExtract.Model;

namespace QuestionExtract.Reading;

/// <summary>
/// Reads MHTML (Word's "single file web page", K-12 sites' downloads), recognised by its MIME headers whatever the
/// extension: these files are often named .doc. The first text/html part is the page; its transfer encoding is
/// undone, it is decoded in the part's charset (else as a saved page is), and <see cref="HtmlReader"/> reads it.
/// Images, styles and Word's filelist.xml parts are ignored.
/// </summary>
public sealed partial class MhtmlReader(HtmlReader html) : IDocumentReader
{
    // Headers are short; a MIME message that has not named itself within this many lines is not one.
    private const int MaxHeaderLines = 40;

    // multipart/alternative inside multipart/related and the like; deeper nesting is not something a saver writes.
    private const int MaxNesting = 4;

    public string Format => "mhtml";

    public bool CanRead(string path, ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("\uFEFF"u8)) content = content[3..];
        var head = Encoding.Latin1.GetString(content[..Math.Min(content.Length, 8192)]).AsSpan().TrimStart("\r\n\t ");
        bool version = false, type = false;
        int lines = 0;
        foreach (var range in head.Split('\n'))
        {
            var line = head[range].TrimEnd('\r');
            if (line.IsEmpty) break;
            // Every line up to the blank one must be a header: text that opens with "MIME-Version:" and goes on in
            // prose is text.
            if (!MimePart.IsHeaderLine(line) || ++lines > MaxHeaderLines) return false;
            // The two headers in their exact form, so that prose about them ("MIME-Version: 1.0 是…") is not taken for them.
            if (VersionHeader().IsMatch(line)) version = true;
            else if (TypeHeader().IsMatch(line)) type = true;
        }
        return version && type;
    }

    [GeneratedRegex(@"^MIME-Version:\s*1\.0\s*(?:\([^)]*\)\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex VersionHeader();

    [GeneratedRegex(@"^Content-Type:\s*(?:multipart/related|text/html)\s*(?:;.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TypeHeader();

    public SourceDocument Read(string path, byte[] content)
    {
        int start = content.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var message = MimePart.Parse(Encoding.Latin1.GetString(content, start, content.Length - start).TrimStart('\r', '\n', ' ', '\t'));
        var page = FindPage(message, 0) ?? throw new InvalidDataException($"the MHTML file has no text/html part ({Describe(message)})");
        var decoded = HtmlReader.Decode(page.DecodedBody(), DeclaredCharset(page));
        var doc = html.Read(SourceInfoFactory.Create(path, Format, decoded.EncodingName, content), decoded);
        // The html reader counts bytes in the decoded part, not in the file: say so.
        return doc with
        {
            Warnings = [.. doc.Warnings.Select(w => w.Code == "invalid-bytes" && w.Location is not null ? w with { Location = $"{w.Location} of the html part" } : w)],
        };
    }

    // A charset of us-ascii is what savers write when they did not look; the page's meta or detection knows better.
    private static string? DeclaredCharset(MimePart page) =>
        page.Parameter("Content-Type", "charset") is { Length: > 0 } charset && !charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase) ? charset : null;

    private static MimePart? FindPage(MimePart entity, int depth)
    {
        var type = entity.MediaType;
        if (type == "text/html") return entity;
        if (!type.StartsWith("multipart/", StringComparison.Ordinal) || depth >= MaxNesting) return null;
        foreach (var part in Parts(entity))
            if (FindPage(part, depth + 1) is { } page) return page;
        return null;
    }

    /// <summary>The parts between the boundary lines (RFC 2046): the text before the first is a preamble, after the closing one an epilogue.</summary>
    private static List<MimePart> Parts(MimePart multipart)
    {
        var boundary = multipart.Parameter("Content-Type", "boundary");
        if (string.IsNullOrEmpty(boundary))
            throw new InvalidDataException($"the MHTML file's {multipart.MediaType} has no boundary");
        var delimiter = "--" + boundary;
        var body = multipart.Body;
        var parts = new List<MimePart>();
        int partStart = -1;
        bool closed = false;
        int at = 0;
        while (at < body.Length)
        {
            int end = body.IndexOf('\n', at);
            int next = end < 0 ? body.Length : end + 1;
            var line = body.AsSpan(at, (end < 0 ? body.Length : end) - at).TrimEnd("\r\t ");
            if (line.StartsWith(delimiter, StringComparison.Ordinal))
            {
                var rest = line[delimiter.Length..];
                if (rest.IsEmpty || rest.SequenceEqual("--"))
                {
                    // The line break before a boundary line belongs to the boundary, not to the part.
                    if (partStart >= 0) parts.Add(MimePart.Parse(body[partStart..WithoutFinalLineBreak(body, at)]));
                    if (rest.IsEmpty) partStart = next;
                    else { closed = true; break; }
                }
            }
            at = next;
        }
        if (partStart < 0)
            throw new InvalidDataException($"the MHTML file's boundary \"{boundary}\" never appears in its body");
        // A file cut off before the closing boundary still holds its parts; only the last may be incomplete.
        if (!closed && partStart < body.Length) parts.Add(MimePart.Parse(body[partStart..]));
        return parts;
    }

    private static int WithoutFinalLineBreak(string text, int end)
    {
        if (end > 0 && text[end - 1] == '\n') end--;
        if (end > 0 && text[end - 1] == '\r') end--;
        return end;
    }

    // What the message holds instead of a page, for the error message.
    private static string Describe(MimePart message)
    {
        if (!message.MediaType.StartsWith("multipart/", StringComparison.Ordinal)) return $"its content is {message.MediaType}";
        var types = Parts(message).Select(p => p.MediaType).Distinct().ToList();
        return types.Count == 0 ? "no parts" : "parts: " + string.Join(", ", types);
    }
}
