using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace QuestionExtract.Benchmarks;

/// <summary>
/// A deterministic synthetic corpus of N documents in the seeds' layouts: txt, docx and html in turn,
/// every tenth one large (its seed repeated twenty times). The same N always gives the same bytes.
/// </summary>
public static class CorpusGenerator
{
    public static (int Files, long Bytes) Write(string folder, int count, IReadOnlyList<(string Name, string Text)> seeds)
    {
        Directory.CreateDirectory(folder);
        long bytes = 0;
        for (int i = 0; i < count; i++)
        {
            var (name, text) = seeds[i % seeds.Count];
            if (i % 10 == 9) text = string.Join("\n", Enumerable.Repeat(text, 20));
            // Make each document distinct, as real downloads are, without changing its layout.
            text = $"{name} 第{i}份\n" + text;
            var (extension, content) = (i % 3) switch
            {
                0 => (".txt", Encoding.UTF8.GetBytes(text)),
                1 => (".docx", Docx(text)),
                _ => (".html", Html(text)),
            };
            var path = Path.Combine(folder, $"{i / 1000:D2}", $"doc{i:D5}{extension}");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
            bytes += content.Length;
        }
        return (count, bytes);
    }

    public static byte[] Docx(string text)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(text.Split('\n').Select(line =>
                new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(line) { Space = SpaceProcessingModeValues.Preserve })))));
        }
        return stream.ToArray();
    }

    public static byte[] Html(string text)
    {
        var sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>题库</title><script>var x=1;</script></head><body><nav>首页</nav>\n");
        foreach (var line in text.Split('\n')) sb.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>\n");
        sb.Append("<footer>版权所有</footer></body></html>\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
