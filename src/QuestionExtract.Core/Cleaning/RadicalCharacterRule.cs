using System.Text;
using QuestionExtract.Text;
using YamlDotNet.RepresentationModel;

namespace QuestionExtract.Cleaning;

/// <summary>
/// Puts back the characters a PDF text layer wrote as radicals (<c>⾏使国家⽴法权</c>, <c>第 1 ⻚</c>): a font that draws a
/// character with a radical's glyph maps it to the radical's code point. Each radical becomes the character
/// radical-characters.yaml gives it (a Kangxi radical's compatibility decomposition, a supplement radical's character).
/// Such code points never stand for themselves in the text we read.
/// </summary>
public sealed class RadicalCharacterRule : BlockTextRepairRule
{
    private static readonly Lazy<IReadOnlyDictionary<char, char>> Characters = new(() => Parse(EmbeddedData.ReadText("radical-characters.yaml")));

    public override string Id => "radical-characters";

    protected override string Repair(string text)
    {
        int first = text.AsSpan().IndexOfAnyInRange('\u2E80', '\u2FD5');
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length).Append(text, 0, first);
        foreach (var c in text.AsSpan(first)) sb.Append(Characters.Value.TryGetValue(c, out var whole) ? whole : c);
        return sb.ToString();
    }

    private static Dictionary<char, char> Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var map = new Dictionary<char, char>();
        if (stream.Documents[0].RootNode is not YamlMappingNode root) return map;
        foreach (var table in root.Children.Values.OfType<YamlMappingNode>())
            foreach (var (key, value) in table.Children)
                if (key.ToString() is [var radical] && value.ToString() is [var whole]) map[radical] = whole;
        return map;
    }
}
