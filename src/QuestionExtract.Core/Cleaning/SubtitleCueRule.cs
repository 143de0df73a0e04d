using System.Text.RegularExpressions;

namespace QuestionExtract.Cleaning;

/// <summary>
/// Removes the cue furniture of a subtitle file (.srt, .vtt) read as text: the timing lines
/// (<c>00:00:16,685 --> 00:00:20,055</c>), the cue number right above each, and the sound tags alone on a line
/// (<c>[Music]</c>, <c>[Applause]</c>). A file is taken for subtitles by three timing lines at least; the spoken text stays.
/// </summary>
public sealed partial class SubtitleCueRule : ICleaningRule
{
    public string Id => "subtitle-cue";

    private const int MinCues = 3;

    [GeneratedRegex(@"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}(?:\s+\S.*)?$")]
    private static partial Regex TimingLine();

    [GeneratedRegex(@"^\s*\d{1,5}\s*$")]
    private static partial Regex CueNumber();

    [GeneratedRegex(@"^\s*(?:\[[A-Za-z][A-Za-z ]{1,20}\]|\([A-Za-z][A-Za-z ]{1,20}\)|♪+[^\n]{0,40}♪*|WEBVTT.*)\s*$")]
    private static partial Regex SoundTag();

    public void Apply(CleaningContext context)
    {
        var blocks = context.Blocks;
        var lines = blocks.Select(b => b.Cells is null && !b.Code ? b.Text.Split('\n') : []).ToList();
        // (block, line) of every line in reading order, so a cue number in the block above its timing line is found.
        var order = lines.SelectMany((ls, b) => ls.Select((_, l) => (b, l))).ToList();
        var timings = order.Count(p => TimingLine().IsMatch(lines[p.b][p.l]));
        if (timings < MinCues) return;
        var drop = new Dictionary<int, HashSet<int>>();
        void Add((int b, int l) p) { if (!drop.TryGetValue(p.b, out var set)) drop[p.b] = set = []; set.Add(p.l); }
        for (int i = 0; i < order.Count; i++)
        {
            var text = lines[order[i].b][order[i].l];
            if (TimingLine().IsMatch(text))
            {
                Add(order[i]);
                if (i > 0 && CueNumber().IsMatch(lines[order[i - 1].b][order[i - 1].l])) Add(order[i - 1]);
            }
            else if (SoundTag().IsMatch(text)) Add(order[i]);
        }
        BlockLineRemoval.Remove(context, Id, drop);
    }
}
