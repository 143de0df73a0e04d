namespace QuestionExtract.Segmenting;

/// <summary>
/// The section headings of a document in order, and whether a place sits right under one: between the nearest
/// heading before it and the place there are only blanks and Markdown line marks (#, >, *). One judgement for the
/// asking-line source (a part's one unnumbered task) and the scorer (an asking line opening a part).
/// </summary>
internal sealed class PartHeadings
{
    private readonly string _text;
    private readonly StructuralToken[] _byEnd;

    public PartHeadings(string text, IEnumerable<StructuralToken>? tokens)
    {
        _text = text;
        _byEnd = (tokens ?? []).Where(t => t.Kind == TokenKind.Section).OrderBy(t => t.End).ToArray();
    }

    public bool Any => _byEnd.Length > 0;

    public bool RightUnder(int offset)
    {
        // The last heading ending at or before the offset.
        int lo = 0, hi = _byEnd.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (_byEnd[mid].End <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        if (found < 0) return false;
        for (int k = _byEnd[found].End; k < offset; k++)
            if (!char.IsWhiteSpace(_text[k]) && _text[k] is not ('#' or '>' or '*')) return false;
        return true;
    }
}
