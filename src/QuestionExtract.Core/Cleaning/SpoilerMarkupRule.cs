using System.Text.RegularExpressions;

namespace QuestionExtract.Cleaning;

/// <summary>
/// A chat's spoiler markup copied as text (Answer: ||PUT||, Discord and Telegram hide answers so): the bars are
/// markup, the text between them is the answer. Bars set apart by spaces or run into words (a || b, x||y||z) are
/// code's or a table's, and stay.
/// </summary>
public sealed partial class SpoilerMarkupRule : BlockTextRepairRule
{
    public override string Id => "spoiler-markup";

    protected override string Repair(string text) => text.Contains("||", StringComparison.Ordinal) ? Spoiler().Replace(text, "${t}") : text;

    [GeneratedRegex(@"(?<![|\w'""])\|\|(?<t>[^|\s'""](?:[^|\n]{0,200}[^|\s'""])?)\|\|(?![|\w'""])")]
    private static partial Regex Spoiler();
}
