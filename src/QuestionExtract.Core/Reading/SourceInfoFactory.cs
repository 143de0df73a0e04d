using System.Security.Cryptography;
using QuestionExtract.Model;

namespace QuestionExtract.Reading;

/// <summary>Builds <see cref="SourceInfo"/>: the path as given (with '/' separators), size and SHA-256 of the bytes.</summary>
public static class SourceInfoFactory
{
    public static SourceInfo Create(string path, string format, string encoding, byte[] content) =>
        new(path.Replace('\\', '/'), format, encoding, content.LongLength, Convert.ToHexStringLower(SHA256.HashData(content)));
}
