using System.Collections.Concurrent;
using System.Security.Cryptography;
using QuestionExtract.Model;

namespace QuestionExtract.Cli;

/// <summary>
/// Documents the repetition pass has already read, kept for the extraction pass so that a batch is not parsed
/// twice (a docx's unzip and XML parse are a large part of its cost). Only the first documents up to a budget
/// of characters are kept, so memory stays bounded however large the batch; the rest are read again. A kept
/// document is used only when the file's bytes are still the ones it was read from.
/// </summary>
public sealed class ReadAheadCache(long maxChars)
{
    private readonly ConcurrentDictionary<int, SourceDocument> _documents = new();
    private long _chars;

    public void Offer(int index, SourceDocument document)
    {
        long size = 0;
        foreach (var block in document.Blocks) size += block.Text.Length;
        if (Interlocked.Add(ref _chars, size) > maxChars)
        {
            Interlocked.Add(ref _chars, -size);
            return;
        }
        _documents[index] = document;
    }

    /// <summary>The kept document of input <paramref name="index"/> if it was read from exactly <paramref name="bytes"/>; removed either way.</summary>
    public SourceDocument? Take(int index, byte[] bytes) =>
        _documents.TryRemove(index, out var document) && document.Source.Bytes == bytes.LongLength
        && document.Source.Sha256 == Convert.ToHexStringLower(SHA256.HashData(bytes)) ? document : null;
}
