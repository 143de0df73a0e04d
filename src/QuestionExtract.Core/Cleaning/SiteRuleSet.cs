using System.Text.RegularExpressions;
using QuestionExtract.Text;
using YamlDotNet.RepresentationModel;

namespace QuestionExtract.Cleaning;

/// <summary>
/// The furniture rules, site definitions and title decorations of one or more rules files.
/// Read through the YAML node model so every error can name its line.
/// </summary>
public sealed partial class SiteRuleSet
{
    [GeneratedRegex(@"^(?:[•·●▪◦\-*]|\d{1,3}[.、．)]|[(（]\d{1,3}[)）])+")]
    private static partial Regex ListMarkerPattern();

    private static readonly Lazy<SiteRuleSet> BuiltInRules = new(() => Parse(EmbeddedData.ReadText("site-rules.yaml"), "site-rules.yaml (built in)"));

    public SiteRuleSet(IReadOnlyList<SiteRule> rules, IReadOnlyList<SiteDefinition> sites, IReadOnlyList<Regex> titleDecorations)
    {
        Rules = rules;
        Sites = sites;
        TitleDecorations = titleDecorations;
        // Every block is tried against every rule, and almost none matches: one vectorised search for all
        // phrases of all rules (and one lookup for all equals) tells when no phrase rule can match at all.
        _anyContains = new PhraseSearch(rules.SelectMany(r => r.Contains), ignoreCase: false);
        _anyEquals = rules.SelectMany(r => r.EqualsAny).ToHashSet(StringComparer.Ordinal);
        _anyIdentify = new PhraseSearch(sites.SelectMany(s => s.Identify).Where(p => p.Length > 0), ignoreCase: true);
    }

    private readonly PhraseSearch _anyContains;
    private readonly HashSet<string> _anyEquals;
    private readonly PhraseSearch _anyIdentify;

    public static SiteRuleSet BuiltIn => BuiltInRules.Value;

    /// <summary>No rules at all (to see what the repetition detector finds on its own).</summary>
    public static SiteRuleSet Empty { get; } = new([], [], []);

    public IReadOnlyList<SiteRule> Rules { get; }
    public IReadOnlyList<SiteDefinition> Sites { get; }
    public IReadOnlyList<Regex> TitleDecorations { get; }

    /// <summary>
    /// The first rule that recognises a block on its own (compared folded, with any list marker dropped for
    /// equality), or null. Positional rules are not tried: they need the block's neighbour (<see cref="MatchAfter"/>).
    /// </summary>
    public SiteRule? Match(string blockText, out string? title) => MatchFolded(FoldedText.Of(blockText), out title);

    /// <summary><see cref="Match"/> for a block already in folded form.</summary>
    public SiteRule? MatchFolded(string folded, out string? title) => MatchFolded(folded, out title, tail: true);

    /// <summary>
    /// The first rule that recognises a line wherever it stands: neither a positional rule nor a tail rule, which
    /// need the lines around it (what a validator sees of a field's line).
    /// </summary>
    public SiteRule? MatchAnywhere(string line) => MatchFolded(FoldedText.Of(line), out _, tail: false);

    private SiteRule? MatchFolded(string folded, out string? title, bool tail)
    {
        title = null;
        folded = WithoutEmphasis(folded);
        if (folded.Length == 0) return null;
        var marker = ListMarkerPattern().Match(folded);
        // A line of nothing but marker characters (-----------) is a drawn line, not a list marker before text.
        var bare = marker.Success && marker.Length < folded.Length ? folded[marker.Length..] : folded;
        var words = WithoutEdgeSymbols(bare);
        bool mayEqual = _anyEquals.Contains(bare) || (!ReferenceEquals(words, bare) && _anyEquals.Contains(words));
        bool mayContain = _anyContains.Occurs(folded);
        for (int i = 0; i < Rules.Count; i++)
            if (!Rules[i].IsPositional && (tail || !Rules[i].Tail) && Rules[i].Matches(folded, bare, mayEqual, mayContain, out title, words)) return Rules[i];
        return null;
    }

    /// <summary>
    /// The first positional rule that recognises a block whose nearest non-blank predecessor was removed by
    /// <paramref name="previous"/>, or null.
    /// </summary>
    // Emoji and other pictographs decorating a heading (## 📄 License, ## Contributors ✨) name nothing: the words
    // between them are compared.
    private static string WithoutEdgeSymbols(string text)
    {
        int start = 0, end = text.Length;
        while (start < end && IsDecoration(text, start)) start += char.IsSurrogatePair(text, start) ? 2 : 1;
        while (end > start && IsDecoration(text, end - 1)) end -= end - 2 >= start && char.IsSurrogatePair(text, end - 2) ? 2 : 1;
        return start == 0 && end == text.Length ? text : text[start..end];

        static bool IsDecoration(string s, int i) =>
            char.IsSurrogate(s[i]) || s[i] is '\uFE0F' or '\u200D'
            || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(s[i]) == System.Globalization.UnicodeCategory.OtherSymbol;
    }

    public SiteRule? MatchAfter(string folded, SiteRule previous)
    {
        if (folded.Length == 0) return null;
        var marker = ListMarkerPattern().Match(folded);
        var bare = marker.Success ? folded[marker.Length..] : folded;
        foreach (var rule in Rules)
        {
            if (!rule.IsPositional || !(rule.Follows.Contains(previous.Id) || (rule == previous && !rule.Once))) continue;
            if (rule.Matches(folded, bare, mayEqual: true, mayContain: true, out _)) return rule;
        }
        return null;
    }

    // A Markdown line set in emphasis as a whole (*如果觉得有帮助…*, _Last updated: …_) is compared by its words.
    private static string WithoutEmphasis(string folded)
    {
        int n = 0;
        while (n < folded.Length / 2 && folded[n] is '*' or '_' && folded[^(n + 1)] == folded[n]) n++;
        return n == 0 ? folded : folded[n..^n];
    }

    /// <summary>Whether any rule's <c>contains</c> phrase occurs in a folded text.</summary>
    public bool AnyPhraseOccurs(ReadOnlySpan<char> folded) => _anyContains.Occurs(folded);

    /// <summary>
    /// The sites whose identifying phrases occur in any of the folded blocks (letters compared ignoring case),
    /// in the order the sites are defined. Folded blocks hold no whitespace, so no phrase spans two of them.
    /// </summary>
    public List<SiteDefinition> IdentifySites(IReadOnlyList<string> foldedBlocks)
    {
        var found = new bool[Sites.Count];
        int left = Sites.Count;
        for (int s = 0; s < Sites.Count; s++)
            if (Sites[s].Identify.Contains("") && foldedBlocks.Count > 0) (found[s], left) = (true, left - 1);
        for (int b = 0; b < foldedBlocks.Count && left > 0; b++)
        {
            var rest = foldedBlocks[b].AsSpan();
            int at;
            while (left > 0 && (at = _anyIdentify.IndexOf(rest)) >= 0)
            {
                rest = rest[at..];
                for (int s = 0; s < Sites.Count; s++)
                    if (!found[s] && StartsWithAny(rest, Sites[s].Identify)) (found[s], left) = (true, left - 1);
                rest = rest[1..];
            }
        }
        return Sites.Where((_, s) => found[s]).ToList();
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, IReadOnlyList<string> phrases)
    {
        foreach (var phrase in phrases)
            if (phrase.Length > 0 && text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>This set with another file's rules added after it.</summary>
    public SiteRuleSet With(SiteRuleSet extra) =>
        new([.. Rules, .. extra.Rules], [.. Sites, .. extra.Sites], [.. TitleDecorations, .. extra.TitleDecorations]);

    public static SiteRuleSet Load(string path) => Parse(File.ReadAllText(path), path);

    public static SiteRuleSet Parse(string yaml, string fileName)
    {
        var stream = RuleFileException.LoadYaml(yaml, fileName);
        if (stream.Documents.Count == 0) return new SiteRuleSet([], [], []);
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw Error(fileName, stream.Documents[0].RootNode, "the rules file must be a mapping with 'rules', 'sites' or 'titleDecorations'");

        var rules = new List<SiteRule>();
        var sites = new List<SiteDefinition>();
        var decorations = new List<Regex>();
        foreach (var (keyNode, value) in root.Children)
        {
            switch (Scalar(fileName, keyNode))
            {
                case "rules":
                    foreach (var item in Sequence(fileName, value)) rules.Add(ParseRule(fileName, item));
                    break;
                case "sites":
                    foreach (var item in Sequence(fileName, value)) sites.Add(ParseSite(fileName, item));
                    break;
                case "titleDecorations":
                    foreach (var item in Sequence(fileName, value)) decorations.Add(CompilePattern(fileName, item));
                    break;
                default:
                    throw Error(fileName, keyNode, $"unknown key '{Scalar(fileName, keyNode)}' (expected rules, sites, titleDecorations)");
            }
        }
        var duplicate = rules.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new RuleFileException(fileName, 1, 1, $"rule id '{duplicate.Key}' is used twice");
        // A misspelt id would leave the rule silently dead: 'follows' names rules of the same file.
        var ids = rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = rules.SelectMany(r => r.Follows.Select(f => (r.Id, f))).FirstOrDefault(p => !ids.Contains(p.f));
        if (unknown.f is not null) throw new RuleFileException(fileName, 1, 1, $"rule '{unknown.Id}' follows an unknown rule '{unknown.f}'");
        return new SiteRuleSet(rules, sites, decorations);
    }

    private static SiteRule ParseRule(string file, YamlNode node)
    {
        if (node is not YamlMappingNode map) throw Error(file, node, "a rule must be a mapping");
        string? id = null, site = null;
        List<string> contains = [], equals = [], follows = [];
        List<Regex> patterns = [];
        bool list = false, truncates = false, completes = false, tail = false, endsPage = false, once = false, lines = false;
        int maxLength = 600;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = Scalar(file, keyNode);
            switch (key)
            {
                case "id": id = Scalar(file, value); break;
                case "site": site = Scalar(file, value); break;
                case "description": break;
                case "contains": contains.AddRange(Sequence(file, value).Select(v => FoldedText.Of(Scalar(file, v)))); break;
                case "equals": equals.AddRange(Sequence(file, value).Select(v => FoldedText.Of(Scalar(file, v)))); break;
                case "patterns": patterns.AddRange(Sequence(file, value).Select(v => CompilePattern(file, v))); break;
                case "follows": follows.AddRange(Sequence(file, value).Select(v => Scalar(file, v))); break;
                case "list": list = Bool(file, value); break;
                case "truncates": truncates = Bool(file, value); break;
                case "completes": completes = Bool(file, value); break;
                case "tail": tail = Bool(file, value); break;
                case "endsPage": endsPage = Bool(file, value); break;
                case "once": once = Bool(file, value); break;
                case "lines": lines = Bool(file, value); break;
                case "maxLength":
                    if (!int.TryParse(Scalar(file, value), out maxLength) || maxLength <= 0)
                        throw Error(file, value, "maxLength must be a positive whole number");
                    break;
                default: throw Error(file, keyNode, $"unknown rule key '{key}'");
            }
        }
        if (string.IsNullOrWhiteSpace(id)) throw Error(file, node, "a rule needs an 'id'");
        if (contains.Count + equals.Count + patterns.Count == 0)
            throw Error(file, node, $"rule '{id}' matches nothing: give contains, equals or patterns");
        return new SiteRule
        {
            Id = id, Site = site, Contains = contains, EqualsAny = equals, Patterns = patterns,
            ListItem = list, Truncates = truncates, Completes = completes, Tail = tail, EndsPage = endsPage, MaxLength = maxLength, Follows = follows, Once = once, Lines = lines,
        };
    }

    private static SiteDefinition ParseSite(string file, YamlNode node)
    {
        if (node is not YamlMappingNode map) throw Error(file, node, "a site must be a mapping");
        string? id = null, name = null;
        List<string> identify = [];
        foreach (var (keyNode, value) in map.Children)
        {
            switch (Scalar(file, keyNode))
            {
                case "id": id = Scalar(file, value); break;
                case "name": name = Scalar(file, value); break;
                case "identify": identify.AddRange(Sequence(file, value).Select(v => FoldedText.Of(Scalar(file, v)))); break;
                default: throw Error(file, keyNode, $"unknown site key '{Scalar(file, keyNode)}'");
            }
        }
        if (string.IsNullOrWhiteSpace(id)) throw Error(file, node, "a site needs an 'id'");
        return new SiteDefinition(id, name ?? id, identify);
    }

    private static Regex CompilePattern(string file, YamlNode node)
    {
        var text = Scalar(file, node);
        try
        {
            // Compiled once per rule file and run on every block of every document. The timeout stops a user's pattern
            // that backtracks without end; it counts wall-clock time, so it is set well above what a busy machine's
            // scheduling can add to a pattern that takes milliseconds.
            return DataPatterns.Create(text, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(5));
        }
        catch (ArgumentException ex)
        {
            throw Error(file, node, $"invalid pattern: {ex.Message}");
        }
    }

    private static string Scalar(string file, YamlNode node) =>
        node is YamlScalarNode { Value: { } v } ? v : throw Error(file, node, "expected a single value");

    private static bool Bool(string file, YamlNode node) => Scalar(file, node) switch
    {
        "true" => true,
        "false" => false,
        _ => throw Error(file, node, "expected true or false"),
    };

    private static IEnumerable<YamlNode> Sequence(string file, YamlNode node) =>
        node is YamlSequenceNode seq ? seq.Children : throw Error(file, node, "expected a list");

    private static RuleFileException Error(string file, YamlNode node, string reason) => RuleFileException.At(file, node, reason);
}
