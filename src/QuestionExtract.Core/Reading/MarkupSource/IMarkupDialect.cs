namespace QuestionExtract.Reading.MarkupSource;

/// <summary>
/// A markup language whose source users keep question banks in (Org, LaTeX, AsciiDoc, BBCode, wikitext,
/// reStructuredText). It claims a document only on evidence no other text gives (several of its own constructs),
/// and turns each source line into what its rendering shows.
/// </summary>
public interface IMarkupDialect
{
    /// <summary>The rule id removed markup is reported under (`org-markup`, …).</summary>
    string RuleId { get; }

    bool Recognises(IReadOnlyList<string> lines);

    /// <summary>For each source line, in order, what it stands for (usually one line; none is allowed).</summary>
    IReadOnlyList<IReadOnlyList<MarkupLine>> Render(IReadOnlyList<string> lines);
}
