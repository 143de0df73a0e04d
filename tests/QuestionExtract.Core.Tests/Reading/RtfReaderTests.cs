using System.Text;
using QuestionExtract.Model;
using QuestionExtract.Reading;

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
    public void Is_read_natively_even_without_libreoffice()
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        try
        {
            Environment.SetEnvironmentVariable("PATH", "/nonexistent");
            var doc = new RtfReader().Read("downloads/bank.doc", Rtf);
            Assert.Equal(["1. What is a closure?", "Answer: a function with its scope."], doc.Blocks.Select(b => b.Text));
            Assert.All(doc.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
            Assert.Equal("rtf", doc.Source.Format);
            Assert.Equal("windows-1252", doc.Source.Encoding);
            Assert.Equal(Rtf.LongLength, doc.Source.Bytes);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
        }
    }

    [Fact]
    public void Gbk_bytes_under_ansicpg936_are_decoded_in_pairs()
    {
        // 我国 in GBK: CE D2 B9 FA; 答案：B as WPS writes it, under a font of charset 134.
        var doc = Read(@"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 \'cb\'ce\'cc\'e5;}}\f0 1\'a3\'ae\'ce\'d2\'b9\'fa\par {\cf1 \'b4\'f0\'b0\'b8\'a3\'baB}\par}");
        Assert.Equal(["1．我国", "答案：B"], Texts(doc));
        Assert.Equal("gb2312", doc.Source.Encoding);
    }

    [Theory]
    [InlineData(136, @"\'a7\'41\'a6\'6e", "你好")] // Big5
    [InlineData(128, @"\'82\'a0", "あ")] // Shift_JIS
    [InlineData(0, @"caf\'e9", "café")] // windows-1252
    public void The_fonts_charset_chooses_the_code_page(int charset, string escaped, string expected)
    {
        var doc = Read($@"{{\rtf1\ansi\ansicpg936{{\fonttbl{{\f0\fnil\fcharset134 SimSun;}}{{\f1\fnil\fcharset{charset} Other;}}}}\f1 {escaped}\par}}");
        Assert.Equal([expected], Texts(doc));
    }

    [Fact]
    public void Chinese_bytes_under_a_latin_font_of_a_chinese_document_are_chinese()
    {
        // Writers tag punctuation such as ：— with a Latin font; a lone é in that font stays é.
        var doc = Read(@"{\rtf1\ansi\ansicpg936{\fonttbl{\f0\fcharset134 SimSun;}{\f1\fcharset0 Arial;}}\f1 A\'a3\'ba\'a1\'aa caf\'e9\par}");
        Assert.Equal(["A：— café"], Texts(doc));
    }

    [Fact]
    public void A_double_byte_character_may_end_in_a_literal_ascii_byte()
    {
        // Big5 你 is A7 41: some writers escape only the lead byte.
        Assert.Equal(["你"], Texts(Read(@"{\rtf1\ansi\ansicpg950 \'a7A\par}")));
    }

    [Fact]
    public void Unicode_escapes_skip_their_fallback_characters()
    {
        var doc = Read(@"{\rtf1\ansi\uc1 \u25105?\u22269?:{\uc2 \u31572\'b4\'f0}\u-3913?\u26696 ?\par}");
        // \u-3913 is U+F0B7, a symbol-font glyph with no meaning outside its font: dropped.
        Assert.Equal(["我国:答案"], Texts(doc));
    }

    [Fact]
    public void Surrogate_pairs_written_as_two_escapes_make_one_character() =>
        Assert.Equal(["𠀀"], Texts(Read(@"{\rtf1\ansi\uc1\u-10176?\u-9216?\par}")));

    [Fact]
    public void Escaped_symbols_tabs_and_line_breaks_are_text()
    {
        var doc = Read(@"{\rtf1\ansi A.\~x\tab B.\_y\line \{z\}\\ and\-or\par}");
        Assert.Equal(["A.\u00A0x\tB.-y\n{z}\\ andor"], Texts(doc));
    }

    [Fact]
    public void Font_table_stylesheet_info_and_pictures_are_not_text()
    {
        var doc = Read(@"{\rtf1\ansi\deff0{\fonttbl{\f0\froman\fcharset0{\*\panose 02020603050405020304}Times New Roman{\*\falt Times};}}" +
                       @"{\colortbl;\red255\green0\blue0;}{\stylesheet{\s0 Normal;}{\*\cs10 Default Paragraph Font;}}" +
                       @"{\info{\title Secret title}{\author someone}}{\*\generator Riched20;}{\*\themedata 0011aa}" +
                       @"{\*\listtable{\list{\listlevel{\leveltext \'02\'00.;}}}}{\pict\pngblip 89504e47}\pard Question one\par}");
        Assert.Equal(["Question one"], Texts(doc));
    }

    [Fact]
    public void A_field_shows_its_result_not_its_instruction()
    {
        var doc = Read(@"{\rtf1\ansi See {\field{\*\fldinst { HYPERLINK ""https://example.com"" }}{\fldrslt {\ul the site}}} now.\par}");
        Assert.Equal(["See the site now."], Texts(doc));
    }

    [Fact]
    public void List_numbers_word_wrote_in_listtext_lead_their_list_items()
    {
        var doc = Read(@"{\rtf1\ansi{\fonttbl{\f0 Arial;}{\f3\fcharset2 Symbol;}}" +
                       @"{\listtext\pard\plain\f0 1.\tab}\pard\ls1 What is a closure?\par" +
                       @"{\listtext\pard\plain\f0 2.\tab}\pard\ls1 2. Typed number too\par" +
                       @"{\pntext\f3\'b7\tab}\pard Bullet\par " +
                       @"Plain\par}");
        Assert.Equal(["1. What is a closure?", "2. Typed number too", "• Bullet", "Plain"], Texts(doc));
        Assert.Equal([BlockKind.ListItem, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Paragraph], doc.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void A_table_of_two_cells_is_one_row_with_its_cells()
    {
        var doc = Read(@"{\rtf1\ansi Before\par" +
                       @"\trowd\cellx2000\cellx4000\pard\intbl Question\cell Answer one\par second line\cell\row" +
                       @"\trowd\cellx2000\cellx4000\pard\intbl Q2\cell A2\cell\row" +
                       @"\pard After\par}");
        Assert.Equal(["Before", "Question | Answer one second line |", "Q2 | A2 |", "After"], Texts(doc));
        var row = doc.Blocks[1];
        Assert.Equal(BlockKind.TableRow, row.Kind);
        Assert.Equal(["Question", "Answer one\nsecond line"], row.Cells);
    }

    [Fact]
    public void A_table_of_one_cell_rows_is_a_layout_box_read_as_paragraphs()
    {
        var doc = Read(@"{\rtf1\ansi\trowd\cellx9000\pard\intbl First\par Second\cell\row\pard End\par}");
        Assert.Equal(["First", "Second", "End"], Texts(doc));
        Assert.All(doc.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public void Headings_come_from_the_outline_level_or_a_heading_style()
    {
        var doc = Read(@"{\rtf1\ansi\ansicpg936{\stylesheet{\s0 Normal;}{\s1\outlinelevel0 heading 1;}{\s2 \'b1\'ea\'cc\'e2 2;}}" +
                       @"\pard\s1 Part one\par\pard\s2 Chapter\par\pard\outlinelevel2 Deep\par\pard Body\par}");
        Assert.Equal([(BlockKind.Heading, 1), (BlockKind.Heading, 2), (BlockKind.Heading, 3), (BlockKind.Paragraph, 0)],
            doc.Blocks.Select(b => (b.Kind, b.Level)));
    }

    [Fact]
    public void Headers_and_footers_are_page_furniture_and_footnotes_follow_their_paragraph()
    {
        var doc = Read(@"{\rtf1\ansi{\header\pard Downloaded from book118\par}{\footer\pard Page 1\par}" +
                       @"\pard Question{\super\chftn}{\footnote\pard {\super\chftn} Answer: B\par} text\par Next\par}");
        Assert.Equal([(BlockKind.PageFurniture, "Downloaded from book118"), (BlockKind.PageFurniture, "Page 1"),
                      (BlockKind.Paragraph, "Question text"), (BlockKind.Paragraph, " Answer: B"), (BlockKind.Paragraph, "Next")],
            doc.Blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Unicode_copies_in_upr_are_read_once()
    {
        var doc = Read(@"{\rtf1\ansi{\upr{\listtext ansi}{\*\ud{\listtext \u25105?}}}Text\par}");
        Assert.Equal(["我 Text"], Texts(doc));
    }

    [Theory]
    [InlineData(@"{\rtf1\ansi{\b One\par Two")] // truncated inside a group
    [InlineData(@"{\rtf1\ansi One\par}}Two\par}")] // a stray closing brace
    [InlineData(@"{\rtf1\ansi One\par{{{Two\par")] // groups never closed
    public void Unbalanced_or_truncated_input_keeps_what_is_there(string rtf) =>
        Assert.Equal(["One", "Two"], Texts(Read(rtf)));

    [Theory]
    [InlineData(@"{\rtf1\ansi One\'c")]
    [InlineData(@"{\rtf1\ansi One\")]
    [InlineData(@"{\rtf1\ansi One\u")]
    [InlineData(@"{\rtf1\ansi\ansicpg936 One\'ce")]
    [InlineData(@"{\rtf1\ansi One\bin999999 }")]
    public void A_file_cut_off_inside_an_escape_still_reads(string rtf) =>
        Assert.StartsWith("One", Assert.Single(Texts(Read(rtf))));

    [Fact]
    public void Binary_data_is_stepped_over_even_when_it_holds_braces() =>
        Assert.Equal(["One Two"], Texts(Read("{\\rtf1\\ansi One {\\pict\\bin4 }}{{}Two\\par}")));

    private static SourceDocument Read(string rtf) => new RtfReader().Read("t.rtf", Encoding.ASCII.GetBytes(rtf));

    private static List<string> Texts(SourceDocument doc) => doc.Blocks.Select(b => b.Text).ToList();
}
