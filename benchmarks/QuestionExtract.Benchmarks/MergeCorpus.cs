using QuestionExtract.Merging;
using QuestionExtract.Model;

namespace QuestionExtract.Benchmarks;

/// <summary>
/// A deterministic bank of generated questions for the merge benchmark: 40% distinct stems, the rest copies
/// of them as downloads have them (verbatim, an added 请, another ending, one character changed), spread over
/// 1,000 files.
/// </summary>
public static class MergeCorpus
{
    public static List<SourcedQuestion> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        int stems = Math.Max(1, count * 2 / 5);
        var texts = new string[stems];
        for (int i = 0; i < stems; i++)
        {
            var chars = new char[random.Next(15, 41)];
            for (int k = 0; k < chars.Length; k++) chars[k] = (char)random.Next(0x4E00, 0x4E00 + 3000);
            texts[i] = new string(chars) + "?";
        }
        var items = new List<SourcedQuestion>(count);
        for (int i = 0; i < count; i++)
        {
            var stem = texts[i < stems ? i : random.Next(stems)];
            var text = (i < stems ? 0 : random.Next(4)) switch
            {
                0 => stem,
                1 => "请" + stem,
                2 => stem[..^1] + "呢?",
                _ => stem[..(stem.Length / 2)] + (char)random.Next(0x4E00, 0x4E00 + 3000) + stem[(stem.Length / 2 + 1)..],
            };
            var question = new Question
            {
                Id = "", Index = i / 1000 + 1, Number = (i / 1000 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Type = "open", QuestionText = text, Answer = "答案" + random.Next(100), Skills = [], Complete = random.Next(4) > 0, Warnings = [],
            };
            items.Add(new SourcedQuestion(question, new MergeSource($"file{i % 1000:0000}.txt", null, i / 1000 + 1, question.Number)));
        }
        return items;
    }
}
