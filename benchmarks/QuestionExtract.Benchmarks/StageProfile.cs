using System.Diagnostics;
using QuestionExtract.Cleaning;
using QuestionExtract.Pipeline;
using QuestionExtract.Reading;
using QuestionExtract.Segmenting;
using QuestionExtract.Writing;

namespace QuestionExtract.Benchmarks;

/// <summary>`stages FOLDER`: time spent per stage over a whole corpus, in one process (where the time goes), after a warm-up pass.</summary>
public static class StageProfile
{
    private static readonly ICleaningRule[] CleaningRules =
        [new InvisibleCharacterRule(), new SpacingNoiseRule(), new PinyinAnnotationRule(), new SiteBoilerplateRule(SiteRuleSet.BuiltIn), new GarbledTextRule()];

    public static void Run(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var readers = DocumentReaders.CreateDefault();
        var cleaner = Cleaner.CreateDefault(SiteRuleSet.BuiltIn);
        var segmenter = new SegmenterBuilder(LabelLexicon.BuiltIn).Build();
        var pipeline = ExtractionPipeline.CreateDefault();
        var times = new Dictionary<string, Stopwatch>();
        T Time<T>(string stage, Func<T> work)
        {
            if (!times.TryGetValue(stage, out var sw)) times[stage] = sw = new Stopwatch();
            sw.Start();
            try { return work(); } finally { sw.Stop(); }
        }
        // The first pass warms the JIT and the regex caches; only the second is reported.
        for (int pass = 0; pass < 2; pass++)
        {
            if (pass == 1) times.Clear();
            foreach (var file in files)
            {
                var bytes = File.ReadAllBytes(file);
                var kind = Path.GetExtension(file);
                var source = Time("read " + kind, () => readers.For(file, bytes).Read(file, bytes));
                var cleaned = Time("clean", () => cleaner.Clean(source.Blocks));
                var context = new CleaningContext(source.Blocks);
                foreach (var rule in CleaningRules) Time("  rule " + rule.Id, () => { rule.Apply(context); return 0; });
                var text = new DocumentText(cleaned.Blocks);
                Time("segment", () => segmenter.Segment(text));
                var doc = Time("whole pipeline", () => pipeline.Extract(file, bytes)).Document;
                Time("write json", () => JsonOutputWriter.Write(OutputTreeBuilder.Document(doc)));
            }
        }
        foreach (var (stage, sw) in times.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            Console.WriteLine($"{stage,-16} {sw.Elapsed.TotalMilliseconds,10:0} ms");
    }
}
