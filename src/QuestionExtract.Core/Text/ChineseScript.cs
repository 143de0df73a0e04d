using System.Text;

namespace QuestionExtract.Text;

/// <summary>
/// Simplified/traditional character conversion from the OpenCC character tables (first candidate per character).
/// Character-level only: good for folding text before matching and for telling the scripts apart.
/// </summary>
public sealed class ChineseScript
{
    private static readonly Lazy<ChineseScript> Shared = new(() => new ChineseScript(
        ParseTable(EmbeddedData.ReadText("TSCharacters.txt")),
        ParseTable(EmbeddedData.ReadText("STCharacters.txt"))));

    private readonly Dictionary<int, string> _toSimplified;
    private readonly Dictionary<int, string> _toTraditional;
    // The same tables for BMP characters as arrays, so the common case costs one array read, not a hash lookup.
    private readonly string?[] _simplifiedBmp = new string?[0x10000];
    private readonly string?[] _traditionalBmp = new string?[0x10000];
    // Which BMP characters have an entry, as bits: 8 KB each stays in the first-level cache while text is
    // scanned, where the 512 KB arrays above do not; most characters have no entry.
    private readonly ulong[] _simplifiable = new ulong[0x10000 / 64];
    private readonly ulong[] _traditionalizable = new ulong[0x10000 / 64];

    private ChineseScript(Dictionary<int, string> toSimplified, Dictionary<int, string> toTraditional)
    {
        _toSimplified = toSimplified;
        _toTraditional = toTraditional;
        foreach (var (key, value) in toSimplified)
            if (key < 0x10000) { _simplifiedBmp[key] = value; _simplifiable[key >> 6] |= 1UL << key; }
        foreach (var (key, value) in toTraditional)
            if (key < 0x10000) { _traditionalBmp[key] = value; _traditionalizable[key >> 6] |= 1UL << key; }
    }

    private static bool Has(ulong[] set, char c) => (set[c >> 6] & (1UL << c)) != 0;

    public static ChineseScript Default => Shared.Value;

    public string ToSimplified(string text) => Map(text, _toSimplified, _simplifiedBmp, _simplifiable) ?? text;

    /// <summary><see cref="ToSimplified(string)"/> of text in a buffer (one string made, whatever changes).</summary>
    public string ToSimplified(ReadOnlySpan<char> text) => Map(text, _toSimplified, _simplifiedBmp, _simplifiable) ?? new string(text);

    /// <summary>
    /// <see cref="ToSimplified(string)"/> of a buffer the caller owns and gives up: one-character replacements
    /// (nearly all of them) are written into it, so the result costs one string and no builder.
    /// </summary>
    public string ToSimplifiedInPlace(Span<char> buffer)
    {
        for (int i = 0; i < buffer.Length; i++)
        {
            char c = buffer[i];
            if (!char.IsSurrogate(c) && !Has(_simplifiable, c)) continue;
            var replacement = char.IsSurrogate(c) ? null : _simplifiedBmp[c];
            if (replacement is { Length: 1 })
            {
                buffer[i] = replacement[0];
                continue;
            }
            // A longer replacement or a surrogate pair: the rest goes the general way (mapping is not
            // idempotent, so what is already mapped is not mapped again).
            var rest = buffer[i..];
            return string.Concat(buffer[..i], Map(rest, _toSimplified, _simplifiedBmp, _simplifiable) ?? new string(rest));
        }
        return new string(buffer);
    }

    public string ToTraditional(string text) => Map(text, _toTraditional, _traditionalBmp, _traditionalizable) ?? text;

    /// <summary>True when the character exists only in traditional writing (it changes when simplified).</summary>
    public bool IsTraditionalOnly(Rune rune) => rune.IsBmp
        ? IsTraditionalOnly((char)rune.Value)
        : _toSimplified.ContainsKey(rune.Value) && !_toTraditional.ContainsKey(rune.Value);

    /// <summary><see cref="IsTraditionalOnly(Rune)"/> for a character of the BMP.</summary>
    public bool IsTraditionalOnly(char c) => Has(_simplifiable, c) && !Has(_traditionalizable, c);

    /// <summary><see cref="IsSimplifiedOnly(Rune)"/> for a character of the BMP.</summary>
    public bool IsSimplifiedOnly(char c) => Has(_traditionalizable, c) && !Has(_simplifiable, c);

    /// <summary>True when the character exists only in simplified writing.</summary>
    public bool IsSimplifiedOnly(Rune rune) => rune.IsBmp
        ? IsSimplifiedOnly((char)rune.Value)
        : _toTraditional.ContainsKey(rune.Value) && !_toSimplified.ContainsKey(rune.Value);

    // The converted text, or null when no character changes.
    private static string? Map(ReadOnlySpan<char> text, Dictionary<int, string> table, string?[] bmp, ulong[] mapped)
    {
        int first = 0;
        while (first < text.Length && !char.IsSurrogate(text[first]) && !Has(mapped, text[first])) first++;
        if (first == text.Length) return null;
        var sb = new StringBuilder(text.Length).Append(text[..first]);
        int run = first;  // start of the pending run of unchanged characters
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement;
            int width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = 2;
                table.TryGetValue(char.ConvertToUtf32(c, text[i + 1]), out replacement);
            }
            else replacement = Has(mapped, c) ? bmp[c] : null;
            if (replacement is not null)
            {
                sb.Append(text[run..i]).Append(replacement);
                run = i + width;
            }
            i += width - 1;
        }
        return sb.Append(text[run..]).ToString();
    }

    // "key<TAB>candidate candidate…" per line; '#' starts a comment. Parsed over spans: it runs at every start.
    private static Dictionary<int, string> ParseTable(string content)
    {
        var table = new Dictionary<int, string>(content.Length / 8);
        var rest = content.AsSpan();
        while (rest.Length > 0)
        {
            int newline = rest.IndexOf('\n');
            var line = (newline < 0 ? rest : rest[..newline]).TrimEnd('\r');
            rest = newline < 0 ? [] : rest[(newline + 1)..];
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var key = line[..tab];
            var targets = line[(tab + 1)..].TrimStart(' ');
            int space = targets.IndexOf(' ');
            var target = space < 0 ? targets : targets[..space];
            if (target.Length == 0 || Rune.DecodeFromUtf16(key, out var rune, out var used) != System.Buffers.OperationStatus.Done || used != key.Length)
                continue;
            if (!target.SequenceEqual(key)) table[rune.Value] = target.ToString();
        }
        return table;
    }
}
