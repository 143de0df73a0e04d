using CsCheck;
using CsvHelper;
using QuestionExtract.Model;
using QuestionExtract.Writing;

namespace QuestionExtract.Tests.Writing;

/// <summary>CSV output read back with an independent reader (CsvHelper) gives every field unchanged.</summary>
public sealed class CsvOutputWriterTests
{
    private static List<string[]> ReadBack(string csv)
    {
        var rows = new List<string[]>();
        using var reader = CsvReader.FromText(csv, new CsvReaderOptions { HasHeader = false });
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return rows;
    }

    private static QuestionRow Row(string[] f) =>
        new(f[0], f[1], f[2], f[3], f[4], [new ChoiceOption("A", f[5]), new ChoiceOption("B", f[6])], f[7], f[8], [f[9], f[10]]);

    // Characters that stress CSV: separators, quotes, both line ends, CJK, astral characters, spaces at the ends.
    // Well-formed UTF-16 only: a lone surrogate cannot be written as UTF-8 by anything.
    private static readonly Gen<string> Field = Gen.OneOf(
        Gen.String.Where(s => System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(s)) == s),
        Gen.OneOf(Gen.Char[",\"\r\n 请问答案\t;ab"].Select(c => c.ToString()), Gen.Const("𠀀")).Array[0, 12].Select(string.Concat),
        Gen.Const(""));

    [Fact]
    public void Random_fields_read_back_unchanged()
    {
        Field.Array[11].Array[1, 5].Sample(records =>
        {
            var rows = records.Select(Row).ToList();
            var back = ReadBack(CsvOutputWriter.Header(excel: false) + CsvOutputWriter.Rows(rows));
            Assert.Equal(rows.Count + 1, back.Count);
            Assert.Equal(CsvOutputWriter.Columns, back[0]);
            for (int i = 0; i < rows.Count; i++)
            {
                var r = rows[i];
                string[] expected = [r.Source, r.Number, r.Section!, r.Type, r.Question, r.OptionsText, r.Answer!, r.Analysis!,
                    string.Join(CsvOutputWriter.SkillSeparator, r.Skills)];
                for (int k = 0; k < expected.Length; k++)
                    Assert.Equal(System.Text.Json.JsonSerializer.Serialize(expected[k]), System.Text.Json.JsonSerializer.Serialize(back[i + 1][k]));
            }
        }, iter: 3000);
    }

    [Theory]
    [InlineData("a\r\nb")]
    [InlineData("a\rb")]
    [InlineData("\"\r")]
    [InlineData("\";\" \r\n请")]
    [InlineData(" 前后空格 ")]
    public void Edge_fields_read_back_unchanged(string field)
    {
        Assert.Equal(["p", field, "q"], ReadBack(CsvOutputWriter.Record(["p", field, "q"]))[0]);
    }

    [Fact]
    public void Quotes_only_fields_that_need_it_and_ends_records_with_crlf()
    {
        Assert.Equal("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",请问\r\n",
            CsvOutputWriter.Record(["plain", "a,b", "say \"hi\"", "two\nlines", "请问"]));
    }

    [Fact]
    public void Excel_header_starts_with_the_utf8_byte_order_mark()
    {
        Assert.StartsWith("\uFEFFsource,number,section,type,question,options,answer,analysis,skills\r\n", CsvOutputWriter.Header(excel: true));
        Assert.StartsWith("source,", CsvOutputWriter.Header(excel: false));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, System.Text.Encoding.UTF8.GetBytes(CsvOutputWriter.Header(true))[..3]);
    }
}
