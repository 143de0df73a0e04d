using System.Text.RegularExpressions;

namespace QuestionExtract.Segmenting.Candidates;

/// <summary>
/// Flashcards as note apps keep them (Obsidian's spaced-repetition cards, decks exported for Anki): a card is a
/// front and a back, on one line split by a double or triple colon (<c>front::back</c>), or on lines split by a
/// line that holds only <c>?</c> or <c>??</c> (front ⏎ ? ⏎ back). The front is the question whether it asks or
/// not. It takes two cards to make a deck: a lone double colon is more likely code (std::vector) or prose.
/// The candidate is an empty question label at the card's start; the field splitter splits the card at its
/// separator (<see cref="FieldSplitter"/>).
/// </summary>
public sealed partial class FlashcardSource : ICandidateSource
{
    private const int MinCards = 2;
    private const int MaxFrontLength = 160;

    // front::back on one line. The front ends in something other than an identifier character: Foo::Bar and
    // std::cout are code.
    [GeneratedRegex(@"^[ \t]*(?<front>[^\n]*?)[ \t]*:{2,3}(?!:)[ \t]*\S", RegexOptions.Multiline)]
    private static partial Regex OneLineCard();

    // The separator line of a card written on several lines.
    [GeneratedRegex(@"^[ \t]*\?{1,2}[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex SeparatorLine();

    /// <summary>Where the card whose body opens <paramref name="body"/> splits into front and back, or null.</summary>
    public static Match? SeparatorIn(string body)
    {
        int lineEnd = body.IndexOf('\n');
        var first = lineEnd < 0 ? body : body[..lineEnd];
        var inline = InlineSeparator().Match(first);
        if (inline.Success) return inline;
        var line = SeparatorLine().Match(body);
        return line.Success ? line : null;
    }

    [GeneratedRegex(@"[ \t]*:{2,3}(?!:)[ \t]*")]
    private static partial Regex InlineSeparator();

    IEnumerable<StructuralToken> ICandidateSource.Find(DocumentText document, IReadOnlyList<StructuralToken> found) => Find(document, found);

    public List<StructuralToken> Find(DocumentText document, IReadOnlyList<StructuralToken> existing)
    {
        var text = document.Text;
        var taken = existing.Where(t => t.Kind == TokenKind.Item && t.AtLineStart).Select(t => document.LineStart(t.Start)).ToHashSet();
        var fronts = new SortedSet<int>();
        var rows = document.TableRows().Select(r => (r.Start, r.End)).ToList();
        foreach (Match m in OneLineCard().Matches(text))
        {
            var front = m.Groups["front"].Value;
            // A table's row or a tab-separated record (an Anki export names its deck 网络::面试) is no card.
            if (rows.Any(r => r.Start <= m.Index && m.Index < r.End) || text.AsSpan(m.Index, document.LineEnd(m.Index) - m.Index).Contains('\t')) continue;
            if (IsFront(front) && !CodeLine.LooksLikeCode(text.AsSpan(m.Index, document.LineEnd(m.Index) - m.Index))
                && !IsIdentifierChar(front[^1]))
                fronts.Add(m.Groups["front"].Index);
        }
        foreach (Match m in SeparatorLine().Matches(text))
        {
            if (m.Index == 0 || document.LineEnd(m.Index + m.Length) >= text.Length) continue;
            int above = document.LineStart(m.Index - 1);
            var front = text.AsSpan(above, m.Index - 1 - above).Trim();
            if (IsFront(front.ToString()) && !text.AsSpan(m.Index + m.Length + 1, document.LineEnd(m.Index + m.Length + 1) - m.Index - m.Length - 1).IsWhiteSpace())
                fronts.Add(above + (text.AsSpan(above).Length - text.AsSpan(above).TrimStart().Length));
        }
        if (fronts.Count < MinCards) return [];
        var cards = new List<StructuralToken>();
        foreach (var start in fronts)
        {
            int line = document.LineStart(start);
            if (taken.Contains(line)) continue;
            cards.Add(new StructuralToken
            {
                Kind = TokenKind.Item, Family = MarkerFamily.Labelled, Start = start, End = start, Label = "",
                AtLineStart = true, Indent = start - line, Flashcard = true,
            });
        }
        return cards.Count < MinCards ? [] : cards;
    }

    private static bool IsFront(string front) => front.Trim().Length is > 1 and <= MaxFrontLength;

    private static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
