using CsCheck;
using QuestionExtract.Segmenting;

namespace QuestionExtract.Core.Tests.Segmenting;

/// <summary>The label scanners find exactly what their plain regexes find, interpreted, on texts dense with near-labels and
/// emphasis marks (a match may start at the marks before a label).</summary>
public class LabelScannerTests
{
    private static readonly string[] Pieces =
    [
        "答案", "參考答案", "参考答案", "解析", "答案解析", "考察", "答", "A", "a", "B", "ABC", "Answer", "answer", "ANSWER",
        "Sample  answer", "Explanation", "Answers and Explanations", "答案与解析", "答案及解析", "【", "】", "[", "]", ":", "：",
        "**", "*", "__", "_", "***", "💡", " ", "  ", "\t", "\n", "\n", "。", ".", "?", "？", ")", "1.", "问题", "为什么", "what", "Anna", "表达", "答复", "回答",
        "問題", "题目", "題目", "面试题", "面試題", "题干", "題幹", "題干", "一、", "岗位", "题", "干",
        "1", "12", "３", "是", "．", "\u00A0", "\r\n", "::", "Q", "考生", "我", "Key", "Show", "model", "Ans",
    ];

    public static TheoryData<string> Scanners() => ["labels", "choice answers", "answer key headings", "glued question labels", "stem labels"];

    [Theory]
    [MemberData(nameof(Scanners))]
    public void Finds_the_same_matches_as_the_plain_regex(string which)
    {
        var lexicon = LabelLexicon.BuiltIn;
        var scanner = which switch
        {
            "labels" => lexicon.Labels, "choice answers" => lexicon.ChoiceAnswers, "answer key headings" => lexicon.AnswerKeyHeadings, "stem labels" => lexicon.StemLabels,
            _ => new MarkerScanner(lexicon).GluedQuestionLabel,
        };
        // The interpreter reads the pattern as written: the built-in scanners run source-generated twins (DataPatterns).
        var reference = new System.Text.RegularExpressions.Regex(scanner.Pattern.ToString(), scanner.Pattern.Options);
        Gen.OneOf(Pieces).Array[0, 30].Select(parts => string.Concat(parts)).Sample(text =>
        {
            var expected = reference.Matches(text).Select(m => (m.Index, m.Length, m.Groups["w"].Value)).ToList();
            var actual = scanner.Matches(text).Select(m => (m.Index, m.Length, m.Groups["w"].Value)).ToList();
            Assert.Equal(expected, actual);
        }, iter: 20_000);
    }
}
