using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace QuestionExtract.Reading;

/// <summary>
/// The parts of a .docx read straight from its zip (Open Packaging Conventions): the main document found
/// through the package relationships, and the parts the document relates to (headers, footers, numbering,
/// styles, altChunks). Part names are matched without regard to case, as the conventions require.
/// OpenXml's package layer did the same work at a quarter of the reader's time (perf), for parts that are
/// then read as plain XML anyway; OpenXml still types numbering and styles (<see cref="WordNumbering"/>).
/// </summary>
internal sealed class WordPackage : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly long _maxCharacters;

    private WordPackage(ZipArchive zip, long maxCharacters)
    {
        _zip = zip;
        _maxCharacters = maxCharacters;
        _entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries) _entries.TryAdd(entry.FullName, entry);
        var main = Relationships("").FirstOrDefault(r => r.Is("officeDocument"))
                   ?? throw new InvalidDataException("not a readable docx: the package names no main document");
        MainDocument = main.Target;
        DocumentRelationships = Relationships(MainDocument);
    }

    /// <summary>The path of the main document part (usually word/document.xml).</summary>
    public string MainDocument { get; }

    /// <summary>The main document's relationships, in the order its relationships part lists them.</summary>
    public IReadOnlyList<PartRelationship> DocumentRelationships { get; }

    /// <summary>Opens the package; zip bombs and non-docx zips are refused before anything is inflated.</summary>
    public static WordPackage Open(byte[] content, ReadLimits limits)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            throw new InvalidDataException($"not a readable docx (broken zip): {ex.Message}", ex);
        }
        try
        {
            if (zip.Entries.Count > limits.MaxParts)
                throw new InvalidDataException($"the docx has {zip.Entries.Count} parts, more than the limit of {limits.MaxParts}");
            long total = zip.Entries.Sum(e => e.Length);
            if (total > limits.MaxDecompressedBytes)
                throw new InvalidDataException($"the docx expands to {total} bytes, more than the limit of {limits.MaxDecompressedBytes} (zip bomb?)");
            if (!zip.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.OrdinalIgnoreCase)))
                throw new InvalidDataException("the zip holds no word/document.xml: not a docx");
            return new WordPackage(zip, limits.MaxDecompressedBytes / 4);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    public bool Exists(string path) => _entries.ContainsKey(path);

    public byte[] ReadBytes(string path) => Reading(path, stream =>
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    });

    public XDocument LoadXml(string path) => Reading(path, stream =>
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = _maxCharacters };
        using var reader = XmlReader.Create(stream, settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    });

    // A damaged entry (bad compression data, an unknown method) or a part that is not well-formed XML is a
    // broken docx, said as such with the part's name.
    private T Reading<T>(string path, Func<Stream, T> read)
    {
        var entry = _entries.TryGetValue(path, out var found) ? found : throw new InvalidDataException($"not a readable docx: part {path} is missing");
        try
        {
            using var stream = entry.Open();
            return read(stream);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or XmlException)
        {
            throw new InvalidDataException($"not a readable docx: {path}: {ex.Message}", ex);
        }
    }

    public void Dispose() => _zip.Dispose();

    // The relationships of a part ("" for the package itself), targets resolved to part paths; external
    // targets (hyperlinks) are left out.
    private List<PartRelationship> Relationships(string source)
    {
        int slash = source.LastIndexOf('/');
        var folder = slash < 0 ? "" : source[..(slash + 1)];
        var relsPath = folder + "_rels/" + source[(slash + 1)..] + ".rels";
        var result = new List<PartRelationship>();
        if (!Exists(relsPath)) return result;
        var root = LoadXml(relsPath).Root;
        if (root is null) return result;
        foreach (var rel in root.Elements())
        {
            if (rel.Name.LocalName != "Relationship") continue;
            var (id, type, target) = ((string?)rel.Attribute("Id"), (string?)rel.Attribute("Type"), (string?)rel.Attribute("Target"));
            if (id is null || type is null || target is null || (string?)rel.Attribute("TargetMode") == "External") continue;
            result.Add(new PartRelationship(id, type, Resolve(folder, target)));
        }
        return result;
    }

    private static string Resolve(string folder, string target)
    {
        target = Uri.UnescapeDataString(target);
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..") { if (segments.Count > 0) segments.RemoveAt(segments.Count - 1); continue; }
            segments.Add(segment);
        }
        return string.Join('/', segments);
    }
}
