using System.Text.RegularExpressions;
using QuestionExtract.Cleaning;
using YamlDotNet.RepresentationModel;

namespace QuestionExtract.Segmenting;

/// <summary>
/// A labels file as YAML nodes, and a user's file (<c>--labels</c>) checked against the built-in one and merged
/// into it. The built-in file is the schema: a user's file may only name its keys, with values of the same
/// shape, so a misspelt key or a pattern that does not compile is an error naming its line, not a list that is
/// silently never read.
/// </summary>
public static class LabelFile
{
    // Lists of regular expressions rather than words: the group each must have (null: none needed), and the
    // form the lexicon compiles it in ({0}: the pattern), which is what must compile.
    private static readonly Dictionary<string, (string? Group, string Form)> PatternLists = new(StringComparer.Ordinal)
    {
        ["declaredCount"] = ("n", "{0}"), ["pointsEach"] = ("n", "{0}"), ["pointsNote"] = ("n", "{0}"), ["blanks"] = (null, @"\G(?:{0})"), ["sourceCitations"] = (null, "{0}"), ["itemHeaderLines"] = (null, "{0}"), ["answerHeadingLines"] = ("w", "{0}"),
    };

    /// <summary>The root mapping of a labels file (an empty file is an empty mapping).</summary>
    /// <exception cref="RuleFileException">Not YAML, or not a mapping.</exception>
    public static YamlMappingNode Root(string yaml, string fileName)
    {
        var stream = RuleFileException.LoadYaml(yaml, fileName);
        if (stream.Documents.Count == 0) return new YamlMappingNode();
        if (stream.Documents.Count > 1)
            throw Error(fileName, stream.Documents[1].RootNode, "a labels file holds one YAML document; a second one (after ---) would be ignored");
        return stream.Documents[0].RootNode as YamlMappingNode
               ?? throw Error(fileName, stream.Documents[0].RootNode, "a labels file must be a mapping of lists (answer: [...], analysis: [...])");
    }

    /// <summary>The built-in mapping with each list of <paramref name="extra"/> added after its own.</summary>
    /// <exception cref="RuleFileException">A key the built-in file has not, or a value of another shape.</exception>
    public static YamlMappingNode Merge(YamlMappingNode builtIn, YamlMappingNode extra, string fileName)
    {
        var merged = new YamlMappingNode();
        foreach (var (key, value) in builtIn.Children) merged.Add(key, value);
        foreach (var (keyNode, value) in extra.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } k } ? k : throw Error(fileName, keyNode, "a key must be a word");
            if (!builtIn.Children.TryGetValue(keyNode, out var own))
                throw Error(fileName, keyNode, $"unknown key '{key}' (expected one of {string.Join(", ", builtIn.Children.Keys.OfType<YamlScalarNode>().Select(n => n.Value))})");
            merged.Children[keyNode] = own switch
            {
                YamlSequenceNode list => Concat(list, Words(fileName, key, value)),
                YamlMappingNode groups => MergeGroups(groups, value, fileName, key),
                _ => throw Error(fileName, keyNode, $"'{key}' cannot be changed by a labels file"),
            };
        }
        return merged;
    }

    // A mapping of lists (typeTags: {single-choice: [...]}): its keys are fixed too.
    private static YamlMappingNode MergeGroups(YamlMappingNode own, YamlNode value, string fileName, string key)
    {
        if (value is not YamlMappingNode extra) throw Error(fileName, value, $"'{key}' must be a mapping of lists, as in the built-in file");
        var merged = new YamlMappingNode();
        foreach (var (k, v) in own.Children) merged.Add(k, v);
        foreach (var (groupNode, words) in extra.Children)
        {
            if (!own.Children.TryGetValue(groupNode, out var ownWords) || ownWords is not YamlSequenceNode ownList)
                throw Error(fileName, groupNode, $"unknown {key} group '{(groupNode as YamlScalarNode)?.Value}' (expected one of {string.Join(", ", own.Children.Keys.OfType<YamlScalarNode>().Select(n => n.Value))})");
            merged.Children[groupNode] = Concat(ownList, Words(fileName, key, words));
        }
        return merged;
    }

    private static YamlSequenceNode Concat(YamlSequenceNode own, IEnumerable<YamlScalarNode> extra) => new([.. own.Children, .. extra]);

    private static List<YamlScalarNode> Words(string fileName, string key, YamlNode value)
    {
        if (value is not YamlSequenceNode list) throw Error(fileName, value, $"'{key}' must be a list, as in the built-in file");
        var words = new List<YamlScalarNode>();
        foreach (var item in list.Children)
        {
            if (item is not YamlScalarNode { Value: { Length: > 0 } word } scalar || word.Trim().Length == 0 || IsNull(scalar))
                throw Error(fileName, item, $"each item of '{key}' must be a non-empty word");
            if (PatternLists.TryGetValue(key, out var pattern)) CheckPattern(fileName, key, scalar, pattern.Group, pattern.Form);
            words.Add(scalar);
        }
        return words;
    }

    // A plain ~ or null is YAML's null, not the word "~".
    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL";

    private static void CheckPattern(string fileName, string key, YamlScalarNode item, string? group, string form)
    {
        Regex regex;
        try
        {
            regex = new Regex(string.Format(System.Globalization.CultureInfo.InvariantCulture, form, item.Value), RegexOptions.CultureInvariant);
        }
        catch (ArgumentException ex)
        {
            throw Error(fileName, item, $"'{key}' holds a pattern that does not compile: {ex.Message}");
        }
        if (group is not null && !regex.GetGroupNames().Contains(group))
            throw Error(fileName, item, $"each pattern of '{key}' must capture the number as (?<{group}>...)");
    }

    private static RuleFileException Error(string fileName, YamlNode node, string reason) => RuleFileException.At(fileName, node, reason);
}
