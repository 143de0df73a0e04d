using QuestionExtract.Fuzz;
using SharpFuzz;

// usage: QuestionExtract.Fuzz readers|segmenter            under afl-fuzz (input on stdin, via SharpFuzz)
//        QuestionExtract.Fuzz readers|segmenter FILE...    replay files (regression check of findings)
//        QuestionExtract.Fuzz seeds DIR                     write small starting inputs (txt, html, docx)
if (args.Length == 2 && args[0] == "seeds")
{
    Seeds.Write(args[1]);
    return 0;
}
if (args.Length == 0 || args[0] is not ("readers" or "segmenter"))
{
    Console.Error.WriteLine("usage: QuestionExtract.Fuzz readers|segmenter [FILE...]");
    return 2;
}
Action<byte[]> target = args[0] == "readers" ? FuzzTargets.Readers : FuzzTargets.Segmenter;
if (args.Length > 1)
{
    foreach (var file in args.Skip(1)) target(File.ReadAllBytes(file));
    Console.WriteLine($"{args.Length - 1} inputs replayed without a finding");
    return 0;
}
Fuzzer.Run(stream =>
{
    using var memory = new MemoryStream();
    stream.CopyTo(memory);
    target(memory.ToArray());
});
return 0;
