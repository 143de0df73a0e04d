using QuestionExtract.Pipeline;
using QuestionExtract.Writing;

namespace QuestionExtract.Tests.Pipeline;

/// <summary>
/// Every document in samples/ has its expected JSON beside it; extraction must reproduce it byte for byte.
/// After an intended change, regenerate with: QX_UPDATE_GOLDEN=1 dotnet test
/// </summary>
public sealed class GoldenSampleTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in SampleFiles.All()) data.Add(file);
        return data;
    }

    [Fact]
    public void Samples_include_the_four_seeds() =>
        Assert.True(Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "samples", "seeds"), "*.txt").Count() >= 4);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Extraction_matches_the_golden_file(string relativePath)
    {
        var input = Path.Combine(RepositoryRoot.Path, relativePath);
        var golden = Path.ChangeExtension(input, ".expected.json");
        var actual = JsonOutputWriter.Write(OutputTreeBuilder.Document(
            ExtractionPipeline.CreateDefault().Extract(relativePath, File.ReadAllBytes(input)).Document)) + "\n";
        if (Environment.GetEnvironmentVariable("QX_UPDATE_GOLDEN") == "1") File.WriteAllText(golden, actual);
        Assert.True(File.Exists(golden), $"no golden file {golden}");
        Assert.Equal(File.ReadAllText(golden), actual);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Extraction_is_deterministic(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, relativePath));
        string Run() => JsonOutputWriter.Write(OutputTreeBuilder.Document(ExtractionPipeline.CreateDefault().Extract(relativePath, bytes).Document));
        Assert.Equal(Run(), Run());
    }
}
