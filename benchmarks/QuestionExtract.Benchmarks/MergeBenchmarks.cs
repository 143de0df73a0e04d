using BenchmarkDotNet.Attributes;
using QuestionExtract.Merging;

namespace QuestionExtract.Benchmarks;

/// <summary>Merging 100,000 generated questions (exact and near duplicates) into a bank.</summary>
[MemoryDiagnoser]
public class MergeBenchmarks
{
    private List<SourcedQuestion> _questions = [];

    [Params(100_000)]
    public int Questions { get; set; }

    [GlobalSetup]
    public void Setup() => _questions = MergeCorpus.Generate(Questions);

    [Benchmark]
    public int Merge() => new QuestionMerger(new MergeSettings()).Merge(_questions).Questions.Count;
}
