using System.Diagnostics;

namespace QuestionExtract.Reading;

/// <summary>
/// Converts a document LibreOffice understands (Word 97–2003 .doc) to .docx with soffice, headless, in a
/// private temporary folder that is deleted afterwards. Without soffice the conversion fails with a message
/// saying what is needed.
/// </summary>
public sealed class LibreOfficeConverter
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private readonly Func<string?> _locate;

    /// <param name="locate">Finds the soffice executable (null when there is none); by default soffice or libreoffice on the PATH.</param>
    public LibreOfficeConverter(Func<string?>? locate = null) => _locate = locate ?? FindOnPath;

    /// <summary>The .docx LibreOffice makes of <paramref name="content"/>.</summary>
    /// <param name="extension">The input's extension as LibreOffice should see it (".doc").</param>
    /// <param name="what">What the input is, for messages ("legacy Word .doc").</param>
    public byte[] ConvertToDocx(byte[] content, string extension, string what)
    {
        var soffice = _locate()
            ?? throw new NotSupportedException($"{what} needs LibreOffice (soffice) to convert it, and soffice is not on the PATH (Debian: apt-get install libreoffice-writer-nogui)");
        var folder = Directory.CreateTempSubdirectory("qextract-convert-");
        try
        {
            var input = Path.Combine(folder.FullName, "input" + extension);
            File.WriteAllBytes(input, content);
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
                ArgumentList = { "--headless", "--norestore", $"-env:UserInstallation=file://{folder.FullName}/profile", "--convert-to", "docx", "--outdir", folder.FullName, input },
            };
            using var process = Process.Start(start) ?? throw new InvalidDataException("could not start soffice");
            // Both pipes are read while soffice runs, so a chatty conversion cannot block on a full pipe.
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidDataException($"soffice did not convert the {what} within {Timeout.TotalSeconds:0} seconds");
            }
            var docx = Path.Combine(folder.FullName, "input.docx");
            if (!File.Exists(docx)) throw new InvalidDataException($"soffice could not convert the {what}: {errors.Result.Trim()} {output.Result.Trim()}".TrimEnd());
            return File.ReadAllBytes(docx);
        }
        finally
        {
            try { folder.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static string? FindOnPath() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, "soffice"), Path.Combine(dir, "libreoffice") }).FirstOrDefault(File.Exists);
}
