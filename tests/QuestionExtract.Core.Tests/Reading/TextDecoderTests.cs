using System.Text;
using QuestionExtract.Reading;

namespace QuestionExtract.Tests.Reading;

public sealed class TextDecoderTests
{
    private const string Simplified = "请描述一次你作为团队领导者,成功解决客户重大投诉的经历。你在其中扮演了什么角色?";
    private const string Traditional = "請描述一次你作為團隊領導者,成功解決客戶重大投訴的經歷。你在其中扮演了什麼角色?";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Utf8_with_and_without_bom()
    {
        Assert.Equal(("utf-8", Simplified), Decode(Encoding.UTF8.GetBytes(Simplified)));
        Assert.Equal(("utf-8-bom", Simplified), Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Simplified)]));
    }

    [Fact]
    public void Gb18030_is_detected() => Assert.Equal(("gb18030", Simplified), Decode(Encoding.GetEncoding(54936).GetBytes(Simplified)));

    [Fact]
    public void Big5_is_detected() => Assert.Equal(("big5", Traditional), Decode(Encoding.GetEncoding(950).GetBytes(Traditional)));

    [Fact]
    public void Utf16_with_bom() => Assert.Equal(("utf-16le", Simplified), Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Simplified)]));

    [Fact]
    public void Invalid_bytes_are_reported_not_fatal()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("1.你为什么选择这个职业?"), 0xFF, .. Encoding.UTF8.GetBytes("我喜欢帮助别人,这让我很有成就感。\n")];
        var doc = new PlainTextReader().Read("bad.txt", bytes);
        Assert.Equal("utf-8", doc.Source.Encoding);
        Assert.Contains(doc.Warnings, w => w.Code == "invalid-bytes" && w.Location == "byte 33");
    }

    // Word's and Notepad's Western code page: curly quotes, a dash and accented letters alone between ASCII bytes.
    [Theory]
    [InlineData("1. Tell me about a time you \u201Cowned\u201D a problem \u2013 what happened?\nAnswer: I\u2019d start with the customer.\n")]
    [InlineData("Questions d\u2019entretien \u2013 Stage\n1. Pourquoi voulez-vous rejoindre notre \u00E9quipe ?\nR\u00E9ponse : parce que le projet r\u00E9\u00E9crit l\u2019histoire.\n")]
    public void Windows1252_text_is_read_in_its_code_page(string text)
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(text);
        Assert.Equal(("windows-1252", text), Decode(bytes));
    }

    // Chinese text in a legacy code is pairs of high bytes: never taken for windows-1252, a dash or two aside.
    [Fact]
    public void Gbk_text_with_a_western_dash_stays_gb18030()
    {
        var text = Simplified + " \u2013 " + Simplified;
        Assert.Equal("gb18030", TextDecoder.Decode(Encoding.GetEncoding(54936).GetBytes(text)).EncodingName);
    }

    private static (string, string) Decode(byte[] bytes)
    {
        var d = TextDecoder.Decode(bytes);
        return (d.EncodingName, d.Text);
    }
}
