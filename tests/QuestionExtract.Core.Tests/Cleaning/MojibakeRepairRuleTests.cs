using System.Text;
using QuestionExtract.Cleaning;
using QuestionExtract.Pipeline;

namespace QuestionExtract.Tests.Cleaning;

public sealed class MojibakeRepairRuleTests
{
    static MojibakeRepairRuleTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // UTF-8 bytes read as GB18030: what a site does when it guesses the wrong encoding.
    private static string Misread(string original) =>
        Encoding.GetEncoding(54936).GetString(Encoding.UTF8.GetBytes(original));

    // Phrases whose misreading loses no byte (most lose some, and those cannot be undone with certainty).
    [Theory]
    [InlineData("面试答案解析")]
    [InlineData("面试答案客户")]
    [InlineData("面试答案团队")]
    public void A_lossless_misreading_is_recovered(string original)
    {
        var garbled = Misread(original);
        Assert.DoesNotContain('\uFFFD', garbled);
        Assert.Equal(original, MojibakeRepairRule.Recover(garbled));
    }

    [Fact]
    public void A_lossy_misreading_is_left_for_the_garbled_text_warning() =>
        Assert.Null(MojibakeRepairRule.Recover(Misread("你为什么选择这个职业")));

    [Theory]
    [InlineData("请描述一次你作为团队领导者的经历")]
    [InlineData("網絡客服經理職位面試必讀問題集")]
    [InlineData("給我?guī)砹司薮蟮某删透")]
    public void Genuine_text_and_lossy_spans_are_left_alone(string text) => Assert.Null(MojibakeRepairRule.Recover(text));

    [Fact]
    public void The_pipeline_repairs_and_records_it()
    {
        var garbled = Misread("面试答案客户");
        var result = ExtractionPipeline.CreateDefault().Extract("m.txt", Encoding.UTF8.GetBytes($"1.{garbled}是什么?\n我喜欢帮助别人。\n"));
        Assert.Equal("面试答案客户是什么?", result.Document.Questions[0].QuestionText);
        Assert.Contains(result.Cleaned.Repairs, r => r.RuleId == "mojibake-repair" && r.After == "面试答案客户");
        Assert.DoesNotContain(result.Document.Warnings, w => w.Code == "garbled-text");
    }
}
