using BenchmarkDotNet.Running;
using QuestionExtract.Benchmarks;

// `corpus OUT N` writes the deterministic benchmark corpus; `stages FOLDER` times each stage over a corpus;
// anything else runs BenchmarkDotNet.
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
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
return 0;
