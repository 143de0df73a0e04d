using System.Globalization;
using System.Text.RegularExpressions;

namespace QuestionExtract.Segmenting.Fields;

/// <summary>
/// Takes a question bank's metadata lines (【题型】单选题　【难度】★★☆　【分值】1分) out of the stem: they describe the
/// question, they are not its text. The type's value becomes the declared type and the points' value the points;
/// the whole line is accounted as structure. So is the source cited before a stem (（2023·国考）).
/// </summary>
public sealed partial class ItemMetadata(LabelLexicon lexicon)
{
    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex NumberPattern();

    /// <summary>The stem without its metadata lines; what they state goes to <paramref name="draft"/>.</summary>
    public string Take(string question, QuestionDraft draft)
    {
        if (question.Length == 0) return question;
        question = WithoutSourceCitation(question, draft);
        question = WithoutSkillSentences(question, draft);
        var lines = lexicon.MetadataLine.Matches(question);
        if (lines.Count == 0) return question;
        foreach (Match line in lines)
        {
            var labels = line.Groups["k"].Captures;
            var values = line.Groups["v"].Captures;
            for (int i = 0; i < labels.Count; i++)
            {
                string value = values[i].Value.Trim();
                switch (lexicon.MetadataKind(labels[i].Value))
                {
                    case "type" when lexicon.TypeOfWord(value) is { } type:
                        draft.DeclaredType = type;
                        break;
                    case "points" when NumberPattern().Match(value) is { Success: true } n
                                       && double.TryParse(n.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var points):
                        draft.Points = points;
                        break;
                    case "skills" when WithoutNote(value) is { Length: > 0 } skill:
                        draft.Skills.Add(skill);
                        break;
                    case "number" when draft.Number.Length == 0 && NumberPattern().Match(value) is { Success: true } n
                                       && int.TryParse(n.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number):
                        (draft.Number, draft.NumberValue) = (n.Value, number);
                        break;
                }
            }
            draft.Consumed.Add(line.Value);
        }
        return lexicon.MetadataLine.Replace(question, "").Trim();
    }

    /// <summary>
    /// Where the metadata lines right above an item's line start (【题型】 ⏎ 【难度】 ⏎ 【题干】…): a bank that prints them
    /// before each item describes the item under them, not the one before. <paramref name="lineStart"/> when none
    /// stands there; the run never reaches above <paramref name="floor"/>.
    /// When the bank opens each item's lines with the same label (【题型】), a run starts at that label: the lines above
    /// it (the item before's 【分值】2, with no blank line between) close the item before.
    /// </summary>
    public int RunAbove(string text, int lineStart, int floor, string? opening)
    {
        int start = lineStart, opened = -1;
        while (start > floor && start >= 2)
        {
            int above = text.LastIndexOf('\n', start - 2) + 1;
            if (above < floor) break;
            var m = lexicon.MetadataLine.Match(text, above, start - 1 - above);
            bool labelled = m.Success && m.Index == above && m.Length == start - 1 - above;
            var header = labelled ? null : HeaderLine(text[above..(start - 1)]);
            if (!labelled && header is null) break;
            start = above;
            // The item's number opens its header: above it is the item before (its answer may be 3/4 or 2.).
            if (header?.Groups["n"] is { Success: true }) break;
            if (labelled && opening is not null && m.Groups["k"].Captures[0].Value == opening) opened = above;
        }
        return opening is null || start == lineStart ? start : opened >= 0 ? opened : lineStart;
    }

    /// <summary>
    /// The run of header lines above an item (<see cref="RunAbove"/>): labelled metadata lines as <see cref="Take"/> reads
    /// them, unlabelled ones (2/4, [单选题], Multiple Choice, 30 seconds, 1 pt) giving the number, type and points their
    /// groups hold where the item has none. Every line is accounted as structure.
    /// </summary>
    public void TakeHeader(string run, QuestionDraft draft)
    {
        var labelled = new List<string>();
        foreach (var raw in run.Split('\n'))
        {
            if (HeaderLine(raw) is not { } m)
            {
                labelled.Add(raw);
                continue;
            }
            draft.Consumed.Add(raw);
            Read(m, draft);
        }
        Take(string.Join('\n', labelled), draft);
    }

    /// <summary>
    /// What the header line <paramref name="header"/> (a match of <see cref="HeaderLine"/>) states, given to the item: the
    /// number where it has none, the type, the points. The caller accounts for the line.
    /// </summary>
    public void Read(Match header, QuestionDraft draft)
    {
        if (header.Groups["n"] is { Success: true } n && draft.Number.Length == 0 && int.TryParse(n.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            (draft.Number, draft.NumberValue) = (n.Value, number);
        if (header.Groups["t"] is { Success: true } t && lexicon.TypeOfWord(t.Value) is { } type)
            draft.DeclaredType = type;
        if (header.Groups["p"] is { Success: true } p && double.TryParse(p.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var points))
            draft.Points = points;
    }

    /// <summary>
    /// The unlabelled header line <paramref name="line"/> is (data <c>itemHeaderLines</c>, or a type tag alone on its
    /// line, whose type is group <c>t</c>), or null.
    /// </summary>
    public Match? HeaderLine(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0) return null;
        foreach (var pattern in lexicon.ItemHeaderLines)
            if (pattern.Match(trimmed) is { Success: true } m && m.Length == trimmed.Length) return m;
        return lexicon.TypeTags.Match(trimmed) is { Success: true } tag && tag.Length == trimmed.Length ? tag : null;
    }

    /// <summary>A header line that neither numbers nor names an item (30 seconds, 1 pt): it can open no item.</summary>
    public bool OpensNothing(string line) => HeaderLine(line) is { } m && !m.Groups["n"].Success && !m.Groups["t"].Success;

    /// <summary>The first label of the metadata line at <paramref name="lineStart"/>.</summary>
    public string? LabelAt(string text, int lineStart)
    {
        var m = lexicon.MetadataLine.Match(text, lineStart, text.IndexOf('\n', lineStart) is var end and >= 0 ? end - lineStart : text.Length - lineStart);
        return m.Success && m.Index == lineStart ? m.Groups["k"].Captures[0].Value : null;
    }

    /// <summary>An answer or analysis without the metadata lines among its own (…解析。 ⏎ 【分值】2): what they state is the item's.</summary>
    public string? TakeFrom(string? part, QuestionDraft draft)
    {
        if (part is null || (!lexicon.MetadataLine.IsMatch(part) && !lexicon.SkillSentences.Any(p => p.IsMatch(part)))) return part;
        var rest = Take(part, draft);
        return rest.Length == 0 ? null : rest;
    }

    // A line that names the tested point in a sentence (【该题针对“视同销售”知识点进行考核】) states a skill, as 【知识点】 does.
    private string WithoutSkillSentences(string text, QuestionDraft draft)
    {
        foreach (var pattern in lexicon.SkillSentences)
            text = pattern.Replace(text, m =>
            {
                draft.Skills.Add(m.Groups["s"].Value.Trim());
                draft.Consumed.Add(m.Value);
                return "";
            });
        return text;
    }

    // A knowledge point may carry a note of another label in brackets (支付结算（难度：易）): the note's label opens a
    // value of its own, which leaves the bracket that opened it dangling after the point.
    private static string WithoutNote(string value) => value.TrimEnd().TrimEnd('(', '（').TrimEnd();

    // The source before the stem ((2023·国考)) is the bank's record of where the question came from: accounted as
    // structure, as a metadata line is, so the stem opens with what it asks.
    private string WithoutSourceCitation(string question, QuestionDraft draft)
    {
        var stem = question.TrimStart();
        foreach (var pattern in lexicon.SourceCitations)
        {
            var m = pattern.Match(stem);
            if (!m.Success || m.Length == 0 || stem.Length - m.Length < MinStemAfterCitation) continue;
            draft.Consumed.Add(m.Value);
            return stem[m.Length..].TrimStart();
        }
        return question;
    }

    // A citation is followed by the stem; a bracket that is all there is stays the text.
    private const int MinStemAfterCitation = 4;
}
