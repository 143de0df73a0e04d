using System.Text.RegularExpressions;

namespace QuestionExtract.Cleaning;

/// <summary>
/// A training site's anti-copy note set inside a sentence, in brackets (…的说法（本文来源：233网校）是正确的,
/// 【来源：中华会计网校 www.chinaacc.com】, （更多资料请访问www.233.com）, （本文由 教招网 整理发布）, （转载请注明出自…）): it says
/// where the text was taken from, nothing of the question, and goes. A note alone on its line is left to the site
/// rules, which remove it whole under their own names.
/// </summary>
public sealed partial class InlineSourceNoteRule : BlockTextRepairRule
{
    public override string Id => "inline-source-note";

    protected override string Repair(string text)
    {
        if (text.IndexOfAny(Openers) < 0) return text;
        return Note().Replace(text, m => LineAround(text, m.Index, m.Length) is { TextBefore: false, TextAfter: false } ? m.Value : "");
    }

    private static readonly char[] Openers = ['（', '(', '【'];

    // The bracket opens with the note's words: a source (本文来源, 来源：), a plea to visit for more, the site that put it
    // together (本文由…整理/发布), or a ban on reposting; no bracket inside, at most a short line's worth.
    [GeneratedRegex(@"[（(【][ \t]*(?:本文来源|文章来源|来源[:：]|更多(?:资料|内容|试题|真题)[^（）()【】\n]{0,10}?(?:请访问|请登录|请关注|访问)|本文由[^（）()【】\n]{1,16}?(?:整理|发布|编辑)|转载请注明|未经(?:授权|许可)[^（）()【】\n]{0,6}?(?:禁止|不得)转载)[^（）()【】\n]{0,40}[）)】]")]
    private static partial Regex Note();
}
