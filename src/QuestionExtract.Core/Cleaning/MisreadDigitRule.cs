using System.Text;
using System.Text.RegularExpressions;
using QuestionExtract.Model;

namespace QuestionExtract.Cleaning;

/// <summary>
/// Puts back the digits a scanned paper's recognised text read as letters: <c>l.</c> or <c>I.</c> for 1., <c>S.</c> for
/// 5., <c>1O</c> for 10, in the numbers of its items (<c>l.下列…</c>, <c>（S）…</c>) and of its key's entries
/// (<c>l.C 2.B … S.C</c>). A letter is read as a digit only where the numbers around it count through it (4. before
/// S., 2. after l.), which no word or Roman numeral does; once a document shows such a misreading, the same letters
/// inside a number before a unit (共1O分, 第 l 页) are put back too.
/// </summary>
public sealed partial class MisreadDigitRule : ICleaningRule
{
    public string Id => "misread-digits";

    // An item's number opening a line, bracketed or not, with its text after it.
    [GeneratedRegex(@"(?<=^[ \t\u3000]*[(（]?)(?<n>[0-9lI|SO]{1,3})(?<d>[.．、,，)）])(?=[ \t\u3000]*[^\s0-9.,，A-H])", RegexOptions.Multiline)]
    private static partial Regex ItemNumberPattern();

    // A key entry's number, its answer's letters right after the point and a space or the line's end after them
    // (l.C 2.B), set apart from what comes before (not U.S.A.).
    [GeneratedRegex(@"(?<=^|[ \t\u3000、,，;；])(?<n>[0-9lI|SO]{1,3})(?<d>[.．、])(?=[A-H]{1,4}(?:[ \t\u3000,，;；。]|$))", RegexOptions.Multiline)]
    private static partial Regex KeyEntryPattern();

    // The same letters inside a number that counts a unit (共1O分, 第 l 页).
    [GeneratedRegex(@"(?<=[0-9])O(?=[0-9]*[ \t]*[分题道页])|(?<=第[ \t]*)[lI](?=[ \t]*页)")]
    private static partial Regex UnitNumberPattern();

    private readonly record struct Token(int Block, int Index, int Length, int Value, bool Misread, bool Counts = true);

    public void Apply(CleaningContext context)
    {
        var blocks = context.Blocks;
        if (!blocks.Any(b => b.Text.AsSpan().IndexOfAny("lIS|O") >= 0)) return;
        var fixes = new List<(int Block, int Index, int Length, string Digits)>();
        foreach (var pattern in new[] { ItemNumberPattern(), KeyEntryPattern() })
        {
            var tokens = new List<Token>();
            for (int b = 0; b < blocks.Count; b++)
                foreach (Match m in pattern.Matches(blocks[b].Text))
                {
                    var n = m.Groups["n"];
                    bool misread = n.ValueSpan.IndexOfAny("lIS|O") >= 0;
                    // A comma after a misread letter is a word's (I, for one…), not a number's point; II and III are
                    // Roman numerals, not 11 and 111.
                    if (misread && (m.Groups["d"].Value is "," or "，" || (n.Length > 1 && !n.ValueSpan.ContainsAnyExcept("lI|")))) continue;
                    if (Value(n.Value) is int value) tokens.Add(new Token(b, n.Index, n.Length, value, misread));
                }
            for (int i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (!t.Misread) continue;
                bool counted = (i > 0 && tokens[i - 1].Counts && tokens[i - 1].Value == t.Value - 1) || (t.Value == 1 && i + 1 < tokens.Count && tokens[i + 1].Value == 2);
                if (counted) fixes.Add((t.Block, t.Index, t.Length, t.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                else tokens[i] = t with { Counts = false };
            }
        }
        if (fixes.Count == 0) return;
        for (int b = 0; b < blocks.Count; b++)
            foreach (Match m in UnitNumberPattern().Matches(blocks[b].Text))
                fixes.Add((b, m.Index, m.Length, m.Value == "O" ? "0" : "1"));
        foreach (var group in fixes.GroupBy(f => f.Block))
        {
            var block = blocks[group.Key];
            var sb = new StringBuilder(block.Text);
            // From the end, so earlier positions hold.
            foreach (var fix in group.DistinctBy(f => f.Index).OrderByDescending(f => f.Index))
                sb.Remove(fix.Index, fix.Length).Insert(fix.Index, fix.Digits);
            var repaired = sb.ToString();
            if (context.RecordsRepairs) context.Repairs.Add(new Repair(Id, block.Text, repaired, block.Location));
            blocks[group.Key] = block with { Text = repaired };
        }
    }

    // The number a token reads as, its letters taken for the digits they resemble.
    private static int? Value(string token)
    {
        int value = 0;
        foreach (var c in token)
        {
            int digit = c switch { >= '0' and <= '9' => c - '0', 'l' or 'I' or '|' => 1, 'S' => 5, 'O' => 0, _ => -1 };
            if (digit < 0) return null;
            value = value * 10 + digit;
        }
        return value;
    }
}
