using BenchmarkDotNet.Running;
using QuestionExtract.Benchmarks;

// `corpus OUT N` writes the deterministic benchmark corpus; `stages FOLDER` times each stage over a corpus;
// `merge N` times one merge of N generated questions (wall time and peak memory); anything else runs BenchmarkDotNet.
if (args.Length == 3 && args[0] == "corpus")
{
    var written = CorpusGenerator.Write(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), SampleDocuments.Load());
    Console.WriteLine($"{written.Files} files, {written.Bytes / 1024.0 / 1024.0:0.0} MiB in {args[1]}");
    return 0;
}
if (args.Length == 2 && args[0] == "stages")
{
    StageProfile.Run(args[1]);
    return 0;
}
if (args.Length == 2 && args[0] == "merge")
{
    var questions = MergeCorpus.Generate(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var bank = new QuestionExtract.Merging.QuestionMerger(new QuestionExtract.Merging.MergeSettings()).Merge(questions);
    watch.Stop();
    using var self = System.Diagnostics.Process.GetCurrentProcess();
    Console.WriteLine($"{questions.Count} questions -> {bank.Questions.Count} in {watch.Elapsed.TotalSeconds:0.00} s, {bank.Links.Count} merges, peak working set {self.PeakWorkingSet64 / 1024.0 / 1024.0:0} MiB");
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
return 0;
