namespace QuestionExtract.Text;

/// <summary>
/// Rows of two cells that are flashcards: a front and its back, one card a row (a flashcard or glossary export:
/// question⇥answer, term⇥definition). Most fronts ask, or every front is a short term whose back defines it at
/// length. A tab or a bar between an option's letter and its text, or a contents list's page numbers, is no card.
/// </summary>
public static class CardRows
{
    private const int MinRows = 3;
    // A glossary says less of itself than a list of questions: it needs one row more.
    private const int MinTermRows = 4;
    private const int MaxTerm = 40;
    private const int MinDefinition = 15;

    public static bool AreCards(IReadOnlyList<(string Front, string Back)> rows)
    {
        int asking = 0, terms = 0, pageNumbers = 0;
        foreach (var (front, back) in rows)
        {
            var f = front.Trim();
            var b = back.Trim();
            if (f.Length == 0 || b.Length == 0) return false;
            if (f[^1] is '?' or '？') asking++;
            else if (IsTerm(f) && b.Length >= Math.Max(MinDefinition, 2 * f.Length)) terms++;
            if (b.All(char.IsAsciiDigit)) pageNumbers++;
        }
        // Page numbers after every line make a contents list (1. 什么是JVM？⇥1), not answers.
        if (pageNumbers == rows.Count) return false;
        return (rows.Count >= MinRows && asking * 3 >= rows.Count * 2) || (rows.Count >= MinTermRows && asking + terms == rows.Count);
    }

    // A term names a thing: a few words, no sentence, more than a letter or a number.
    private static bool IsTerm(string text) =>
        text.Length is > 1 and <= MaxTerm && !text.All(c => char.IsAsciiDigit(c) || char.IsPunctuation(c))
        && text[^1] is not ('.' or '。' or '!' or '！' or ';' or '；' or ':' or '：' or ',' or '，');
}
