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
    // Which BMP characters have an entry, so the common case (no mapping) costs one array read.
    private readonly bool[] _simplifiedHasEntry = new bool[0x10000];
    private readonly bool[] _traditionalHasEntry = new bool[0x10000];

    private ChineseScript(Dictionary<int, string> toSimplified, Dictionary<int, string> toTraditional)
    {
        _toSimplified = toSimplified;
        _toTraditional = toTraditional;
        foreach (var key in toSimplified.Keys) if (key < 0x10000) _simplifiedHasEntry[key] = true;
        foreach (var key in toTraditional.Keys) if (key < 0x10000) _traditionalHasEntry[key] = true;
    }

    public static ChineseScript Default => Shared.Value;

    public string ToSimplified(string text) => Map(text, _toSimplified, _simplifiedHasEntry);

    public string ToTraditional(string text) => Map(text, _toTraditional, _traditionalHasEntry);

    /// <summary>True when the character exists only in traditional writing (it changes when simplified).</summary>
    public bool IsTraditionalOnly(Rune rune) => _toSimplified.ContainsKey(rune.Value) && !_toTraditional.ContainsKey(rune.Value);

    /// <summary>True when the character exists only in simplified writing.</summary>
    public bool IsSimplifiedOnly(Rune rune) => _toTraditional.ContainsKey(rune.Value) && !_toSimplified.ContainsKey(rune.Value);

    private static string Map(string text, Dictionary<int, string> table, bool[] hasEntry)
    {
        int first = 0;
        while (first < text.Length && !char.IsSurrogate(text[first]) && !hasEntry[text[first]]) first++;
        if (first == text.Length) return text;
        StringBuilder? sb = null;
        int i = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (table.TryGetValue(rune.Value, out var mapped))
            {
                sb ??= new StringBuilder(text.Length).Append(text, 0, i);
                sb.Append(mapped);
            }
            else
            {
                sb?.Append(rune.ToString());
            }
            i += rune.Utf16SequenceLength;
        }
        return sb?.ToString() ?? text;
    }

    private static Dictionary<int, string> ParseTable(string content)
    {
        var table = new Dictionary<int, string>();
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var key = line[..tab];
            var target = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (target is null || Rune.DecodeFromUtf16(key, out var rune, out var used) != System.Buffers.OperationStatus.Done || used != key.Length)
                continue;
            if (target != key) table[rune.Value] = target;
        }
        return table;
    }
}
