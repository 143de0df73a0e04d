using System.Text.RegularExpressions;
using QuestionExtract.Text;

namespace QuestionExtract.Tests.Text;

public sealed class UnicodeDigitsTests
{
    // The marker scanner swaps \d for [0-9] where this says no: that is sound only if it finds every character
    // beyond ASCII that \d matches.
    [Fact]
    public void Finds_every_character_beyond_ascii_that_a_regex_digit_matches()
    {
        var digit = new Regex(@"^\d$");
        for (int c = 0x80; c <= 0xFFFF; c++)
        {
            var s = ((char)c).ToString();
            Assert.Equal(digit.IsMatch(s), UnicodeDigits.AnyBeyondAscii(s));
        }
    }

    [Theory]
    [InlineData("第1题 What is 42?", false)]
    [InlineData("问题１：", true)]
    [InlineData("٣. سؤال", true)]
    [InlineData("", false)]
    public void Tells_texts_apart(string text, bool expected) => Assert.Equal(expected, UnicodeDigits.AnyBeyondAscii(text));
}
