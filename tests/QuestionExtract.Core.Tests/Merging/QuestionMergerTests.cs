using CsCheck;
using QuestionExtract.Merging;
using QuestionExtract.Model;
using QuestionExtract.Pipeline;
using QuestionExtract.Writing;

namespace QuestionExtract.Tests.Merging;

public sealed class QuestionMergerTests
{
    private static SourcedQuestion Q(string path, int index, string text, string? answer = "答", bool complete = true,
        IReadOnlyList<ChoiceOption>? options = null, params string[] skills) =>
        new(new Question
        {
            Id = QuestionIdFactory.Create(text), Index = index, Number = index.ToString(), Type = options is null ? "open" : "single-choice",
            QuestionText = text, Options = options, Answer = answer, Skills = skills, Complete = complete, Warnings = [],
        }, new MergeSource(path, null, index, index.ToString()));

    private static MergeResult Merge(IEnumerable<SourcedQuestion> items, double threshold = MergeSettings.DefaultThreshold) =>
        new QuestionMerger(new MergeSettings { Threshold = threshold }).Merge(items);

    private static string Json(MergeResult r) => JsonOutputWriter.Write(OutputTreeBuilder.Bank(r.Questions));

    [Fact]
    public void Width_script_spacing_and_punctuation_variants_are_one_question()
    {
        var r = Merge([Q("a", 1, "什么是 Java 的多态?"), Q("b", 1, "什麼是Java的多態?"), Q("c", 1, "什么是Ｊａｖａ的多态？")]);
        var q = Assert.Single(r.Questions);
        Assert.Equal(["a", "b", "c"], q.Sources.Select(s => s.Path));
        Assert.All(r.Links, l => Assert.True(l.Exact));
    }

    [Theory]
    [InlineData("请简要说明一下在分布式系统中如何保证数据的最终一致性", "简要说明一下在分布式系统中如何保证数据的最终一致性")]       // an added 请
    [InlineData("请简要说明一下在分布式系统中如何保证数据的最终一致性?", "请简要说明一下在分布式系统中如何保证数据的最终一致性呢?")] // another ending
    [InlineData("请你谈一谈在高并发场景下数据库连接池的最大连接数和超时时间应该如何配置比较合理", "请你谈一谈在高并发场景下数据库连接池的最大连接数和超时时间应当如何配置比较合理")] // a word changed
    [InlineData("你为什么选择我们公司", "请问你为什么选择我们公司")]
    public void Near_duplicates_merge_with_their_similarity(string a, string b)
    {
        var r = Merge([Q("a", 1, a), Q("b", 1, b)]);
        Assert.Single(r.Questions);
        var link = Assert.Single(r.Links);
        Assert.False(link.Exact);
        Assert.InRange(link.Similarity, MergeSettings.DefaultThreshold, 1);
    }

    [Theory]
    [InlineData("什么是Java的多态?", "什么是Java的封装?")]
    [InlineData("说说你对TCP三次握手的理解", "说说你对TCP四次挥手的理解")]
    [InlineData("MySQL的索引为什么使用B+树而不是B树?", "MySQL的索引为什么使用B+树而不是红黑树?")]
    [InlineData("Redis的持久化方式有哪些?各自的优缺点是什么?", "Redis的淘汰策略有哪些?各自的优缺点是什么?")]
    public void Questions_about_different_things_stay_apart(string a, string b)
    {
        Assert.Equal(2, Merge([Q("a", 1, a), Q("b", 1, b)]).Questions.Count);
    }

    [Fact]
    public void Choice_questions_merge_only_when_their_options_agree()
    {
        ChoiceOption[] abc = [new("A", "进程"), new("B", "线程")], abd = [new("A", "进程"), new("B", "协程")], other = [new("1", "进程"), new("2", "线程")];
        var r = Merge([Q("a", 1, "下列哪个是调度的基本单位?", "B", options: abc), Q("b", 1, "下列哪个是调度的基本单位?", "B", options: abd),
            Q("c", 1, "下列哪个是调度的基本单位？", "B", options: other)]);
        Assert.Equal(2, r.Questions.Count);
        Assert.Equal(["a", "c"], r.Questions[0].Sources.Select(s => s.Path));
        Assert.NotEqual(r.Questions[0].Id, r.Questions[1].Id);
    }

    [Fact]
    public void Kept_answer_is_complete_then_longest_and_the_others_are_alternatives()
    {
        var r = Merge([Q("a", 1, "为什么选择我们公司?", "短", complete: true), Q("b", 1, "为什么选择我们公司?", "一个很长很长的答案", complete: false),
            Q("c", 1, "为什么选择我们公司?", "完整而且更长的答案", complete: true), Q("d", 1, "为什么选择我们公司?", "完整而且更长的答案。", skills: "沟通"),
            Q("e", 1, "为什么选择我们公司?", null)]);
        var q = Assert.Single(r.Questions);
        Assert.Equal("完整而且更长的答案。", q.Answer);
        Assert.Equal(["短", "一个很长很长的答案"], q.AlternativeAnswers);
        Assert.Equal(5, q.Sources.Count);
        Assert.Equal(["沟通"], q.Skills);
        Assert.Equal(4, r.Links.Count);
    }

    // Many distinct characters, so a random string's shingles are distinct and edits change them predictably.
    private static readonly Gen<string> Question = Gen.Char['\u4e00', '\u4fff'].Array[20, 60].Select(c => new string(c));

    [Fact]
    public void Random_edits_merge_exactly_when_similarity_reaches_the_threshold()
    {
        Gen.Select(Question, Gen.Int[0, 6], Gen.Int[0, int.MaxValue], Gen.Double[0.5, 0.95]).Sample((text, edits, seed, threshold) =>
        {
            var random = new Random(seed);
            var chars = text.ToCharArray();
            for (int e = 0; e < edits; e++) chars[random.Next(chars.Length)] = (char)random.Next(0x5000, 0x5fff);
            var edited = new string(chars);
            double similarity = ShingleSet.OfText(text).Jaccard(ShingleSet.OfText(edited));
            int expected = similarity >= threshold ? 1 : 2;
            Assert.Equal(expected, Merge([Q("a", 1, text), Q("b", 1, edited)], threshold).Questions.Count);
        }, iter: 3000);
    }

    [Fact]
    public void The_bank_does_not_depend_on_input_order()
    {
        var items = new List<SourcedQuestion>
        {
            Q("x", 1, "什么是Java的多态?", "多态是……"), Q("y", 3, "什麼是Java的多態?", "同一操作作用于不同对象"),
            Q("y", 1, "请简要说明一下在分布式系统中如何保证数据的最终一致性", "用消息队列"),
            Q("z", 2, "简要说明一下在分布式系统中如何保证数据的最终一致性", "两阶段提交", complete: false),
            Q("z", 1, "说说你对TCP三次握手的理解", "SYN"), Q("x", 2, "说说你对TCP四次挥手的理解", "FIN", skills: "网络"),
            Q("w", 1, "说说你对TCP四次挥手的理解", "FIN ACK", skills: "TCP"),
        };
        var expected = Json(Merge(items));
        Gen.Shuffle(items.ToArray()).Sample(shuffled => Assert.Equal(expected, Json(Merge(shuffled))), iter: 200);
    }

    [Theory]
    [InlineData(0.8, 4)]
    [InlineData(0.9, 4)]
    [InlineData(0.6, 2)]
    public void Band_width_finds_pairs_at_the_threshold(double threshold, int rows)
    {
        Assert.Equal(rows, LshIndex.RowsFor(threshold));
    }
}
