using System.Security.Cryptography;
using System.Text;
using QuestionExtract.Text;

namespace QuestionExtract.Pipeline;

/// <summary>
/// Stable question ids from the normalized question text (width, script, spaces and punctuation folded), so
/// the same question in two files, or in simplified and traditional, gets the same id.
/// </summary>
public static class QuestionIdFactory
{
    public static string Create(string questionText)
    {
        var folded = FoldedText.Of(questionText);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded) if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
        return "q-" + Convert.ToHexStringLower(hash)[..12];
    }
}
