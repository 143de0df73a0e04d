using System.IO.Compression;

namespace QuestionExtract.Tests.Reading.Fixtures;

/// <summary>Edits the parts of a built .docx as raw text, for packages no writer would produce (damaged or hand-made XML).</summary>
public static class DocxParts
{
    /// <summary>The package with the part at <paramref name="partName"/> (matched ignoring case) replaced by <paramref name="xml"/>.</summary>
    public static byte[] Replace(byte[] docx, string partName, string xml)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var existing = zip.Entries.FirstOrDefault(e => e.FullName.Equals(partName, StringComparison.OrdinalIgnoreCase))
                           ?? throw new ArgumentException($"no part {partName}", nameof(partName));
            var name = existing.FullName;
            existing.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(xml);
        }
        return stream.ToArray();
    }
}
