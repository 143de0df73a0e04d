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

    private static (string, string) Decode(byte[] bytes)
    {
        var d = TextDecoder.Decode(bytes);
        return (d.EncodingName, d.Text);
    }
}
