using QuestionExtract.Pipeline;
using QuestionExtract.Reading;

namespace QuestionExtract.Tests.Reading;

/// <summary>
/// Inputs the readers fuzzer found (Reading/Fixtures/Fuzz): damaged docx packages whose XML parts are not
/// well-formed. Each must be refused with a reason (InvalidDataException), never escape as an XmlException.
/// </summary>
public sealed class FuzzFindingTests
{
    public static TheoryData<string> Findings() =>
        new(Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "tests/QuestionExtract.Core.Tests/Reading/Fixtures/Fuzz"), "crash-*.bin")
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Findings))]
    public void A_damaged_docx_is_refused_with_the_broken_part_named(string finding)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "tests/QuestionExtract.Core.Tests/Reading/Fixtures/Fuzz", finding));
        var ex = Assert.Throws<InvalidDataException>(() => new DocxReader(ReadLimits.Default).Read("input.docx", bytes));
        Assert.StartsWith("not a readable docx: ", ex.Message);
        Assert.Matches(@"\.(xml|rels): ", ex.Message);
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void The_pipeline_refuses_a_damaged_docx_under_any_name(string finding)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "tests/QuestionExtract.Core.Tests/Reading/Fixtures/Fuzz", finding));
        var pipeline = ExtractionPipeline.CreateDefault();
        foreach (var name in new[] { "input.docx", "input.html", "input.txt" })
        {
            var ex = Record.Exception(() => pipeline.Extract(name, bytes));
            Assert.True(ex is null or InvalidDataException or NotSupportedException, $"{name}: {ex}");
        }
    }

    // The same kind of damage in a part OpenXml types on demand (numbering), and a value of the wrong type there.
    [Theory]
    [InlineData("<w:numbering xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'><w:abstractNum w:abstractNumId='1'>")]
    [InlineData("<w:numbering xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'><w:abstractNum w:abstractNumId='1'><w:lvl w:ilvl='0'><w:start w:val='x'/><w:numFmt w:val='decimal'/><w:lvlText w:val='%1.'/></w:lvl></w:abstractNum><w:num w:numId='1'><w:abstractNumId w:val='1'/></w:num></w:numbering>")]
    public void A_damaged_numbering_part_is_refused_with_a_reason(string numberingXml)
    {
        var docx = new Fixtures.DocxFixture().AbstractList(1, ("decimal", "%1.", 1)).List(1, 1).Paragraph("题目", numId: 1).Build();
        var damaged = Fixtures.DocxParts.Replace(docx, "word/numbering.xml", numberingXml);
        var ex = Assert.Throws<InvalidDataException>(() => new DocxReader(ReadLimits.Default).Read("input.docx", damaged));
        Assert.StartsWith("not a readable docx", ex.Message);
    }

    [Fact]
    public void All_five_findings_are_kept() => Assert.Equal(5, Findings().Count);
}
