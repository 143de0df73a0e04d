using QuestionExtract.Cleaning;
using QuestionExtract.Text;
using YamlDotNet.RepresentationModel;

namespace QuestionExtract.Reading;

/// <summary>
/// The words by which a saved page's markup names its chrome (comments, related posts, share bars, sidebars, ads)
/// and its article, read from html-chrome.yaml. Class and id names are cut into words once per distinct name
/// and the verdict cached, so a page of thousands of elements costs a few hundred lookups.
/// </summary>
public sealed class HtmlChromeRules
{
    private static readonly Lazy<HtmlChromeRules> BuiltInRules = new(() => Parse(EmbeddedData.ReadText("html-chrome.yaml"), "html-chrome.yaml (built in)"));

    private readonly HashSet<string> _chromeWords;
    private readonly HashSet<string> _contentWords;
    private readonly HashSet<string> _chromeRoles;
    private readonly HashSet<string> _contentRoles;
    private readonly HashSet<string> _chromeHeadings;
    private readonly HashSet<string> _controlLabels;
    private readonly HashSet<string> _answerWords;
    // Names repeat across a page and across pages (comment-item on every comment): cut each once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (bool Chrome, bool Content)> _classVerdicts = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (bool Chrome, bool Content)> _idVerdicts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _idChromeWords;

    public HtmlChromeRules(IEnumerable<string> chromeWords, IEnumerable<string> chromeIdWords, IEnumerable<string> contentWords, IEnumerable<string> chromeRoles,
        IEnumerable<string> contentRoles, IEnumerable<string> chromeHeadings, IEnumerable<string> controlLabels, IEnumerable<string>? answerWords = null)
    {
        _answerWords = (answerWords ?? []).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        _chromeWords = chromeWords.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        // An id is judged by both lists: a few words name chrome only as a page region's id.
        _idChromeWords = _chromeWords.Union(chromeIdWords.Select(w => w.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);
        _contentWords = contentWords.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        _chromeRoles = chromeRoles.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        _contentRoles = contentRoles.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        _chromeHeadings = chromeHeadings.Select(LettersOnly).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
        _controlLabels = controlLabels.Select(LettersOnly).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    public static HtmlChromeRules BuiltIn => BuiltInRules.Value;

    /// <summary>The built-in rules, parsed when first asked for: a run that reads no html page never parses them.</summary>
    public static Lazy<HtmlChromeRules> BuiltInOnFirstUse => BuiltInRules;

    /// <summary>
    /// What the words of a class attribute (several names) and an id say together: <paramref name="chrome"/>
    /// when one has a chrome word, <paramref name="content"/> when one has an article word.
    /// </summary>
    public void Judge(string? classes, string? id, out bool chrome, out bool content)
    {
        chrome = content = false;
        if (!string.IsNullOrEmpty(classes))
        {
            var rest = classes.AsSpan();
            while (true)
            {
                rest = rest.TrimStart();
                if (rest.IsEmpty) break;
                int end = rest.IndexOfAny(' ', '\t', '\n');
                if (end < 0) end = rest.Length;
                Add(JudgeName(rest[..end], _classVerdicts, _chromeWords), ref chrome, ref content);
                rest = rest[end..];
            }
        }
        if (!string.IsNullOrEmpty(id)) Add(JudgeName(id, _idVerdicts, _idChromeWords), ref chrome, ref content);

        static void Add((bool Chrome, bool Content) verdict, ref bool chrome, ref bool content)
        {
            chrome |= verdict.Chrome;
            content |= verdict.Content;
        }
    }

    public bool IsChromeRole(string role) => _chromeRoles.Contains(role.Trim().ToLowerInvariant());

    public bool IsContentRole(string role) => _contentRoles.Contains(role.Trim().ToLowerInvariant());

    /// <summary>A heading that titles chrome ("相关推荐", "17 条评论", "Similar Reads").</summary>
    public bool IsChromeHeading(string text) => text.Length <= 40 && _chromeHeadings.Contains(LettersOnly(text));

    /// <summary>A class or id naming an element as a question's answer (answer, jiexi, solution-box).</summary>
    public bool NamesAnswer(string? classes, string? id) =>
        _answerWords.Count > 0 && (classes ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(id ?? "")
            .Any(name => name.Length > 0 && Words(name).Append(Joined(name)).Any(_answerWords.Contains));

    /// <summary>A button text that works the page ("Show answer", "展开").</summary>
    public bool IsControlLabel(string text) => _controlLabels.Contains(LettersOnly(text));

    private (bool Chrome, bool Content) JudgeName(ReadOnlySpan<char> name,
        System.Collections.Concurrent.ConcurrentDictionary<string, (bool Chrome, bool Content)> verdicts, HashSet<string> chromeWords)
    {
        // Looked up by span: a page's names are cut and judged once, and no string is made for a known name.
        var known = verdicts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (known.TryGetValue(name, out var verdict)) return verdict;
        var text = name.ToString();
        bool chrome = false, content = false;
        foreach (var word in Words(text).Append(Joined(text)))
        {
            chrome |= chromeWords.Contains(word);
            content |= _contentWords.Contains(word);
        }
        return verdicts[text] = (chrome, content);
    }

    /// <summary>
    /// The lower-case words of a class or id: cut at anything not a letter and where lower case turns upper
    /// (feedbackItem) or a run of capitals ends (HTMLContent: html, content).
    /// </summary>
    public static IEnumerable<string> Words(string name)
    {
        int start = -1;
        for (int i = 0; i <= name.Length; i++)
        {
            bool letter = i < name.Length && char.IsAsciiLetter(name[i]);
            bool boundary = letter && start >= 0 && char.IsAsciiLetterUpper(name[i])
                && (char.IsAsciiLetterLower(name[i - 1]) || (i + 1 < name.Length && char.IsAsciiLetterLower(name[i + 1]) && char.IsAsciiLetterUpper(name[i - 1])));
            if (start >= 0 && (!letter || boundary))
            {
                yield return name[start..i].ToLowerInvariant();
                start = -1;
            }
            if (letter && start < 0) start = i;
        }
    }

    // The whole name without its separators (side-bar, ad_box): sites glue the same words every way.
    private static string Joined(string name) => string.Concat(name.Where(char.IsAsciiLetter)).ToLowerInvariant();

    // A heading or label compared by its letters alone: "评论 12", "Comments (3)" and "— Similar Reads —" keep their words.
    private static string LettersOnly(string text) => string.Concat(text.Where(char.IsLetter)).ToLowerInvariant();

    /// <exception cref="RuleFileException">The file is not YAML, or a key is missing or not a list of words.</exception>
    public static HtmlChromeRules Parse(string yaml, string fileName)
    {
        var stream = RuleFileException.LoadYaml(yaml, fileName);
        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        if (root is null) throw new RuleFileException(fileName, 1, 1, "an html chrome file must be a mapping of word lists");
        List<string> List(string key)
        {
            if (!root.Children.TryGetValue(new YamlScalarNode(key), out var node)) throw RuleFileException.At(fileName, root, $"'{key}' is missing");
            if (node is not YamlSequenceNode list) throw RuleFileException.At(fileName, node, $"'{key}' must be a list of words");
            return list.Children.Select(item => item is YamlScalarNode { Value: { Length: > 0 } word }
                ? word : throw RuleFileException.At(fileName, item, $"each item of '{key}' must be a non-empty word")).ToList();
        }
        return new HtmlChromeRules(List("chromeWords"), List("chromeIdWords"), List("contentWords"), List("chromeRoles"), List("contentRoles"),
            List("chromeHeadings"), List("controlLabels"), List("answerWords"));
    }
}
