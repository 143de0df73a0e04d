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
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(FoldedText.Key(questionText)));
        return "q-" + Convert.ToHexStringLower(hash)[..12];
    }
}
