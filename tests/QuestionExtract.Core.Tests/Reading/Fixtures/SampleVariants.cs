using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using QuestionExtract.Model;
using QuestionExtract.Pipeline;

namespace QuestionExtract.Tests.Reading.Fixtures;

/// <summary>
/// Re-expresses a UTF-8 sample in the other forms users download: a docx whose question numbers are
/// automatic (numbering.xml) with site text in its header and footer, an html page with navigation,
/// scripts and a footer, and legacy text encodings.
/// </summary>
public static partial class SampleVariants
{
    private static readonly Regex DecimalLabel = new(@"^\s*(?<n>\d{1,3})\s*[.．、]\s*");
    private static readonly Regex OrdinalLabel = new(@"^\s*第[一二三四五六七八九十\d]+[题題]\s*[:：]?\s*");

    /// <summary>The lines of the sample, and for each line that starts with a question's number, that question.</summary>
    public static (string[] Lines, Dictionary<int, Question> Numbered) Analyse(byte[] utf8)
    {
        var text = Encoding.UTF8.GetString(utf8).TrimStart('\uFEFF');
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var doc = ExtractionPipeline.CreateDefault().Extract("sample.txt", utf8).Document;
        var numbered = new Dictionary<int, Question>();
        foreach (var q in doc.Questions)
        {
            if (q.Location is not { Column: 1 } loc) continue;
            var line = lines[loc.Line - 1];
            if (q.Number.StartsWith('第') ? OrdinalLabel.IsMatch(line) : DecimalLabel.Match(line) is { Success: true } m && m.Groups["n"].Value == q.Number)
                numbered[loc.Line - 1] = q;
        }
        return (lines, numbered);
    }

    public static byte[] Docx(byte[] utf8)
    {
        var (lines, numbered) = Analyse(utf8);
        // A PDF export's form feed (a page break) has no character in WordprocessingML: the page simply goes on.
        lines = [.. lines.Select(l => l.Replace("\f", ""))];
        var fixture = new DocxFixture()
            .AbstractList(DocxFixture.DecimalAbstract, ("decimal", "%1.", 1))
            .AbstractList(DocxFixture.OrdinalAbstract, ("chineseCounting", "第%1题", 1))
            .List(1, DocxFixture.OrdinalAbstract)
            .Header("原创力文档 max.book118.com 预览与源文档一致,下载高清无水印")
            .Footer("人人文库 版权所有 第1页");
        // Decimal questions restart at 1 in each section: one restarted num instance per section.
        int numId = 10;
        string? section = "\0";
        for (int i = 0; i < lines.Length; i++)
        {
            if (!numbered.TryGetValue(i, out var q)) { fixture.Paragraph(lines[i]); continue; }
            if (q.Number.StartsWith('第'))
            {
                fixture.Paragraph(OrdinalLabel.Replace(lines[i], ""), numId: 1);
                continue;
            }
            if (q.Section != section || q.Number == "1")
            {
                section = q.Section;
                numId++;
                fixture.List(numId, DocxFixture.DecimalAbstract, restartAt: int.Parse(q.Number));
            }
            fixture.Paragraph(DecimalLabel.Replace(lines[i], ""), numId: numId);
        }
        return fixture.Build();
    }

    [GeneratedRegex(@"(?<=\S)[ \t]+1[、.．]")]
    private static partial Regex FirstGluedItem();

    public static byte[] Html(byte[] utf8)
    {
        var (lines, numbered) = Analyse(utf8);
        var sb = new StringBuilder();
        // A saved page's title is the document's title with the site's name appended.
        // A page's title names the document: a document flattened onto one line gives the head before its first
        // question, as the site's name for it.
        var title = lines.FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "";
        if (FirstGluedItem().Match(title) is { Success: true } glued) title = title[..glued.Index];
        sb.Append($"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)} - 人人文库</title>");
        sb.Append("<style>p { margin: 0 }</style><script>document.write('1. 这不是题目?');</script></head><body>\n");
        sb.Append("<header>人人文库 首页</header><nav><ol><li>首页</li><li>文档分类</li><li>上传文档</li></ol></nav>\n<main>\n");
        for (int i = 0; i < lines.Length; i++)
        {
            var encoded = WebUtility.HtmlEncode(lines[i]).Replace("  ", "&nbsp; ");
            if (numbered.TryGetValue(i, out var q) && !q.Number.StartsWith('第'))
                sb.Append($"<ol start=\"{q.Number}\"><li>{WebUtility.HtmlEncode(DecimalLabel.Replace(lines[i], ""))}</li></ol>\n");
            else if (lines[i].Trim().Length == 0) sb.Append("<br>\n");
            else sb.Append($"<p>{encoded}</p>\n");
        }
        sb.Append("</main><aside>相关文档 1. 其他题库</aside><footer>版权所有 © 2025</footer><noscript>请启用脚本</noscript></body></html>\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>The text in another encoding, or null when the encoding cannot hold every character.</summary>
    public static byte[]? Encode(byte[] utf8, Encoding encoding, bool bom = false)
    {
        var text = Encoding.UTF8.GetString(utf8).TrimStart('\uFEFF');
        var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            var bytes = strict.GetBytes(text);
            return bom ? [.. encoding.GetPreamble(), .. bytes] : bytes;
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }
}
