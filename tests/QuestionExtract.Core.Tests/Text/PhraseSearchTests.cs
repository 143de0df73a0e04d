using CsCheck;
using QuestionExtract.Text;

namespace QuestionExtract.Tests.Text;

/// <summary>The phrase search finds the first position a plain per-phrase search would, ordinally and ignoring case.</summary>
public sealed class PhraseSearchTests
{
    private static readonly string[] Phrases = ["原创力文档", "人人文库", "book118", "Docin.com", "VIP", "文档", "ſt", "k"];
    private static readonly string[] Pieces =
        ["原创", "力文档", "文档", "人人", "文库", "BOOK", "book", "118", "docin", "DOCIN", ".COM", "vip", "VIP", "Vi", "ſ", "s", "S", "T", "\u212A", "K", "x", " ", "。"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Finds_the_first_position_any_phrase_starts(bool ignoreCase)
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var search = new PhraseSearch(Phrases, ignoreCase);
        Gen.OneOf(Pieces).Array[0, 20].Select(parts => string.Concat(parts)).Sample(text =>
        {
            var found = Phrases.Select(p => text.IndexOf(p, comparison)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            Assert.Equal(found, search.IndexOf(text));
            Assert.Equal(found >= 0, search.Occurs(text));
        }, iter: 20_000);
    }

    // Ordinal ignore-case compares upper-case forms: a search by first character must stop wherever such a
    // form starts, not only at the phrase's own letters.
    [Theory]
    [InlineData("st", "xſt")]
    [InlineData("ß", "xß")]
    [InlineData("vip", "xVİP")]
    [InlineData("i", "xı")]
    [InlineData("ω", "xΩ")]
    [InlineData("Ω", "xω")]
    [InlineData("Äb", "xäB")]
    public void Ignoring_case_finds_what_string_search_finds(string phrase, string text) =>
        Assert.Equal(text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase), new PhraseSearch([phrase], ignoreCase: true).IndexOf(text));

    [Fact]
    public void An_empty_phrase_occurs_everywhere_and_no_phrases_nowhere()
    {
        Assert.Equal(0, new PhraseSearch(["", "x"], ignoreCase: false).IndexOf("abc"));
        Assert.False(new PhraseSearch([], ignoreCase: true).Occurs("abc"));
    }
}
