using System.Globalization;
using System.Text.RegularExpressions;
using QuestionExtract.Text;

namespace QuestionExtract.Segmenting;

/// <summary>Reads 行为面试题(每题10分,共5题) (or 选择题：本题共5小题，每小题10分) into name 行为面试题, 10 points, 5 questions.</summary>
public sealed partial class SectionHeadingParser(LabelLexicon lexicon)
{
    [GeneratedRegex(@"[(（【\[][^()（）【】\[\]]*(?:分|题|題|points?|questions?)[^()（）【】\[\]]*[)）】\]]", RegexOptions.IgnoreCase)]
    private static partial Regex NotePattern();

    public SectionHeading Parse(int ordinal, string headingText)
    {
        var folded = FoldedText.Of(headingText);
        double? points = null;
        foreach (var p in lexicon.PointsPatterns)
        {
            var m = p.Match(folded);
            // A user's pattern (--labels) may capture something that is no number: that match states no points.
            if (m.Success && double.TryParse(m.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var each)) { points = each; break; }
        }
        var name = NotePattern().Replace(headingText, "").Trim();
        if (lexicon.PartNoteColon(name) is > 0 and var colon) name = name[..colon];
        // The dash or colon between the numeral and the name (Part 3 - Discussion, Section B: Reading) is neither.
        name = name.TrimEnd(':', '：', '.', '。').TrimStart('-', '–', '—', ':', '：', '|', ' ', '\t').Trim();
        return new SectionHeading(ordinal, name.Length == 0 ? null : name, points, DeclaredCount(lexicon, FoldedText.KeepingSpaces(headingText)));
    }

    /// <summary>The first count a text states (共20题, 20道题, 250 Questions), or null.</summary>
    public static int? DeclaredCount(LabelLexicon lexicon, string foldedText)
    {
        foreach (var p in lexicon.DeclaredCountPatterns)
        {
            var m = p.Match(foldedText);
            if (m.Success && int.TryParse(m.Groups["n"].Value, CultureInfo.InvariantCulture, out var n) && n > 0) return n;
        }
        return null;
    }
}
