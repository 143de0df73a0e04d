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
            // Value matches: a block can hold hundreds of annotations, and only the removed text is kept of each.
            foreach (var m in AnnotationPattern().EnumerateMatches(text))
            {
                context.Repairs.Add(new Repair(Id, Annotation(text.AsSpan(m.Index, m.Length)), "", new SourceLocation(block.Location.Line, block.Location.Column + m.Index)));
                (kept ??= new StringBuilder(text.Length)).Append(text, from, m.Index - from);
                from = m.Index + m.Length;
            }
            if (kept is null) continue;
            // A table row's cells lose the same annotations (the row's text records them).
            context.Blocks[i] = block.Repaired(kept.Append(text, from, text.Length - from).ToString(), cell => AnnotationPattern().Replace(cell, ""));
        }
    }
}
