using QuestionExtract.Merging;
using QuestionExtract.Model;

namespace QuestionExtract.Writing;

/// <summary>Maps the model to the output contract's field names and order.</summary>
public static class OutputTreeBuilder
{
    public static OutputNode Document(ExtractedDocument d) => new OutputNode()
        .Add("schemaVersion", d.SchemaVersion)
        .Add("source", new OutputNode()
            .Add("path", d.Source.Path).Add("format", d.Source.Format).Add("encoding", d.Source.Encoding)
            .Add("bytes", d.Source.Bytes).Add("sha256", d.Source.Sha256))
        .Add("title", d.Title)
        .Add("site", d.Site)
        .Add("language", d.Language)
        .Add("truncated", d.Truncated)
        .Add("declaredQuestionCount", d.DeclaredQuestionCount)
        .Add("questions", d.Questions.Select(q => (object?)Question(q)).ToList())
        .Add("preamble", d.Preamble)
        .Add("removed", d.Removed.Aggregate(new OutputNode(), (node, kv) => node.Add(kv.Key, kv.Value)))
        .Add("warnings", d.Warnings.Select(w => (object?)Warning(w)).ToList());

    /// <summary>A question on its own line (JSON Lines), carrying its document's path, title and site.</summary>
    public static OutputNode QuestionLine(ExtractedDocument d, Question q)
    {
        var node = new OutputNode().Add("sourcePath", d.Source.Path).Add("title", d.Title).Add("site", d.Site);
        node.Fields.AddRange(Question(q).Fields);
        return node;
    }

    private static List<object?> Options(IEnumerable<ChoiceOption> options) =>
        options.Select(o => (object?)new OutputNode().Add("label", o.Label).Add("text", o.Text)).ToList();

    public static OutputNode Question(Question q)
    {
        var node = new OutputNode()
            .Add("id", q.Id)
            .Add("index", q.Index)
            .Add("number", q.Number)
            .Add("section", q.Section)
            .Add("points", q.Points)
            .Add("type", q.Type)
            .Add("question", q.QuestionText);
        if (q.Options is not null) node.Add("options", Options(q.Options));
        node.Add("answer", q.Answer)
            .Add("analysis", q.Analysis)
            .Add("skills", q.Skills.Select(s => (object?)s).ToList())
            .Add("complete", q.Complete);
        if (q.Confidence is { } confidence) node.Add("confidence", confidence);
        node.Add("warnings", q.Warnings.Select(s => (object?)s).ToList());
        if (q.Location is { } loc) node.Add("location", new OutputNode().Add("line", loc.Line).Add("column", loc.Column));
        return node;
    }

    /// <summary>A merged bank as one JSON or YAML document (schemas/question-bank.schema.json).</summary>
    public static OutputNode Bank(IEnumerable<MergedQuestion> questions) => new OutputNode()
        .Add("schemaVersion", ExtractedDocument.CurrentSchemaVersion)
        .Add("kind", "questionBank")
        .Add("questions", questions.Select(q => (object?)Merged(q)).ToList());

    public static OutputNode Merged(MergedQuestion q)
    {
        var node = new OutputNode()
            .Add("id", q.Id)
            .Add("number", q.Number)
            .Add("section", q.Section)
            .Add("type", q.Type)
            .Add("question", q.QuestionText);
        if (q.Options is not null) node.Add("options", Options(q.Options));
        return node.Add("answer", q.Answer)
            .Add("alternativeAnswers", q.AlternativeAnswers.Select(a => (object?)a).ToList())
            .Add("analysis", q.Analysis)
            .Add("skills", q.Skills.Select(s => (object?)s).ToList())
            .Add("complete", q.Complete)
            .Add("sources", q.Sources.Select(s => (object?)new OutputNode()
                .Add("path", s.Path).Add("sha256", s.Sha256).Add("index", s.Index).Add("number", s.Number)).ToList());
    }

    private static OutputNode Warning(ExtractionWarning w) =>
        new OutputNode().Add("code", w.Code).Add("message", w.Message).Add("location", w.Location);
}
