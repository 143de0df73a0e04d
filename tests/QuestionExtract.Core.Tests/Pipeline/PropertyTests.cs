using System.Text;
using CsCheck;
using QuestionExtract.Pipeline;

namespace QuestionExtract.Tests.Pipeline;

/// <summary>
/// Random documents assembled from the corpora's pieces (questions, answers, site furniture, layouts):
/// extraction never crashes, never loses text, and gives back the questions the document was built from.
/// </summary>
public sealed class PropertyTests
{
    private static readonly string[] Questions =
    [
        "你为什么选择客户支持这个职业?", "请描述一次你处理客户投诉的经历。", "你如何看待工作压力?",
        "請談談你認為自己最大的優點和缺點是什么?", "假设客户投诉量突增30%,你会如何分析原因并制定对策?",
        "What is the difference between a process and a thread?", "Why should we hire you?",
        "你了解哪些常用的远程故障诊断方法?请举例说明。", "如果同事态度欠佳,你会如何介入和帮助他?",
    ];

    private static readonly string[] Answers =
    [
        "我喜欢帮助别人解决问题,这让我很有成就感。", "首先倾听客户诉求,然后分析原因,最后给出方案并跟进。",
        "压力是成长的动力,我会拆分任务并合理安排时间。", "我的優點是責任心強,缺點是有時過於追求完美。",
        "A process has its own address space; threads share it.", "I learn fast and work well in teams.",
        "1. 远程桌面协助;\n2. 日志分析;\n3. 引导客户自检。", "先私下沟通,了解原因,再给出具体建议。",
    ];

    private static readonly string[] Furniture =
    [
        "下载本文档", "文档评论(0)", "查看更多", "1亿VIP精品文档", "相关文档", "溫馨提示",
        "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领",
        "  • 5. 人人文庫網僅提供信息存儲空間,僅對用戶上傳內容的表現方式做保護處理。",
    ];

    public static readonly Gen<(string Layout, (string Q, string A)[] Items, string[] Top, string[] Bottom, bool Flatten)> Documents =
        Gen.Select(
            Gen.OneOf("decimal", "ordinal", "english"),
            Gen.Select(Gen.OneOf(Questions), Gen.OneOf(Answers)).Array[1, 8],
            Gen.OneOf(Furniture).Array[0, 4],
            Gen.OneOf(Furniture).Array[0, 4],
            Gen.Bool);

    public static string Build(string layout, (string Q, string A)[] items, string[] top, string[] bottom, bool flatten)
    {
        var sb = new StringBuilder();
        foreach (var f in top) sb.Append(f).Append('\n');
        sb.Append("面试题集\n");
        for (int i = 0; i < items.Length; i++)
        {
            var (q, a) = items[i];
            var marker = layout switch { "ordinal" => $"第{QuestionExtract.Text.ChineseNumeral.Format(i + 1)}题\n", "english" => $"Q{i + 1}. ", _ => $"{i + 1}." };
            var label = layout == "english" ? "Answer: " : "答案:";
            // Flattened layouts glue everything onto one line, as some sites serve it.
            var answer = flatten ? a.Replace('\n', ' ') : a;
            sb.Append(marker).Append(q).Append(flatten ? "" : "\n").Append(label).Append(answer).Append(flatten ? "" : "\n");
        }
        sb.Append('\n');
        foreach (var f in bottom) sb.Append(f).Append('\n');
        return sb.ToString();
    }

    [Fact]
    public void Built_documents_segment_back_into_their_questions()
    {
        Documents.Where(d => !d.Flatten || d.Layout != "ordinal").Sample(d =>
        {
            var text = Build(d.Layout, d.Items, d.Top, d.Bottom, d.Flatten);
            var doc = ExtractionPipeline.CreateDefault().Extract("p.txt", Encoding.UTF8.GetBytes(text)).Document;
            var want = d.Items.Select(i => (i.Q, d.Flatten ? i.A.Replace('\n', ' ') : i.A)).ToList();
            var got = doc.Questions.Select(q => (q.QuestionText, q.Answer ?? "")).ToList();
            return want.SequenceEqual(got);
        }, iter: 300);
    }

    [Fact]
    public void Random_documents_never_crash_and_never_lose_text()
    {
        // Pieces shuffled at random, including markers and labels out of place.
        var pieces = Questions.Concat(Answers).Concat(Furniture)
            .Concat(["1.", "2.", "第一题", "答案:", "解析:", "一、行为面试题(每题10分,共5题)", "答案与解析", "A.", "B.", "(考察:沟通能力)", "網(wǎng)絡", "?guī)砹", "\n", "\n\n", "|", "• "]).ToArray();
        Gen.OneOf(pieces).Array[0, 40].Sample(parts =>
        {
            var text = string.Concat(parts);
            var bytes = Encoding.UTF8.GetBytes(text);
            var result = ExtractionPipeline.CreateDefault().Extract("r.txt", bytes);
            return AccountingInvariantTests.Lost(text, result) == "";
        }, iter: 500);
    }
}
