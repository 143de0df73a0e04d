using System.Text;
using QuestionExtract.Model;
using QuestionExtract.Pipeline;
using QuestionExtract.Tests.Reading.Fixtures;

namespace QuestionExtract.Tests.Reading;

/// <summary>
/// The same question bank must come out the same whichever form it arrived in: every sample is rebuilt as
/// docx (automatic numbering, site header/footer), html (nav, script, footer) and legacy encodings, and
/// must give the questions, answers and analyses of the UTF-8 text.
/// </summary>
public sealed class CrossFormatTests
{
    static CrossFormatTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // Samples whose layout lives in runs of spaces or tabs: a PDF export's running title with its page number set
    // apart by a wide gap, an exam key printed as a tab-separated grid. The html reader folds runs of white space
    // (and no-break spaces) to one, so their html form is another document, where those lines read otherwise.
    private static readonly HashSet<string> SpacedLayouts = ["samples/probes/p5_20_pdf_en_hyphen.txt", "samples/probes/p6_03_key_grid.txt", "samples/probes/p12_09_en_indiabix_answer_option.txt"];

    // Samples that are a spreadsheet saved as tab-separated text: the text reader reads the rows as a table; in
    // a Word or html form the same lines are paragraphs with tabs in them, another document.
    private static readonly HashSet<string> TabSeparatedTables = ["samples/probes/p6_02_tab_bank.txt", "samples/probes/p12_10_quizlet_tab_export_networking.txt", "samples/probes/p12_20_csv_import_template_yinhang.txt", "samples/probes/p14_17_anki_tab_export.txt"];

    // A page drawn mostly in box-drawing characters (a key grid of │ and ─): UTF-16 without a byte order mark is
    // told from the share of code units in the ASCII range, and such a page has too few.
    private static readonly HashSet<string> BoxDrawn = ["samples/probes/p12_08_pdf_daofa_box_grid_key.txt"];

    private const int FewBeyondAscii = 4;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in SampleFiles.All())
            foreach (var form in new[] { "docx", "html", "gb18030", "big5", "utf-16le-bom", "utf-16be-bom", "utf-16le" })
                if (!(form == "html" && SpacedLayouts.Contains(sample)) && !(form is "html" or "docx" && TabSeparatedTables.Contains(sample))
                    && !(form is "gb18030" or "big5" && SymbolsOnlyBeyondAscii(sample)) && !(form == "utf-16le" && BoxDrawn.Contains(sample))
                    && IsUtf8(sample))
                    data.Add(sample, form);
        return data;
    }

    // The forms are made from the sample's UTF-8 bytes; the samples saved in GBK or UTF-16 are encoding cases of
    // their own.
    private static bool IsUtf8(string sample)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, sample));
        try { _ = new UTF8Encoding(false, true).GetString(bytes); }
        catch (DecoderFallbackException) { return false; }
        return !(bytes.Length >= 2 && bytes[0] is 0xFF or 0xFE && bytes[1] is 0xFE or 0xFF);
    }

    // An English page whose only characters beyond ASCII are symbols (a few ×) is the same bytes in Big5 as another
    // symbol (⊙) in GB18030: no reader can tell which was meant, so those two forms of it are not the same document.
    private static bool SymbolsOnlyBeyondAscii(string sample)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, sample));
        return text.Any(c => c > 0x7F) && !text.Any(c => c is >= '\u4E00' and <= '\u9FFF');
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Same_questions_from_every_form(string sample, string form)
    {
        var utf8 = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, sample));
        byte[]? variant = form switch
        {
            "docx" => SampleVariants.Docx(utf8),
            "html" => SampleVariants.Html(utf8),
            "gb18030" => SampleVariants.Encode(utf8, Encoding.GetEncoding(54936)),
            "big5" => SampleVariants.Encode(utf8, Encoding.GetEncoding(950)),
            "utf-16le-bom" => SampleVariants.Encode(utf8, Encoding.Unicode, bom: true),
            "utf-16be-bom" => SampleVariants.Encode(utf8, Encoding.BigEndianUnicode, bom: true),
            "utf-16le" => SampleVariants.Encode(utf8, Encoding.Unicode),
            _ => throw new ArgumentException(form),
        };
        if (variant is null) return; // Big5 cannot hold simplified characters: that form does not exist for this sample.

        var pipeline = ExtractionPipeline.CreateDefault();
        var expected = pipeline.Extract(sample, utf8).Document;
        var actual = pipeline.Extract(sample + "." + form, variant).Document;

        Assert.Equal(Fields(expected), Fields(actual));
        // Pure ASCII is valid UTF-8 in every one of these encodings, and is reported as such. An English page with a
        // character or two beyond ASCII (one ·) gives too few byte pairs to tell GB18030 from Big5: either is right
        // when the text read is the same.
        bool ascii = utf8.All(b => b < 0x80);
        int beyondAscii = Encoding.UTF8.GetString(utf8).Count(c => c > 0x7F);
        if (form is "gb18030" or "big5" && !ascii && beyondAscii < FewBeyondAscii) Assert.Contains(actual.Source.Encoding, new[] { "gb18030", "big5" });
        else if (form is "gb18030" or "big5") Assert.Equal(ascii ? "utf-8" : form, actual.Source.Encoding);
        Assert.Equal(form switch { "docx" => "docx", "html" => "html", _ => "text" }, actual.Source.Format);
    }

    [Fact]
    public void Docx_numbering_is_really_automatic()
    {
        var utf8 = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "samples/seeds/000_f478fff2d1ecd060.txt"));
        var docx = SampleVariants.Docx(utf8);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        var body = new StreamReader(zip.GetEntry("word/document.xml")!.Open()).ReadToEnd();
        Assert.DoesNotContain("第一题", body);
        Assert.Contains("numPr", body);
        var doc = ExtractionPipeline.CreateDefault().Extract("x.docx", docx).Document;
        Assert.Equal(["第一题", "第二题"], doc.Questions.Select(q => q.Number));
    }

    private static List<(string, string?, string?)> Fields(ExtractedDocument d) =>
        d.Questions.Select(q => (q.QuestionText, q.Answer, q.Analysis)).ToList();
}
