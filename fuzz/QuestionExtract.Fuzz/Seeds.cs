using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace QuestionExtract.Fuzz;

/// <summary>Small starting inputs in each layout and format; the fuzzer mutates from these.</summary>
public static class Seeds
{
    private static readonly string[] Texts =
    [
        "面试题_第1页\n下载本文档\n第一题\n你为什么选择这个岗位?\n答案:\n我喜欢解决问题。\n解析:\n考察动机。\n",
        "一、行为面试题(每题10分,共2题)1.请描述一次经历。(考察:沟通能力)2.你如何处理压力?答案与解析一、行为面试题1.答案:-角色:负责人。解析:领导力。",
        "1.網(wǎng)絡客服是什么?我認為是窗口。2.請說明理由。因為?guī)砹。\n",
        "序号 | 问题 | 参考答案 |\n1 | 为什么? | 因为。 |\n2 | 如何? | 这样。 |\n",
        "Q1. What is OOP?\nAnswer: Objects.\n1.临床上最常见的是()。A.发热B.静脉炎答案:A\n",
    ];

    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        for (int i = 0; i < Texts.Length; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"seed{i}.txt"), Texts[i]);
            File.WriteAllText(Path.Combine(folder, $"seed{i}.html"), "<html><body><ol><li>" + Texts[i].Replace("\n", "</li><li>") + "</li></ol></body></html>");
        }
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(Texts[0].Split('\n').Select(l => new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(l))))));
        }
        File.WriteAllBytes(Path.Combine(folder, "seed.docx"), stream.ToArray());
        File.WriteAllBytes(Path.Combine(folder, "seed-gb18030.txt"), CodePages().GetBytes(Texts[1]));
        File.WriteAllText(Path.Combine(folder, "seed.md"), "---\ntitle: t\n---\n# 面试题\n\n[上一章](a.md) | [下一章](b.md)\n\n1. **什么是闭包?**\n\n<details><summary>答案</summary>\n\n> 闭包是`函数`。\n\n```js\nf()\n```\n| a | b |\n|---|---|\n| 1 | 2 |\n</details>\n");
    }

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }
}
