using System.Text;
using CsCheck;
using QuestionExtract.Pipeline;

namespace QuestionExtract.Tests.Segmenting;

/// <summary>
/// Generated banks in several layout kinds (numbered with gaps, sections that restart the numbers,
/// unnumbered asking lines, glued labels, choice questions without answers, blanks to fill): the decoder
/// gives back exactly the questions the bank was built from, and warns of every gap it crosses.
/// </summary>
public sealed class DecoderPropertyTests
{
    private static readonly string[] Stems =
    [
        "你为什么选择这个岗位?", "请描述一次你解决冲突的经历。", "如何评估一个方案的风险?", "什么是幂等性?",
        "谈谈你对加班的看法。", "哪些指标能说明服务质量?", "缓存击穿和缓存雪崩有什么区别?", "简述三次握手的过程。",
    ];

    private static readonly string[] Answers =
    [
        "因为它能发挥我的长处。", "先倾听双方,再找共同目标。", "列出风险点,评估概率和影响。", "重复执行结果相同。",
        "合理的加班可以接受,关键是效率。", "响应时间、解决率和满意度。", "一个是热点失效,一个是大量同时失效。", "客户端发送SYN,服务端回SYN+ACK,客户端再回ACK。",
    ];

    private static readonly Gen<(string Layout, int[] Picks, bool[] Skips, int Sections)> Banks =
        Gen.Select(
            Gen.OneOf("decimal", "sections", "asking", "glued", "choice", "blank"),
            Gen.Int[0, Stems.Length - 1].Array[2, 8],
            Gen.Bool.Array[8],
            Gen.Int[1, 3]);

    private static (string Text, List<string> Questions, int Gaps) Build(string layout, int[] picks, bool[] skips, int sections)
    {
        var sb = new StringBuilder("面试题汇编\n");
        var questions = new List<string>();
        int number = 0, gaps = 0, perSection = (picks.Length + sections - 1) / sections;
        for (int i = 0; i < picks.Length; i++)
        {
            var stem = Stems[picks[i]];
            var answer = Answers[picks[i]];
            switch (layout)
            {
                case "decimal":
                    // A skipped number is a gap the decoder must cross and warn of (never on the first item).
                    if (i > 0 && skips[i]) { number++; gaps++; }
                    sb.Append(++number).Append('.').Append(stem).Append("\n答案:").Append(answer).Append('\n');
                    questions.Add(stem);
                    break;
                case "sections":
                    if (i % perSection == 0)
                    {
                        sb.Append(QuestionExtract.Text.ChineseNumeral.Format(i / perSection + 1)).Append("、第").Append(i / perSection + 1).Append("部分题目\n");
                        number = 0;
                    }
                    sb.Append(++number).Append('.').Append(stem).Append('\n').Append(answer).Append('\n');
                    questions.Add(stem);
                    break;
                case "asking":
                    var asking = stem.TrimEnd('。') + (stem.EndsWith('?') ? "" : "?");
                    sb.Append(asking).Append('\n').Append(answer).Append('\n');
                    questions.Add(asking);
                    break;
                case "glued":
                    sb.Append(++number).Append('.').Append(stem).Append("A.是B.否答案:A解析:").Append(answer);
                    questions.Add(stem);
                    break;
                case "choice":
                    sb.Append(++number).Append('.').Append(stem).Append("( )A.甲B.乙C.丙D.丁");
                    questions.Add(stem + "( )");
                    break;
                default:
                    sb.Append(++number).Append('.').Append(stem).Append("\n( ) ");
                    questions.Add(stem + " ( )");
                    break;
            }
        }
        return (sb.Append('\n').ToString(), questions, gaps);
    }

    [Fact]
    public void Generated_banks_of_every_layout_come_back_whole()
    {
        Banks.Sample(b =>
        {
            var (text, questions, gaps) = Build(b.Layout, b.Picks, b.Skips, b.Sections);
            var doc = ExtractionPipeline.CreateDefault().Extract("g.txt", Encoding.UTF8.GetBytes(text)).Document;
            bool same = doc.Questions.Select(q => q.QuestionText).SequenceEqual(questions);
            bool gapsWarned = doc.Warnings.Count(w => w.Code == "numbering-gap") == gaps;
            bool confident = doc.Questions.All(q => q.Confidence is > 0 and <= 1);
            return same && gapsWarned && confident;
        }, iter: 300, print: b => Build(b.Layout, b.Picks, b.Skips, b.Sections).Text);
    }
}
