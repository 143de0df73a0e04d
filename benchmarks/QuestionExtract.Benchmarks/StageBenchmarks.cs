using System.Text;
using BenchmarkDotNet.Attributes;
using QuestionExtract.Cleaning;
using QuestionExtract.Model;
using QuestionExtract.Pipeline;
using QuestionExtract.Reading;
using QuestionExtract.Segmenting;
using QuestionExtract.Writing;

namespace QuestionExtract.Benchmarks;

/// <summary>Each pipeline stage on the seed documents (all four per operation), plus the whole pipeline.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private readonly List<byte[]> _text = [];
    private readonly List<byte[]> _docx = [];
    private readonly List<byte[]> _html = [];
    private readonly List<IReadOnlyList<Block>> _blocks = [];
    private readonly List<DocumentText> _cleaned = [];
    private readonly List<ExtractedDocument> _documents = [];
    private readonly Cleaner _cleaner = Cleaner.CreateDefault(SiteRuleSet.BuiltIn);
    private readonly Segmenter _segmenter = new SegmenterBuilder(LabelLexicon.BuiltIn).Build();
    private readonly ExtractionPipeline _pipeline = ExtractionPipeline.CreateDefault();

    [GlobalSetup]
    public void Setup()
    {
        foreach (var (_, text) in SampleDocuments.Load().Where(s => s.Name.Length > 10))
        {
            _text.Add(Encoding.UTF8.GetBytes(text));
            _docx.Add(CorpusGenerator.Docx(text));
            _html.Add(CorpusGenerator.Html(text));
            var blocks = new PlainTextReader().Read("x.txt", _text[^1]).Blocks;
            _blocks.Add(blocks);
            _cleaned.Add(new DocumentText(_cleaner.Clean(blocks).Blocks));
            _documents.Add(_pipeline.Extract("x.txt", _text[^1]).Document);
        }
    }

    [Benchmark] public int ReadText() => _text.Sum(b => new PlainTextReader().Read("x.txt", b).Blocks.Count);
    [Benchmark] public int ReadDocx() => _docx.Sum(b => new DocxReader(ReadLimits.Default).Read("x.docx", b).Blocks.Count);
    [Benchmark] public int ReadHtml() => _html.Sum(b => new HtmlReader(ReadLimits.Default).Read("x.html", b).Blocks.Count);
    [Benchmark] public int Clean() => _blocks.Sum(b => _cleaner.Clean(b).Blocks.Count);
    [Benchmark] public int Segment() => _cleaned.Sum(d => _segmenter.Segment(d).Questions.Count);
    [Benchmark] public int WriteJson() => _documents.Sum(d => JsonOutputWriter.Write(OutputTreeBuilder.Document(d)).Length);
    [Benchmark] public int WriteYaml() => _documents.Sum(d => YamlOutputWriter.Write([OutputTreeBuilder.Document(d)]).Length);
    [Benchmark] public int WholePipelineText() => _text.Sum(b => _pipeline.Extract("x.txt", b).Document.Questions.Count);
    [Benchmark] public int WholePipelineDocx() => _docx.Sum(b => _pipeline.Extract("x.docx", b).Document.Questions.Count);
}
