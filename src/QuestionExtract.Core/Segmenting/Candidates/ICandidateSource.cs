namespace QuestionExtract.Segmenting.Candidates;

/// <summary>
/// Finds candidates of one kind (numbered markers, unnumbered asking lines, …). A source decides nothing: the
/// decoder chooses among all candidates. Sources run in order, and each sees what the sources before it found
/// (an asking line is not a candidate where a number already opens the line).
/// </summary>
public interface ICandidateSource
{
    IEnumerable<StructuralToken> Find(DocumentText document, IReadOnlyList<StructuralToken> found);
}
