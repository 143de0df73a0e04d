using DocumentFormat.OpenXml.Wordprocessing;

namespace QuestionExtract.Reading;

/// <summary>
/// Renders Word's automatic list numbers (1. / (1) / 一、 / 第一题), which live in numbering.xml and not in
/// the text. Counters are kept per list as Word does: a list continues across paragraphs of the same
/// abstract definition, restarts where a num instance overrides its start, and deeper levels restart when
/// a shallower one advances (unless lvlRestart says otherwise).
/// </summary>
public sealed class WordNumbering
{
    private const int Levels = 9;
    private readonly Lazy<Numbering?> _numberingPart;
    private readonly Lazy<Styles?> _stylesPart;
    private readonly Dictionary<string, int?[]> _counters = [];

    /// <param name="numbering">numbering.xml, typed; read only when a paragraph has numbering or a style.</param>
    /// <param name="styles">styles.xml, typed, for numbering that comes from a paragraph style.</param>
    public WordNumbering(Lazy<Numbering?> numbering, Lazy<Styles?> styles)
    {
        _numberingPart = numbering;
        _stylesPart = styles;
    }

    private Numbering? NumberingDefinitions => _numberingPart.Value;
    private Styles? StyleDefinitions => _stylesPart.Value;

    /// <summary>
    /// The number label of a paragraph ("1.", "第一题") from its own numbering properties (numId, ilvl) and
    /// paragraph style, advancing the counters; null when it has none, "" when Word shows it as nothing.
    /// </summary>
    public string? Next(int? directNumId, int? directLevel, string? styleId)
    {
        if (directNumId is null && styleId is null) return null;
        if (NumberingDefinitions is null) return null;
        var (numId, ilvl) = NumberingOf(directNumId, directLevel, styleId);
        if (numId is null or 0) return null;
        var instance = NumberingDefinitions.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var abstractNum = NumberingDefinitions.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        if (instance is null || abstractNum is null) return null;
        abstractNum = FollowStyleLink(abstractNum) ?? abstractNum;
        int level = Math.Clamp(ilvl, 0, Levels - 1);

        Level? LevelDef(int l) =>
            instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == l)?.Level
            ?? abstractNum.Elements<Level>().FirstOrDefault(x => x.LevelIndex?.Value == l);
        int Start(int l) =>
            instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == l)?.StartOverrideNumberingValue?.Val?.Value
            ?? LevelDef(l)?.StartNumberingValue?.Val?.Value ?? 1;

        // A num instance that overrides a start is a restarted list of its own; others share the abstract list.
        bool restarts = instance.Elements<LevelOverride>().Any(o => o.StartOverrideNumberingValue is not null);
        var key = restarts ? $"n{numId}" : $"a{abstractId}";
        if (!_counters.TryGetValue(key, out var counters)) _counters[key] = counters = new int?[Levels];

        counters[level] = counters[level] is null ? Start(level) : counters[level] + 1;
        for (int deeper = level + 1; deeper < Levels; deeper++)
        {
            var restart = LevelDef(deeper)?.LevelRestart?.Val?.Value;
            if (restart is null || (restart != 0 && level < restart)) counters[deeper] = null;
        }

        var def = LevelDef(level);
        var format = def?.NumberingFormat?.Val?.InnerText ?? "decimal";
        var text = def?.LevelText?.Val?.Value ?? "%" + (level + 1);
        // A blank level text is shown as nothing: pandoc writes such "bullets" for continuation paragraphs.
        if (string.IsNullOrWhiteSpace(text)) return "";
        if (format == "bullet") return "•";
        bool legal = def?.IsLegalNumberingStyle is not null;
        for (int l = 0; l <= level; l++)
        {
            var levelFormat = legal ? "decimal" : LevelDef(l)?.NumberingFormat?.Val?.InnerText ?? "decimal";
            text = text.Replace("%" + (l + 1), WordNumberFormat.Render(levelFormat, counters[l] ?? Start(l)));
        }
        return string.IsNullOrWhiteSpace(text) ? "" : text;
    }

    private (int? NumId, int Level) NumberingOf(int? numId, int? level, string? styleId)
    {
        for (int guard = 0; numId is null && styleId is not null && guard < 10; guard++)
        {
            var style = StyleById(styleId);
            var numPr = style?.StyleParagraphProperties?.NumberingProperties;
            numId ??= numPr?.NumberingId?.Val?.Value;
            level ??= numPr?.NumberingLevelReference?.Val?.Value;
            styleId = style?.BasedOn?.Val?.Value;
        }
        return (numId, level ?? 0);
    }

    private AbstractNum? FollowStyleLink(AbstractNum abstractNum)
    {
        var link = abstractNum.NumberingStyleLink?.Val?.Value;
        if (link is null || NumberingDefinitions is null) return null;
        var numId = StyleById(link)?.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value;
        var target = NumberingDefinitions.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId)?.AbstractNumId?.Val?.Value;
        return NumberingDefinitions.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == target && a != abstractNum);
    }

    private Style? StyleById(string id) => StyleDefinitions?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == id);
}
