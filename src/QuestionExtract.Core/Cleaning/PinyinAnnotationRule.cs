using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using QuestionExtract.Model;

namespace QuestionExtract.Cleaning;

/// <summary>
/// Removes the pinyin some sites insert after characters, 網(wǎng)絡(luò) → 網絡. Only a parenthesis right after a
/// CJK character holding one toned pinyin syllable qualifies, so (考察:…), (如官網、APP), (book118) stay.
/// </summary>
public sealed partial class PinyinAnnotationRule : ICleaningRule
{
    [GeneratedRegex(@"(?<=[\u3400-\u9FFF\uF900-\uFAFF])[(（](?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[)）]")]
    private static partial Regex AnnotationPattern();

    /// <summary>What an annotation is; <see cref="NextAnnotation"/> finds the same matches by hand.</summary>
    public static Regex Pattern => AnnotationPattern();

    private static readonly SearchValues<char> PlainLetter = SearchValues.Create("abcdefghijklmnopqrstuvwxyzü");
    private static readonly SearchValues<char> TonedLetter = SearchValues.Create("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ");

    // What the pattern needs around its opening parenthesis: a CJK character before it, a pinyin letter after.
    private static readonly SearchValues<char> Before = SearchValues.Create(
        Enumerable.Range(0x3400, 0x9FFF - 0x3400 + 1).Concat(Enumerable.Range(0xF900, 0xFAFF - 0xF900 + 1)).Select(c => (char)c).ToArray());
    private static readonly SearchValues<char> PinyinLetter = SearchValues.Create("abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ");

    public string Id => "pinyin-annotation";

    private static bool MayHoldAnnotation(string text)
    {
        var rest = text.AsSpan();
        int offset = 0, at;
        while ((at = rest.IndexOfAny('(', '（')) >= 0)
        {
            int i = offset + at;
            if (i > 0 && i + 1 < text.Length && Before.Contains(text[i - 1]) && PinyinLetter.Contains(text[i + 1])) return true;
            rest = rest[(at + 1)..];
            offset = i + 1;
        }
        return false;
    }

    /// <summary>True when the text still holds a pinyin annotation after a character.</summary>
    public static bool Occurs(string text) => AnnotationPattern().IsMatch(text);

    /// <summary>
    /// Where the next match of <see cref="Pattern"/> at or after <paramref name="from"/> starts (-1: none), and its
    /// length: the matches the regex enumerates, found by hand. A page with annotations has one after nearly every
    /// character, and the generated regex, entered and left per match, was most of the rule's time. The pattern
    /// read as code: a parenthesis after a CJK character; the letters after it in a run of [a-zü] of at most six
    /// then a toned letter (the lookahead: the two sets share no letter, so backtracking finds nothing else); the
    /// run of pinyin letters from there is one to seven long and a closing parenthesis ends it (a longer run
    /// leaves a letter, not a parenthesis, after any seven).
    /// </summary>
    public static int NextAnnotation(string text, int from, out int length)
    {
        length = 0;
        for (int p = from; p < text.Length; p++)
        {
            int at = text.AsSpan(p).IndexOfAny('(', '（');
            if (at < 0) return -1;
            p += at;
            if (p == 0 || !Before.Contains(text[p - 1])) continue;
            int plain = p + 1;
            while (plain < text.Length && plain - (p + 1) <= 6 && PlainLetter.Contains(text[plain])) plain++;
            if (plain - (p + 1) > 6 || plain >= text.Length || !TonedLetter.Contains(text[plain])) continue;
            int end = plain + 1;
            while (end < text.Length && end - (p + 1) <= 7 && PinyinLetter.Contains(text[end])) end++;
            if (end - (p + 1) > 7 || end >= text.Length || text[end] is not (')' or '）')) continue;
            length = end + 1 - p;
            return p;
        }
        return -1;
    }

    // The removed annotations, each kept once: the same few hundred syllables recur in every block of a site's
    // pages, and a string per removal was the rule's largest allocation. Bounded, so odd input cannot grow it.
    private static readonly ConcurrentDictionary<string, string> Annotations = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AnnotationsBySpan =
        Annotations.GetAlternateLookup<ReadOnlySpan<char>>();
    private const int MaxAnnotations = 4096;
    private static int _annotationCount;

    private static string Annotation(ReadOnlySpan<char> text)
    {
        if (AnnotationsBySpan.TryGetValue(text, out var known)) return known;
        var annotation = text.ToString();
        if (Volatile.Read(ref _annotationCount) < MaxAnnotations && Annotations.TryAdd(annotation, annotation)) Interlocked.Increment(ref _annotationCount);
        return annotation;
    }

    public void Apply(CleaningContext context)
    {
        for (int i = 0; i < context.Blocks.Count; i++)
        {
            var block = context.Blocks[i];
            var text = block.Text;
            // Most blocks have no parenthesis right after a character with a pinyin letter inside (question
            // banks are full of "（ ）" and "(A)"): skip them before the regex looks at every character.
            if (!MayHoldAnnotation(text)) continue;
            StringBuilder? kept = null;
            int from = 0;
            // A block can hold hundreds of annotations, and only the removed text is kept of each.
            for (int at = NextAnnotation(text, 0, out int length); at >= 0; at = NextAnnotation(text, from, out length))
            {
                if (context.RecordsRepairs)
                    context.Repairs.Add(new Repair(Id, Annotation(text.AsSpan(at, length)), "", new SourceLocation(block.Location.Line, block.Location.Column + at)));
                (kept ??= new StringBuilder(text.Length)).Append(text, from, at - from);
                from = at + length;
            }
            if (kept is null) continue;
            // A table row's cells lose the same annotations (the row's text records them).
            context.Blocks[i] = block.Repaired(kept.Append(text, from, text.Length - from).ToString(), cell => AnnotationPattern().Replace(cell, ""));
        }
    }
}
