using System.Text;
using QuestionExtract.Reading;
using QuestionExtract.Tests.Reading.Fixtures;

namespace QuestionExtract.Tests.Reading;

public sealed class DocumentReadersTests
{
    private static readonly DocumentReaders Readers = DocumentReaders.CreateDefault();

    [Fact]
    public void The_format_is_chosen_by_content_not_extension()
    {
        Assert.Equal("docx", Readers.For("renamed.txt", new DocxFixture().Paragraph("x").Build()).Format);
        Assert.Equal("html", Readers.For("page.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>"u8).Format);
        Assert.Equal("pdf", Readers.For("file.docx", "%PDF-1.4"u8).Format);
        Assert.Equal("text", Readers.For("notes.html", "1. 为什么?"u8).Format);
    }

    // Downloads are misnamed: text or source code saved as .docx is read as the text it is, not refused as a broken docx.
    [Theory]
    [InlineData("1. 什么是闭包?\n闭包是函数和它的词法环境。\n")]
    [InlineData("using System;\n\npublic static class Program\n{\n    public static void Main() => Console.WriteLine(\"1. ?\");\n}\n")]
    public void Text_named_docx_is_read_as_text(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = Readers.For("bank.docx", bytes);
        Assert.Equal("text", reader.Format);
        Assert.Equal(text.TrimEnd('\n').Split('\n'), reader.Read("bank.docx", bytes).Blocks.Select(b => b.Text).SkipLast(1));
    }

    [Fact]
    public void Binary_and_non_docx_zip_are_unsupported()
    {
        Assert.Contains("binary", Assert.Throws<NotSupportedException>(() => Readers.For("a.txt", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0, 0, 0 })).Message);
        Assert.Contains("zip archive", Assert.Throws<NotSupportedException>(() => Readers.For("a.zip", new byte[] { 0x50, 0x4B, 3, 4, 0, 0, 0 })).Message);
        // A broken zip named .docx goes to the docx reader, which says what is wrong with it.
        Assert.Equal("docx", Readers.For("cut.docx", new byte[] { 0x50, 0x4B, 3, 4, 0, 0, 0 }).Format);
    }

    [Fact]
    public void Files_over_the_size_limit_are_refused()
    {
        var small = DocumentReaders.CreateDefault(limits: new ReadLimits { MaxFileBytes = 10 });
        Assert.Contains("limit", Assert.Throws<InvalidDataException>(() => small.For("a.txt", Encoding.UTF8.GetBytes("一二三四五六七八"))).Message);
    }

    [Fact]
    public void Legacy_doc_without_libreoffice_says_so()
    {
        var ole = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 };
        var reader = Readers.For("old.doc", ole);
        Assert.Equal("doc", reader.Format);
        var path = Environment.GetEnvironmentVariable("PATH");
        try
        {
            Environment.SetEnvironmentVariable("PATH", "/nonexistent");
            var ex = Assert.Throws<NotSupportedException>(() => reader.Read("old.doc", ole));
            Assert.Contains("soffice is not on the PATH", ex.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
        }
    }
}
