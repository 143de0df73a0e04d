using System.Diagnostics;
using QuestionExtract.Model;

namespace QuestionExtract.Reading;

/// <summary>
/// Reads Word 97–2003 .doc files by converting them to .docx with LibreOffice (soffice, headless) into a
/// private temporary folder, then reading that with <see cref="DocxReader"/>. Without soffice on the PATH
/// the file fails with a message saying so.
/// </summary>
public sealed class LegacyDocReader(DocxReader docx) : IDocumentReader
{
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public string Format => "doc";

    public bool CanRead(string path, ReadOnlySpan<byte> content) => content.StartsWith(OleSignature);

    public SourceDocument Read(string path, byte[] content)
    {
        var soffice = FindOnPath("soffice") ?? FindOnPath("libreoffice")
            ?? throw new NotSupportedException("legacy Word .doc needs LibreOffice to convert it, and soffice is not on the PATH (Debian: apt-get install libreoffice-writer-nogui)");
        var folder = Directory.CreateTempSubdirectory("qextract-doc-");
        try
        {
            var input = Path.Combine(folder.FullName, "input.doc");
            File.WriteAllBytes(input, content);
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
                ArgumentList = { "--headless", "--norestore", $"-env:UserInstallation=file://{folder.FullName}/profile", "--convert-to", "docx", "--outdir", folder.FullName, input },
            };
            using var process = Process.Start(start) ?? throw new InvalidDataException("could not start soffice");
            if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidDataException("soffice did not convert the .doc within 120 seconds");
            }
            var output = Path.Combine(folder.FullName, "input.docx");
            if (!File.Exists(output)) throw new InvalidDataException($"soffice could not convert the .doc: {process.StandardError.ReadToEnd().Trim()}");
            var doc = docx.Read(path, File.ReadAllBytes(output));
            return doc with { Source = SourceInfoFactory.Create(path, Format, "utf-8", content) };
        }
        finally
        {
            try { folder.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
