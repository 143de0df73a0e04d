using System.Text;
using QuestionExtract.Model;
using QuestionExtract.Reading;
using QuestionExtract.Tests.Reading.Fixtures;

namespace QuestionExtract.Tests.Reading;

public sealed class RtfReaderTests
{
    private static readonly byte[] Rtf = Encoding.ASCII.GetBytes(@"{\rtf1\ansi\deff0{\fonttbl{\f0 Times;}}\f0 1. What is a closure?\par Answer: a function with its scope.\par}");

    [Theory]
    [InlineData("bank.rtf")]
    [InlineData("bank.doc")]
    [InlineData("bank.txt")]
    [InlineData("bank.docx")]
    public void Rtf_is_recognised_by_content_whatever_the_extension(string name)
    {
        Assert.Equal("rtf", DocumentReaders.CreateDefault().For(name, Rtf).Format);
        Assert.Equal("rtf", DocumentReaders.CreateDefault().For(name, [.. "\uFEFF\r\n"u8, .. Rtf]).Format);
    }

    [Fact]
    public void Text_that_only_mentions_rtf_is_still_text() =>
        Assert.Equal("text", DocumentReaders.CreateDefault().For("notes.txt", Encoding.UTF8.GetBytes(@"1. What does {\rtf1 mean?")).Format);

    [Fact]
    public void Without_libreoffice_the_file_fails_with_a_message_naming_it()
    {
        var reader = new RtfReader(new DocxReader(ReadLimits.Default), new LibreOfficeConverter(() => null));
        var ex = Assert.Throws<NotSupportedException>(() => reader.Read("downloads/bank.doc", Rtf));
        Assert.StartsWith("RTF document bank.doc needs LibreOffice (soffice) to convert it", ex.Message);
    }

    [Fact]
    public void With_libreoffice_the_converted_docx_is_read()
    {
        if (OperatingSystem.IsWindows()) return; // the stand-in for soffice is a shell script
        var folder = Directory.CreateTempSubdirectory("qextract-rtf-test-");
        try
        {
            // A stand-in for soffice: keeps what it was given and answers with a prepared docx, as soffice would.
            File.WriteAllBytes(Path.Combine(folder.FullName, "converted.docx"), new DocxFixture().Paragraph("1. What is a closure?").Paragraph("Answer: a function with its scope.").Build());
            var soffice = Path.Combine(folder.FullName, "soffice");
            File.WriteAllText(soffice, "#!/bin/sh\nwhile [ $# -gt 1 ]; do [ \"$1\" = --outdir ] && out=$2; shift; done\n" +
                                       "cp \"$1\" \"$(dirname \"$0\")/received\" && cp \"$(dirname \"$0\")/converted.docx\" \"$out/input.docx\"\n");
            File.SetUnixFileMode(soffice, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

            var doc = new RtfReader(new DocxReader(ReadLimits.Default), new LibreOfficeConverter(() => soffice)).Read("bank.doc", Rtf);

            Assert.Equal(Rtf, File.ReadAllBytes(Path.Combine(folder.FullName, "received")));
            Assert.Equal(["1. What is a closure?", "Answer: a function with its scope."], doc.Blocks.Where(b => b.Kind != BlockKind.PageFurniture).Select(b => b.Text));
            Assert.Equal("rtf", doc.Source.Format);
            Assert.Equal(Rtf.LongLength, doc.Source.Bytes);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
