namespace QuestionExtract.Segmenting.Candidates;

/// <summary>
/// Part names printed as plain lines: a 面经 split by round (<c>二面（40min）</c>), a bank split by topic
/// (<c>网络方面:</c>, <c>Java基础</c>), where the numbering starts again at 1 under each name and nothing but the
/// line says a part begins. A short line that is no sentence and does not ask, standing right above an item
/// numbered 1 of a family that had already counted past 1, is a section candidate: either it ends in a colon
/// (a group label), or a blank line (in the source) sets it apart from the answer above it. Once a document has such a name,
/// the line above its first list's item 1 is one too. A line that names an interview round (data
/// <c>roundNames</c>: 二面, Round 2, Online Assessment) heads its part even where the numbers run on, and above a
/// bulleted or bare question where nothing is numbered. Without the
/// section the name would end the answer above it.
/// </summary>
public sealed class PartNameLineSource(QuestionLikeness likeness, LabelLexicon lexicon) : ICandidateSource
{
    // The name itself is short; a note in brackets beside it ((主管面，30min), (60 mins)) may add to the line.
    private const int MaxLength = 30;
    private const int MaxLineLength = 60;
    // A kind's name as printed: 8 Chinese characters, or 16 columns of Latin letters (Multiple choice).
    private const int MaxKindNameWidth = 16;

    private readonly Fields.ItemMetadata _metadata = new(lexicon);

    private static readonly System.Buffers.SearchValues<char> SentenceInside = System.Buffers.SearchValues.Create("。？?！!，,;；.");

    IEnumerable<StructuralToken> ICandidateSource.Find(DocumentText document, IReadOnlyList<StructuralToken> found) => Find(document, found);

    public List<StructuralToken> Find(DocumentText document, IReadOnlyList<StructuralToken> existing)
    {
        var text = document.Text;
        var result = new List<StructuralToken>();
        // The lines that hold a candidate or a label, found once when a name is looked at: a line holding one is no name.
        HashSet<int>? taken = null;
        bool Taken(int lineStart) => (taken ??= [.. existing.Select(t => document.LineStart(t.Start)), .. document.LabelMatches(lexicon).Select(m => document.LineStart(m.Index))]).Contains(lineStart);
        // The first item 1 of each family, whose name is taken only when a later part has one.
        var firstOnes = new Dictionary<MarkerFamily, StructuralToken>();
        var pastOne = new HashSet<MarkerFamily>();
        foreach (var t in existing)
        {
            if (t.Kind != TokenKind.Item || !t.AtLineStart || t.Number is not { } n || !Numbered(t.Family) || document.ParentListItemStart(t.Start) >= 0) continue;
            if (n != 1)
            {
                pastOne.Add(t.Family);
                // An interview round's name (Round 2 – System Design) heads its part where the numbers run on.
                if (NameAbove(document, Taken, t, restart: false) is { } round) result.Add(round);
                continue;
            }
            if (!pastOne.Contains(t.Family))
            {
                firstOnes.TryAdd(t.Family, t);
                continue;
            }
            if (NameAbove(document, Taken, t, restart: true) is { } name) result.Add(name);
        }
        bool named = result.Count > 0;
        // A round's name above an unnumbered question or a bulleted list heads its part too (Round 3 (system design):
        // ⏎ Design a URL shortener…; 二面 ⏎ * 小程序和H5的区别), and so does a kind of question's name above an
        // unnumbered question.
        foreach (var t in existing)
            if (t.Kind == TokenKind.Item && t.AtLineStart && t.Family is MarkerFamily.Asking or MarkerFamily.Bullet && document.ParentListItemStart(t.Start) < 0
                && NameAbove(document, Taken, t, restart: false) is { } round && !result.Any(r => r.Start == round.Start))
                result.Add(round);
        // The first list's name, above the first item 1, once another part has one.
        if (!named) return result;
        foreach (var first in firstOnes.Values)
            if (NameAbove(document, Taken, first, restart: true) is { } name && !result.Any(r => r.Start == name.Start)) result.Add(name);
        return result;
    }

    // Sub-point styles ((1), ①, bullets) restart inside answers all the time; they name no parts.
    private static bool Numbered(MarkerFamily family) => family is MarkerFamily.Decimal or MarkerFamily.Numeral or MarkerFamily.Ordinal or MarkerFamily.QuestionWord;

    private StructuralToken? NameAbove(DocumentText document, Func<int, bool> taken, StructuralToken item, bool restart)
    {
        var text = document.Text;
        int itemLine = document.LineStart(item.Start);
        if (itemLine == 0) return null;
        int end = itemLine - 1;
        int start = document.LineStart(end);
        // The document's first line is its title.
        if (start == 0) return null;
        var line = text.AsSpan(start, end - start).Trim();
        if (line.Length == 0 || line.Length > MaxLineLength) return null;
        // A line with a blank to fill (姓名：______) is a form's field.
        if (line.Contains("__", StringComparison.Ordinal) || Fields.FillInBlank.In(line)) return null;
        var name = line.ToString();
        // A practice app's counter with the item's type (3/50 True/False) numbers the item under it: its header.
        if (_metadata.HeaderLine(name)?.Groups["n"] is { Success: true }) return null;
        bool colon = name[^1] is ':' or '：';
        var bare = (colon ? name[..^1] : name).Trim().Trim('*', '_', '#').Trim();
        var unbracketed = BracketsRemoved(bare);
        if (bare.Length == 0 || unbracketed.Length > MaxLength || unbracketed.AsSpan().IndexOfAny(SentenceInside) >= 0) return null;
        // Where the numbers run on, only a round's name heads a part; above an unnumbered question, so does a
        // name of a kind of question (【3月19日每日一练】多选题 ⏎ 下列各项中…（ ）).
        // (Only a kind's bare name: a longer one, Linux 常用命令面试题, names the page.)
        bool kind = item.Family == MarkerFamily.Asking && unbracketed.Trim() is var kindName && Text.PrintedWidth.Of(kindName) <= MaxKindNameWidth && lexicon.NamesQuestionPart(kindName);
        if (!restart && !lexicon.NamesRound(bare) && !kind) return null;
        if (taken(start) || likeness.IsQuestionLike(bare) || lexicon.IsFieldLabel(bare) || lexicon.IsLeadIn(bare) || lexicon.IsContentsHeading(bare)
            || CodeLine.LooksLikeCode(bare) || FigureLine.Is(bare)) return null;
        // Without a colon only a blank line above (or bold type) says the line is no last line of the answer above it;
        // above a restart, a round's name (二面) says so itself.
        // So does a round's name above a bullet: the bullets before it are a list the line is not part of.
        if (!colon && !document.SetApartAbove(start) && document.HeadingLevelAt(start) != DocumentText.BoldParagraphLevel
            && !((restart || item.Family == MarkerFamily.Bullet) && lexicon.NamesRound(bare)) && !kind) return null;
        return new StructuralToken { Kind = TokenKind.Section, Start = start, End = end, Label = "", HeadingText = bare, AtLineStart = true };
    }

    // A note in brackets (（主管面，30min）, (每题2分)) may hold commas; the name around it is what must be no sentence.
    private static string BracketsRemoved(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length);
        int depth = 0;
        foreach (var c in name)
        {
            if (c is '(' or '（' or '[' or '【') depth++;
            else if (c is ')' or '）' or ']' or '】') depth = Math.Max(0, depth - 1);
            else if (depth == 0) sb.Append(c);
        }
        return sb.ToString();
    }
}
