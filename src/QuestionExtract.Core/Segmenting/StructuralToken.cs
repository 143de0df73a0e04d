namespace QuestionExtract.Segmenting;

/// <summary>
/// A candidate structural marker found in the document text: where it is, what it numbers, and how it looks,
/// so that the resolver can compare it with the markers the document already uses.
/// </summary>
public sealed class StructuralToken
{
    public required TokenKind Kind { get; init; }
    public MarkerFamily Family { get; init; }
    /// <summary>Offset of the marker in the joined document text.</summary>
    public required int Start { get; init; }
    /// <summary>Offset just after the marker (for sections: after the heading text).</summary>
    public required int End { get; set; }
    public int? Number { get; init; }
    /// <summary>The marker as printed (第一题, 1, 一).</summary>
    public required string Label { get; init; }
    /// <summary>The character after the number (. 、 ) …), to tell nested lists from top-level ones.</summary>
    public string Delimiter { get; init; } = "";
    public bool AtLineStart { get; init; }
    public int Indent { get; init; }

    // Numbers right-aligned by a space ( 9. / 10.) are one list; an indent two or more deeper is another level.
    private const int IndentStep = 2;

    /// <summary>Both open their lines at another list level (an indent apart).</summary>
    public bool IndentedApartFrom(StructuralToken other) => AtLineStart && other.AtLineStart && Math.Abs(Indent - other.Indent) >= IndentStep;
    /// <summary>
    /// An unnumbered candidate made from a heading of the level the document gives its questions
    /// (<see cref="Candidates.QuestionHeadingLevel"/>): it need not ask.
    /// </summary>
    public bool QuestionLevelHeading { get; init; }
    /// <summary>
    /// A first item right after a short group label ending in a colon (java方面: 1. …, Round 2: 1. …): the list
    /// starts again under a new group, as after a heading.
    /// </summary>
    public bool AfterGroupLabel { get; init; }
    /// <summary>
    /// A flashcard's start (<see cref="Candidates.FlashcardSource"/>): its body splits into question and answer at
    /// the card's separator (front::back, or a line holding only ?).
    /// </summary>
    public bool Flashcard { get; init; }
    /// <summary>
    /// For answer-key headings: the key answers only the part it follows (本部分答案, a chapter's own
    /// 第一章习题参考答案), so the next heading with a question under it ends it.
    /// </summary>
    public bool AnswersItsPart { get; init; }
    /// <summary>
    /// An interviewer's follow-up (追问：…): under a numbered, bulleted or bare question it is part of it (or its answer),
    /// and the numbering goes on past it; in a record of unnumbered labelled questions (问：…) it is one of them.
    /// </summary>
    public bool FollowUp { get; init; }

    /// <summary>The marker opens a comment in a program (-- 1、查询…, # 2. …): its leader is part of the marker.</summary>
    public bool CommentLed { get; init; }
    /// <summary>For sections: the heading text after the numeral.</summary>
    public string HeadingText { get; set; } = "";
    public override string ToString() => $"{Kind} {Family} {Label} @{Start}";
}
