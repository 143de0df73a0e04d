using System.Security.Cryptography;
using System.Text;
using QuestionExtract.Model;
using QuestionExtract.Pipeline;
using QuestionExtract.Reading;

namespace QuestionExtract.Tests.Reading;

public sealed class MhtmlReaderTests
{
    static MhtmlReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Boundary = "----=_NextPart_01DA5B2C.6E1F9A40";

    private static readonly DocumentReaders Readers = DocumentReaders.CreateDefault();

    private const string Exam =
        "<html><head><title>八年级物理下册第七章《力》单元测试</title></head><body><div class=WordSection1>" +
        "<p class=MsoNormal align=center><b>八年级物理下册第七章《力》单元测试</b></p>" +
        "<p class=MsoNormal>一、选择题</p>" +
        "<p class=MsoNormal>1．下列关于力的说法中，正确的是（&nbsp;&nbsp;）</p>" +
        "<p class=MsoNormal>A．只有相互接触的物体才有力的作用</p><p class=MsoNormal>B．力是物体对物体的作用</p>" +
        "<p class=MsoNormal>【答案】B</p><p class=MsoNormal>【解析】力是物体对物体的作用。</p>" +
        "<p class=MsoNormal>2．用手拍桌子，手会感到疼，说明（&nbsp;&nbsp;）</p>" +
        "<p class=MsoNormal>A．力的作用是相互的</p><p class=MsoNormal>B．桌子对手没有力</p>" +
        "<p class=MsoNormal>【答案】A</p></div></body></html>";

    // Word's quoted-printable: every byte past ASCII and every "=" as =XX, lines cut at 76 characters with a
    // soft break wherever they fall, inside a character's bytes too.
    private static string QuotedPrintable(byte[] bytes)
    {
        var text = new StringBuilder();
        int column = 0;
        foreach (byte b in bytes)
        {
            if (b == '\n') { text.Append("\r\n"); column = 0; continue; }
            var piece = b is >= 33 and <= 126 and not (byte)'=' || b == ' ' ? ((char)b).ToString() : $"={b:X2}";
            if (column + piece.Length > 75) { text.Append("=\r\n"); column = 0; }
            text.Append(piece);
            column += piece.Length;
        }
        return text.ToString();
    }

    private static string Part(string type, string transferEncoding, string body, string location = "file:///C:/x/page.htm") =>
        $"--{Boundary}\r\nContent-Location: {location}\r\nContent-Transfer-Encoding: {transferEncoding}\r\nContent-Type: {type}\r\n\r\n{body}\r\n";

    private static byte[] Multipart(params string[] parts) =>
        Encoding.Latin1.GetBytes($"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"{Boundary}\"\r\n\r\nThis document is a Single File Web Page.\r\n\r\n" +
                                 string.Concat(parts) + $"--{Boundary}--\r\n");

    private static byte[] WordSaved(string html) => Multipart(
        Part("text/html; charset=\"gb2312\"", "quoted-printable", QuotedPrintable(Encoding.GetEncoding(936).GetBytes(html))),
        Part("text/xml; charset=\"utf-8\"", "quoted-printable", "<xml xmlns:o=3D\"urn:schemas-microsoft-com:office:office\"></xml>", "file:///C:/x/page.files/filelist.xml"));

    [Fact]
    public void Quoted_printable_gb2312_with_soft_breaks_gives_the_questions()
    {
        var bytes = WordSaved(Exam);
        Assert.Contains("=\r\n", Encoding.Latin1.GetString(bytes));
        var doc = ExtractionPipeline.CreateDefault().Extract("wuli.doc", bytes).Document;
        Assert.Equal("八年级物理下册第七章《力》单元测试", doc.Title);
        Assert.Equal([("1", "B"), ("2", "A")], doc.Questions.Select(q => (q.Number, q.Answer)));
        Assert.Equal("用手拍桌子，手会感到疼，说明（）", doc.Questions[1].QuestionText);
        Assert.Equal(["只有相互接触的物体才有力的作用", "力是物体对物体的作用"], doc.Questions[0].Options!.Select(o => o.Text));
        Assert.Equal("mhtml", doc.Source.Format);
        Assert.Equal("gb18030", doc.Source.Encoding);
    }

    [Fact]
    public void A_gbk_character_in_a_page_labelled_gb2312_is_read()
    {
        // 镕 is in GBK, not in GB2312: savers label such pages gb2312 all the same.
        var bytes = WordSaved("<html><body><p>1．朱镕基是谁？</p></body></html>");
        var doc = Readers.For("p.mht", bytes).Read("p.mht", bytes);
        Assert.Equal(["1．朱镕基是谁？"], doc.Blocks.Select(b => b.Text));
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Base64_utf8_part_after_an_image_is_the_page()
    {
        var png = Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], Base64FormattingOptions.InsertLineBreaks);
        var html = Convert.ToBase64String(Encoding.UTF8.GetBytes("<html><body><p>1. 什么是闭包？</p><p>答案：函数和它的词法环境。</p></body></html>"), Base64FormattingOptions.InsertLineBreaks);
        // Short lines as mail writers wrap them: the line breaks are not part of the data.
        html = string.Join("\r\n", html.Chunk(20).Select(c => new string(c)));
        var bytes = Multipart(Part("image/png", "base64", png, "file:///C:/x/image001.png"), Part("text/html; charset=utf-8", "base64", html));
        var doc = Readers.For("page.mhtml", bytes).Read("page.mhtml", bytes);
        Assert.Equal(["1. 什么是闭包？", "答案：函数和它的词法环境。"], doc.Blocks.Select(b => b.Text));
        Assert.Equal("utf-8", doc.Source.Encoding);
    }

    [Fact]
    public void A_single_part_message_is_the_page_and_its_meta_charset_decides_without_a_header_charset()
    {
        var head = Encoding.ASCII.GetBytes("\r\n\r\nMIME-Version: 1.0\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
        var body = Encoding.GetEncoding(936).GetBytes("<html><head><meta charset=\"gbk\"><title>面试题</title></head><body><p>1. 请介绍你自己。</p></body></html>");
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. head, .. body];
        var reader = Readers.For("page.txt", bytes);
        Assert.Equal("mhtml", reader.Format);
        var doc = reader.Read("page.txt", bytes);
        Assert.Equal(["面试题", "1. 请介绍你自己。"], doc.Blocks.Select(b => b.Text));
        Assert.Equal(BlockKind.Heading, doc.Blocks[0].Kind);
        Assert.Equal("gb18030", doc.Source.Encoding);
    }

    [Fact]
    public void An_mhtml_named_doc_is_read_as_mhtml_and_its_source_is_the_file()
    {
        var bytes = WordSaved(Exam);
        var reader = Readers.For("试卷.doc", bytes);
        Assert.Equal("mhtml", reader.Format);
        var source = reader.Read("dir\\试卷.doc", bytes).Source;
        Assert.Equal(new SourceInfo("dir/试卷.doc", "mhtml", "gb18030", bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))), source);
    }

    [Theory]
    [InlineData("MIME-Version: 1.0 是邮件的第一个头。\nContent-Type: text/html 表示正文是网页。\n\n1. 什么是 MIME？\n")]
    [InlineData("MIME-Version 和 Content-Type: multipart/related 是什么？\n答：邮件头。\n")]
    [InlineData("MIME-Version: 1.0\n这一行不是邮件头\nContent-Type: text/html\n\n1. 问题？\n")]
    [InlineData("MIME-Version: 1.0\nContent-Type: text/plain\n\n1. 问题？\n")]
    public void Text_that_starts_with_mime_words_is_not_mhtml(string text)
    {
        Assert.Equal("text", Readers.For("notes.doc.txt", Encoding.UTF8.GetBytes(text)).Format);
        Assert.False(new MhtmlReader(new HtmlReader(ReadLimits.Default)).CanRead("a.mht", Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void A_message_without_an_html_part_says_what_it_holds()
    {
        var bytes = Multipart(Part("image/png", "base64", "iVBORw0KGgo=", "file:///C:/x/a.png"), Part("text/xml", "7bit", "<xml/>"));
        var ex = Assert.Throws<InvalidDataException>(() => Readers.For("a.doc", bytes).Read("a.doc", bytes));
        Assert.Equal("the MHTML file has no text/html part (parts: image/png, text/xml)", ex.Message);
    }

    [Fact]
    public void A_boundary_that_never_appears_is_refused()
    {
        var text = Encoding.Latin1.GetString(WordSaved(Exam)).Replace("--" + Boundary, "--other-boundary");
        var bytes = Encoding.Latin1.GetBytes(text);
        var ex = Assert.Throws<InvalidDataException>(() => Readers.For("a.doc", bytes).Read("a.doc", bytes));
        Assert.Contains($"boundary \"{Boundary}\" never appears", ex.Message);
    }

    [Fact]
    public void A_multipart_without_a_boundary_is_refused()
    {
        var bytes = "MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n<html><body><p>x</p></body></html>\r\n"u8.ToArray();
        Assert.Contains("no boundary", Assert.Throws<InvalidDataException>(() => Readers.For("a.mht", bytes).Read("a.mht", bytes)).Message);
    }

    [Fact]
    public void A_file_cut_off_before_the_closing_boundary_keeps_its_page()
    {
        var text = Encoding.Latin1.GetString(WordSaved(Exam));
        var bytes = Encoding.Latin1.GetBytes(text[..text.IndexOf("--" + Boundary + "\r\nContent-Location: file:///C:/x/page.files", StringComparison.Ordinal)]);
        var doc = ExtractionPipeline.CreateDefault().Extract("cut.doc", bytes).Document;
        Assert.Equal(["1", "2"], doc.Questions.Select(q => q.Number));
    }

    [Fact]
    public void Mhtml_files_are_found_in_folders()
    {
        Assert.Contains(".mht", DocumentReaders.SupportedExtensions);
        Assert.Contains(".MHTML", DocumentReaders.SupportedExtensions);
    }
}
