using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using QuestionExtract.Pipeline;

namespace QuestionExtract.Cli;

/// <summary>
/// Writes one file per input under --output, mirroring input folders, atomically. Two inputs mapping to one
/// output are an error, not an overwrite. Without --force, an input whose output is newer and records the
/// same sha256 is skipped.
/// </summary>
public sealed partial class FolderSink(string outputDir, string format, string? yamlSchema, bool force, bool excel = false, string? deck = null) : IResultSink
{
    [GeneratedRegex(@"""?sha256""?\s*:\s*""?(?<h>[0-9a-f]{64})")]
    private static partial Regex RecordedHash();

    private readonly Dictionary<string, string> _claimed = [];
    private readonly string _extension = DocumentRenderer.Extension(format);

    public bool IsUpToDate(InputFile input, byte[] content)
    {
        if (force || input.IsStdin) return false;
        try
        {
            var target = OutputPathMapper.Map(outputDir, input.RelativeOutputPath, _extension);
            if (!File.Exists(target) || File.GetLastWriteTimeUtc(target) < File.GetLastWriteTimeUtc(input.FullPath!)) return false;
            using var reader = new StreamReader(target);
            var head = new char[4096];
            var match = RecordedHash().Match(new string(head, 0, reader.Read(head, 0, head.Length)));
            return match.Success && match.Groups["h"].Value == Convert.ToHexStringLower(SHA256.HashData(content));
        }
        catch (IOException)
        {
            return false;
        }
    }

    public PreparedOutput Prepare(InputFile input, ExtractionResult result)
    {
        string target;
        try
        {
            target = OutputPathMapper.Map(outputDir, input.RelativeOutputPath, _extension);
        }
        catch (IOException ex)
        {
            return new PreparedOutput(Error: ex.Message);
        }
        // Built in one builder and encoded from its chunks: the rendered string, a copy with the newline and
        // the encoded copy of each (mostly large) output were a tenth of a batch's allocations.
        var content = new StringBuilder();
        content.Append(DocumentRenderer.Header(format, excel, deck, result.Document.Title));
        DocumentRenderer.RenderTo(content, result.Document, format, yamlSchema: yamlSchema);
        if (format == "json") content.Append('\n');
        try
        {
            return new PreparedOutput(Target: target, Staged: AtomicFileWriter.Stage(target, content));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new PreparedOutput(Error: $"cannot write {target}: {ex.Message}");
        }
    }

    public string? Commit(InputFile input, PreparedOutput prepared)
    {
        if (prepared.Error is not null) return prepared.Error;
        var (target, staged) = (prepared.Target!, prepared.Staged!);
        if (!_claimed.TryAdd(target, input.DisplayPath))
        {
            AtomicFileWriter.Discard(staged);
            return $"output {target} is already written for {_claimed[target]}; not overwritten";
        }
        try
        {
            AtomicFileWriter.Publish(staged, target);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot write {target}: {ex.Message}";
        }
    }

    public void Complete()
    {
    }
}
