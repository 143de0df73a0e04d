using System.Globalization;
using System.Text;
using QuestionExtract.Model;
using QuestionExtract.Pipeline;
using YamlDotNet.RepresentationModel;

namespace QuestionExtract.Tests.Specs;

/// <summary>Runs every case of every spec file through the whole pipeline and checks the fields it names.</summary>
public sealed class SpecTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in SpecFile.ReadAll()) data.Add(c.File, c.Name);
        return data;
    }

    [Fact]
    public void Spec_files_hold_cases() => Assert.True(SpecFile.ReadAll().Count() >= 20);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string file, string name)
    {
        var spec = SpecFile.ReadAll().Single(c => c.File == file && c.Name == name);
        var doc = ExtractionPipeline.CreateDefault().Extract(spec.FileName, Encoding.UTF8.GetBytes(spec.Input)).Document;
        var stream = new YamlStream();
        stream.Load(new StringReader(spec.Expect));
        var expect = (YamlMappingNode)stream.Documents[0].RootNode;

        foreach (var (keyNode, value) in expect.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value!;
            switch (key)
            {
                case "title": Assert.Equal(Str(value), doc.Title); break;
                case "site": Assert.Equal(Str(value), doc.Site); break;
                case "language": Assert.Equal(Str(value), doc.Language); break;
                case "preamble": Assert.Equal(Str(value), doc.Preamble); break;
                case "truncated": Assert.Equal(bool.Parse(Str(value)!), doc.Truncated); break;
                case "declaredQuestionCount": Assert.Equal(Int(value), doc.DeclaredQuestionCount); break;
                case "questionCount": Assert.Equal(Int(value), doc.Questions.Count); break;
                case "removed":
                    var want = ((YamlMappingNode)value).Children.ToDictionary(kv => Str(kv.Key)!, kv => Int(kv.Value)!.Value);
                    Assert.Equal(want.OrderBy(kv => kv.Key), doc.Removed.OrderBy(kv => kv.Key));
                    break;
                case "questions":
                    var items = ((YamlSequenceNode)value).Children;
                    Assert.True(items.Count == doc.Questions.Count,
                        $"expected {items.Count} questions, got {doc.Questions.Count}: {string.Join(" | ", doc.Questions.Select(q => q.QuestionText))}");
                    for (int i = 0; i < items.Count; i++) CheckQuestion(i, (YamlMappingNode)items[i], doc.Questions[i]);
                    break;
                case "warnings":
                    // Each listed code must be among the document's warnings (others may be there too).
                    foreach (var code in List(value))
                        Assert.True(doc.Warnings.Any(w => w.Code == code), $"no '{code}' warning; got: {string.Join(", ", doc.Warnings.Select(w => w.Code))}");
                    break;
                default: throw new InvalidDataException($"unknown expect key '{key}'");
            }
        }
    }

    private static void CheckQuestion(int index, YamlMappingNode expect, Question q)
    {
        foreach (var (keyNode, value) in expect.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value!;
            var where = $"question {index + 1} {key}";
            switch (key)
            {
                case "number": Assert.True(Str(value) == q.Number, $"{where}: {q.Number}"); break;
                case "section": Assert.True(Str(value) == q.Section, $"{where}: {q.Section}"); break;
                case "type": Assert.True(Str(value) == q.Type, $"{where}: {q.Type}"); break;
                case "question": Assert.True(Str(value) == q.QuestionText, $"{where}: {q.QuestionText}"); break;
                case "answer": Assert.True(Str(value) == q.Answer, $"{where}: {q.Answer ?? "null"}"); break;
                case "analysis": Assert.True(Str(value) == q.Analysis, $"{where}: {q.Analysis ?? "null"}"); break;
                case "points": Assert.True(Str(value) is null ? q.Points is null : double.Parse(Str(value)!, CultureInfo.InvariantCulture) == q.Points, $"{where}: {q.Points}"); break;
                case "complete": Assert.True(bool.Parse(Str(value)!) == q.Complete, where); break;
                case "skills": Assert.Equal(List(value), q.Skills); break;
                case "options": Assert.Equal(List(value), q.Options?.Select(o => $"{o.Label}. {o.Text}").ToList() ?? []); break;
                case "warnings": Assert.Equal(List(value), q.Warnings); break;
                default: throw new InvalidDataException($"unknown question key '{key}'");
            }
        }
    }

    private static string? Str(YamlNode node)
    {
        var scalar = (YamlScalarNode)node;
        return scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "null" ? null : scalar.Value;
    }

    private static int? Int(YamlNode node) => Str(node) is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : null;

    private static List<string> List(YamlNode node) => ((YamlSequenceNode)node).Children.Select(n => Str(n)!).ToList();
}
