using System.Text.RegularExpressions;

namespace QuestionExtract.Segmenting;

/// <summary>
/// The question number a key table's first cell holds: a bare number (<c>3</c>), one with its point or bracket
/// (<c>3.</c>, <c>3)</c>), a question word's (<c>Q3</c>), or a part's item as English papers number them (<c>02.1</c>,
/// whose number within its question is 1, as the item reads it).
/// </summary>
internal static partial class KeyRowNumber
{
    [GeneratedRegex(@"^(?:[Qq][ \t]?)?(?<n>[0-9]{1,3})(?:[.．](?<m>[0-9]{1,2}))?[.．)）]?$")]
    private static partial Regex Pattern();

    public static int? Parse(string cell)
    {
        var m = Pattern().Match(cell.Trim());
        if (!m.Success) return null;
        return int.Parse(m.Groups[m.Groups["m"].Success ? "m" : "n"].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
    }
}
