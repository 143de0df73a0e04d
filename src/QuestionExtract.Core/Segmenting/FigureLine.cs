using System.Text.RegularExpressions;

namespace QuestionExtract.Segmenting;

/// <summary>
/// A line that is only a figure, as the readers write one (Markdown image syntax, <c>![alt](src)</c>). A figure
/// asks nothing and answers nothing by itself: it belongs to the text it stands under.
/// </summary>
public static partial class FigureLine
{
    [GeneratedRegex(@"^[ \t]*!\[[^\]\n]*\]\([^)\n]*\)[ \t]*$")]
    private static partial Regex FigurePattern();

    // Figure lines following the position (each after a line break), as one run.
    [GeneratedRegex(@"\G(?:[ \t]*\n[ \t]*!\[[^\]\n]*\]\([^)\n]*\)[ \t]*(?=\n|$))+")]
    private static partial Regex FiguresBelowPattern();

    public static bool Is(string line) => line.Contains("![", StringComparison.Ordinal) && FigurePattern().IsMatch(line);

    /// <summary>Where the run of figure lines right after <paramref name="at"/> ends; <paramref name="at"/> when none follows.</summary>
    public static int EndOfFiguresBelow(string text, int at)
    {
        var figures = FiguresBelowPattern().Match(text, at);
        return figures.Success ? figures.Index + figures.Length : at;
    }
}
