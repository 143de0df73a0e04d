using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using QuestionExtract.Model;
using QuestionExtract.Reading;
using QuestionExtract.Tests.Reading.Fixtures;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using M = DocumentFormat.OpenXml.Math;

namespace QuestionExtract.Tests.Reading;

public sealed class DocxReaderTests
{
    private static List<string> Texts(byte[] docx, BlockKind? kind = null) =>
        new DocxReader(ReadLimits.Default).Read("t.docx", docx).Blocks.Where(b => kind is null || b.Kind == kind).Select(b => b.Text).ToList();

    [Theory]
    [InlineData("decimal", "%1.", "1.|2.|3.")]
    [InlineData("decimal", "(%1)", "(1)|(2)|(3)")]
    [InlineData("chineseCounting", "%1、", "一、|二、|三、")]
    [InlineData("chineseCountingThousand", "第%1题", "第一题|第二题|第三题")]
    [InlineData("ideographTraditional", "%1.", "甲.|乙.|丙.")]
    [InlineData("upperLetter", "%1.", "A.|B.|C.")]
    [InlineData("lowerLetter", "%1)", "a)|b)|c)")]
    [InlineData("decimalEnclosedCircle", "%1", "①|②|③")]
    [InlineData("upperRoman", "%1.", "I.|II.|III.")]
    public void Renders_automatic_numbers(string format, string levelText, string expected)
    {
        var docx = new DocxFixture().AbstractList(1, (format, levelText, 1)).List(1, 1)
            .Paragraph("甲", numId: 1).Paragraph("乙", numId: 1).Paragraph("丙", numId: 1).Build();
        Assert.Equal(expected.Split('|'), Texts(docx).Select(t => t.Split(' ')[0]));
    }

    [Fact]
    public void Counters_continue_across_a_list_and_restart_with_a_start_override()
    {
        var docx = new DocxFixture().AbstractList(1, ("decimal", "%1.", 1)).List(1, 1).List(2, 1, restartAt: 1).List(3, 1, restartAt: 5)
            .Paragraph("a", numId: 1).Paragraph("text").Paragraph("b", numId: 1)
            .Paragraph("c", numId: 2).Paragraph("d", numId: 2)
            .Paragraph("e", numId: 3).Build();
        Assert.Equal(["1. a", "text", "2. b", "1. c", "2. d", "5. e"], Texts(docx));
    }

    [Fact]
    public void Deeper_levels_restart_when_a_shallower_level_advances()
    {
        var docx = new DocxFixture().AbstractList(1, ("decimal", "%1.", 1), ("decimal", "%1.%2", 1)).List(1, 1)
            .Paragraph("a", numId: 1).Paragraph("a1", numId: 1, level: 1).Paragraph("a2", numId: 1, level: 1)
            .Paragraph("b", numId: 1).Paragraph("b1", numId: 1, level: 1).Build();
        Assert.Equal(["1. a", "1.1 a1", "1.2 a2", "2. b", "2.1 b1"], Texts(docx));
    }

    [Fact]
    public void A_number_typed_as_well_as_automatic_is_not_doubled()
    {
        var docx = new DocxFixture().AbstractList(1, ("decimal", "%1.", 1)).List(1, 1).Paragraph("1. 问题?", numId: 1).Build();
        Assert.Equal(["1. 问题?"], Texts(docx));
    }

    [Fact]
    public void Line_breaks_and_tabs_inside_a_paragraph_stay_in_its_block()
    {
        var p = new Paragraph(new Run(
            new WordText("the value is available"), new Break(), new WordText("whereas"), new CarriageReturn(), new WordText("then"),
            new TabChar(), new WordText("tabbed"), new Break { Type = BreakValues.TextWrapping }, new WordText("wrapped"),
            new NoBreakHyphen(), new WordText("hyphen")));
        var blocks = new DocxReader(ReadLimits.Default).Read("t.docx", new DocxFixture().Element(p).Build()).Blocks;
        Assert.Equal([("the value is available\nwhereas\nthen\ttabbed\nwrapped-hyphen", BlockKind.Paragraph)], blocks.Select(b => (b.Text, b.Kind)));
    }

    [Fact]
    public void A_page_or_column_break_ends_the_block_and_the_number_stays_on_the_first()
    {
        var p = new Paragraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
            new Run(new WordText("第一页的题目?"), new Break { Type = BreakValues.Page }, new WordText("第二页的答案")),
            new Run(new Break { Type = BreakValues.Column }), new Run(new WordText("下一栏")));
        var leading = new Paragraph(new Run(new Break { Type = BreakValues.Page }), new Run(new WordText("新页的段落")));
        var docx = new DocxFixture().AbstractList(1, ("decimal", "%1.", 1)).List(1, 1).Element(p).Element(leading).Build();
        var blocks = new DocxReader(ReadLimits.Default).Read("t.docx", docx).Blocks;
        Assert.Equal([("1. 第一页的题目?", BlockKind.ListItem), ("第二页的答案", BlockKind.Paragraph), ("下一栏", BlockKind.Paragraph), ("新页的段落", BlockKind.Paragraph)],
            blocks.Select(b => (b.Text, b.Kind)));
    }

    // pandoc writes continuation paragraphs of a list item as a bullet level whose text is blank: Word shows no mark.
    [Theory]
    [InlineData("bullet", "")]
    [InlineData("bullet", " ")]
    [InlineData("decimal", " ")]
    [InlineData("none", "%2")]
    public void A_level_whose_text_is_blank_renders_nothing(string format, string levelText)
    {
        var docx = new DocxFixture().AbstractList(1, ("bullet", "\uF0B7", 1), (format, levelText, 1)).List(1, 1)
            .Paragraph("闭包是什么?", numId: 1).Paragraph("闭包是函数和它的词法环境。", numId: 1, level: 1).Paragraph("下一项", numId: 1).Build();
        var blocks = new DocxReader(ReadLimits.Default).Read("t.docx", docx).Blocks;
        Assert.Equal([("• 闭包是什么?", BlockKind.ListItem), ("闭包是函数和它的词法环境。", BlockKind.Paragraph), ("• 下一项", BlockKind.ListItem)],
            blocks.Select(b => (b.Text, b.Kind)));
    }

    [Fact]
    public void Deleted_tracked_changes_are_dropped_and_inserted_ones_kept()
    {
        var p = new Paragraph(
            new Run(new WordText("答案:")),
            new DeletedRun(new Run(new DeletedText("旧答案"))) { Id = "1", Author = "a" },
            new InsertedRun(new Run(new WordText("新答案"))) { Id = "2", Author = "a" });
        Assert.Equal(["答案:新答案"], Texts(new DocxFixture().Element(p).Build()));
    }

    private static M.Run MathRun(string text) => new(new M.Text(text));

    [Fact]
    public void Equations_read_as_a_line_of_their_characters()
    {
        // 已知集合A={x|x²-3x+2=0}: a power whose characters have superscript forms takes them.
        var set = new Paragraph(new Run(new WordText("1．已知集合")), new M.OfficeMath(
            MathRun("A={x|"), new M.Superscript(new M.Base(MathRun("x")), new M.SuperArgument(MathRun("2"))), MathRun("-3x+2=0}")),
            new Run(new WordText("，则")));
        // A fraction, an index, a root and a power that has no superscript form.
        var mixed = new Paragraph(new M.OfficeMath(
            new M.Fraction(new M.Numerator(MathRun("1+i")), new M.Denominator(MathRun("1-i"))), MathRun("+"),
            new M.Subscript(new M.Base(MathRun("a")), new M.SubArgument(MathRun("n"))), MathRun("+"),
            new M.Radical(new M.RadicalProperties(new M.HideDegree { Val = M.BooleanValues.On }), new M.Degree(), new M.Base(MathRun("2"))), MathRun("+"),
            new M.Superscript(new M.Base(MathRun("e")), new M.SuperArgument(MathRun("x+y")))));
        // An equation paragraph (m:oMathPara) holds its equations; a bracket keeps its own characters.
        var display = new Paragraph(new M.Paragraph(new M.OfficeMath(new M.Delimiter(
            new M.DelimiterProperties(new M.BeginChar { Val = "[" }, new M.EndChar { Val = "]" }), new M.Base(MathRun("0")), new M.Base(MathRun("1"))))));
        Assert.Equal(["1．已知集合A={x|x²-3x+2=0}，则", "(1+i)/(1-i)+aₙ+√2+e^(x+y)", "[0|1]"], Texts(new DocxFixture().Element(set).Element(mixed).Element(display).Build()));
    }

    [Fact]
    public void Symbol_font_glyphs_read_as_their_characters()
    {
        // Insert ▸ Symbol writes a Wingdings box as the font's code F0A8 or F0FE; a glyph we do not read stays out.
        static Run Symbol(string font, string code) => new(new SymbolChar { Font = font, Char = code });
        var sheet = new Paragraph(Symbol("Wingdings", "F0A8"), new Run(new WordText("A．110　")), Symbol("Wingdings", "F0FE"),
            new Run(new WordText("B．119　")), Symbol("Wingdings 2", "F052"), new Run(new WordText("C　")), Symbol("Webdings", "F021"));
        Assert.Equal(["☐A．110　☑B．119　☑C　"], Texts(new DocxFixture().Element(sheet).Build()));
    }

    [Fact]
    public void Ruby_guides_are_dropped()
    {
        var ruby = new Ruby(new RubyContent(new Run(new WordText("wǎng"))), new RubyBase(new Run(new WordText("網"))));
        Assert.Equal(["網絡"], Texts(new DocxFixture().Element(new Paragraph(new Run(ruby), new Run(new WordText("絡")))).Build()));
    }

    [Fact]
    public void Text_boxes_are_read_once_as_blocks_of_their_own()
    {
        static OpenXmlElement Box(string text) => new Picture(new DocumentFormat.OpenXml.Vml.Shape(
            new DocumentFormat.OpenXml.Vml.TextBox(new TextBoxContent(new Paragraph(new Run(new WordText(text)))))));
        var plain = new Paragraph(new Run(new WordText("正文")), new Run(Box("文本框里的题目?")));
        // Word writes a text box twice: the DrawingML choice and a VML fallback copy.
        var doubled = new Paragraph(new Run(new WordText("第二段")), new Run(new AlternateContent(
            new AlternateContentChoice(Box("只应出现一次")) { Requires = "wps" },
            new AlternateContentFallback(Box("只应出现一次")))));
        Assert.Equal(["正文", "文本框里的题目?", "第二段", "只应出现一次"], Texts(new DocxFixture().Element(plain).Element(doubled).Build()));
    }

    [Fact]
    public void Table_rows_become_one_block_each_with_cells_joined()
    {
        TableCell Cell(string t) => new(new Paragraph(new Run(new WordText(t))));
        var table = new Table(new TableRow(Cell("序号"), Cell("问题"), Cell("答案")), new TableRow(Cell("1"), Cell("为什么?"), Cell("因为。")));
        Assert.Equal(["序号 | 问题 | 答案 |", "1 | 为什么? | 因为。 |"], Texts(new DocxFixture().Element(table).Build()));
    }

    [Fact]
    public void Table_rows_keep_their_cells_with_a_pipe_of_their_own_and_their_paragraphs_as_lines()
    {
        TableCell Cell(params string[] paragraphs) => new(paragraphs.Select(t => new Paragraph(new Run(new WordText(t)))));
        var table = new Table(new TableRow(Cell("题号"), Cell("问题"), Cell("答案")),
            new TableRow(Cell("1"), Cell("grep a|b 匹配什么?"), Cell("匹配 a 或 b 的行。", "需要 -E。")));
        var rows = new DocxReader(ReadLimits.Default).Read("t.docx", new DocxFixture().Element(table).Build()).Blocks;
        Assert.Equal(["题号 | 问题 | 答案 |", "1 | grep a|b 匹配什么? | 匹配 a 或 b 的行。 需要 -E。 |"], rows.Select(b => b.Text));
        Assert.All(rows, b => Assert.Equal(BlockKind.TableRow, b.Kind));
        Assert.Equal(["1", "grep a|b 匹配什么?", "匹配 a 或 b 的行。\n需要 -E。"], rows[1].Cells!);
    }

    [Fact]
    public void A_one_cell_row_of_a_table_with_columns_is_a_row_of_one_cell_and_a_one_column_table_is_paragraphs()
    {
        TableCell Cell(string t, int span = 1) => new(new TableCellProperties(new GridSpan { Val = span }), new Paragraph(new Run(new WordText(t))));
        var questions = new Table(new TableRow(Cell("序号"), Cell("问题"), Cell("答案")), new TableRow(Cell("Java基础", span: 3)),
            new TableRow(Cell("1"), Cell("什么是 JVM?"), Cell("Java 虚拟机。")));
        var box = new Table(new TableRow(Cell("温馨提示")), new TableRow(Cell("本文档仅供学习。")));
        var blocks = new DocxReader(ReadLimits.Default).Read("t.docx", new DocxFixture().Element(questions).Element(box).Build()).Blocks;
        Assert.Equal([("序号 | 问题 | 答案 |", BlockKind.TableRow), ("Java基础", BlockKind.TableRow), ("1 | 什么是 JVM? | Java 虚拟机。 |", BlockKind.TableRow),
            ("温馨提示", BlockKind.Paragraph), ("本文档仅供学习。", BlockKind.Paragraph)], blocks.Select(b => (b.Text, b.Kind)));
        Assert.Equal(["Java基础"], blocks[1].Cells!);
        Assert.Null(blocks[3].Cells);
    }

    [Fact]
    public void A_footnote_is_read_right_after_the_paragraph_that_refers_to_it_and_separators_are_not()
    {
        var docx = new DocxFixture().ParagraphWithFootnote("【例题1】支票的出票人是（　　）", "【答案】A【解析】出票人为单位或个人。")
            .Paragraph("A．存款人").Paragraph("B．银行").Build();
        Assert.Equal(["【例题1】支票的出票人是（　　）", "【答案】A【解析】出票人为单位或个人。", "A．存款人", "B．银行"], Texts(docx));
    }

    [Fact]
    public void Headers_and_footers_are_page_furniture_and_headings_are_headings()
    {
        var docx = new DocxFixture().Header("原创力文档").Footer("第1页").Paragraph("面试题", style: "Heading1").Paragraph("正文").Build();
        Assert.Equal(["原创力文档", "第1页"], Texts(docx, BlockKind.PageFurniture));
        Assert.Equal(["面试题"], Texts(docx, BlockKind.Heading));
    }

    [Fact]
    public void A_zip_that_is_not_a_docx_and_a_truncated_docx_fail_with_a_reason()
    {
        var docx = new DocxFixture().Paragraph("x").Build();
        var cut = docx[..(docx.Length / 2)];
        var ex = Assert.Throws<InvalidDataException>(() => new DocxReader(ReadLimits.Default).Read("cut.docx", cut));
        Assert.Contains("not a readable docx", ex.Message);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_inflated()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) entry.Write(zeros);
        }
        var ex = Assert.Throws<InvalidDataException>(() => new DocxReader(ReadLimits.Default).Read("bomb.docx", stream.ToArray()));
        Assert.Contains("zip bomb", ex.Message);
    }

    // Hand-written packages, as other producers write them: part names in another case, an absolute
    // target, a relative one climbing out of a folder, an external hyperlink, a strict-namespace body.
    [Theory]
    [InlineData("/Word/Document.xml", "Word/Document.xml", "http://schemas.openxmlformats.org/wordprocessingml/2006/main")]
    [InlineData("word/document.xml", "word/document.xml", "http://purl.oclc.org/ooxml/wordprocessingml/main")]
    [InlineData("content/../word/main.xml", "word/main.xml", "http://schemas.openxmlformats.org/wordprocessingml/2006/main")]
    public void Parts_are_found_through_the_package_relationships(string mainTarget, string mainEntry, string wordNamespace)
    {
        const string Rels = "http://schemas.openxmlformats.org/package/2006/relationships";
        const string Types = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var folder = mainEntry[..(mainEntry.LastIndexOf('/') + 1)];
        var file = mainEntry[(folder.Length)..];
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
            Entry("_rels/.rels", $"<Relationships xmlns='{Rels}'><Relationship Id='r1' Type='{Types}/officeDocument' Target='{mainTarget}'/></Relationships>");
            Entry($"{folder}_rels/{file}.rels", $"<Relationships xmlns='{Rels}'>" +
                $"<Relationship Id='h' Type='{Types}/hyperlink' Target='https://example.com/' TargetMode='External'/>" +
                $"<Relationship Id='r2' Type='{Types}/header' Target='header1.xml'/></Relationships>");
            Entry(folder.ToLowerInvariant() + "header1.xml", $"<w:hdr xmlns:w='{wordNamespace}'><w:p><w:r><w:t>原创力文档</w:t></w:r></w:p></w:hdr>");
            Entry(mainEntry, $"<w:document xmlns:w='{wordNamespace}'><w:body><w:p><w:r><w:t>第一题</w:t><w:tab/><w:t>自我介绍</w:t></w:r></w:p></w:body></w:document>");
        }
        var blocks = new DocxReader(ReadLimits.Default).Read("hand.docx", stream.ToArray()).Blocks;
        Assert.Equal([("原创力文档", BlockKind.PageFurniture), ("第一题\t自我介绍", BlockKind.Paragraph)], blocks.Select(b => (b.Text, b.Kind)));
    }

    [Fact]
    public void A_package_without_a_main_document_relationship_fails_with_a_reason()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<document/>");
        }
        var ex = Assert.Throws<InvalidDataException>(() => new DocxReader(ReadLimits.Default).Read("norels.docx", stream.ToArray()));
        Assert.Contains("names no main document", ex.Message);
    }
}
