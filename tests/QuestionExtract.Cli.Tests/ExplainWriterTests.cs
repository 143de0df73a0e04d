using QuestionExtract.Cli;

namespace QuestionExtract.Tests;

/// <summary>Repair lines show what changed, with unchanged text around it, however long the block.</summary>
public sealed class ExplainWriterTests
{
    private static readonly string Long = new('长', 150);

    [Fact]
    public void A_change_late_in_a_long_block_is_shown_with_context_on_each_side()
    {
        var (before, after) = ExplainWriter.ChangedSpan(Long + "面 试题" + Long, Long + "面试题" + Long);
        Assert.NotEqual(before, after);
        // The change is the one space; 20 unchanged characters stand on each side of it.
        Assert.Equal("…" + new string('长', 19) + "面 试题" + new string('长', 18) + "…", before);
        Assert.Equal("…" + new string('长', 19) + "面试题" + new string('长', 18) + "…", after);
    }

    [Fact]
    public void Short_text_is_shown_whole_and_a_deletion_at_the_end_keeps_its_context()
    {
        Assert.Equal(("網(wǎng)", ""), ExplainWriter.ChangedSpan("網(wǎng)", ""));
        Assert.Equal(("ab c", "abc"), ExplainWriter.ChangedSpan("ab c", "abc"));
        var (before, after) = ExplainWriter.ChangedSpan(Long + "(wǎng)", Long);
        Assert.Equal("…" + new string('长', 20) + "(wǎng)", before);
        Assert.Equal("…" + new string('长', 20), after);
    }

    [Fact]
    public void Invisible_characters_are_spelled_out_and_surrogate_pairs_never_cut()
    {
        var (before, after) = ExplainWriter.ChangedSpan("问\u200B题", "问题");
        Assert.Equal(("问\\u200B题", "问题"), (before, after));
        // 𠀀 and 𠀁 share their high surrogate: the span must take the whole pair.
        (before, after) = ExplainWriter.ChangedSpan(Long + "\U00020000" + Long, Long + "\U00020001" + Long);
        Assert.Contains("\U00020000", before);
        Assert.Contains("\U00020001", after);
        Assert.True(IsWellFormed(before));
        Assert.True(IsWellFormed(after));
    }

    [Fact]
    public void Explain_prints_a_long_spacing_repair_so_before_and_after_differ()
    {
        var dir = Directory.CreateTempSubdirectory("qextract-explainwriter-").FullName;
        try
        {
            var file = Path.Combine(dir, "a.txt");
            // Spaced-out characters (面 试 题) are debris; a space between two words of several characters is not.
            File.WriteAllText(file, "1.问题一?\n" + Long + "面 试 题" + Long + "\n");
            var (code, stdout, _) = CliRunner.Run("explain", file);
            Assert.Equal(0, code);
            var line = stdout.Split('\n').Single(l => l.Contains("repaired [spacing-noise]"));
            Assert.EndsWith("'…" + new string('长', 19) + "面 试 题" + new string('长', 19) + "…' -> '…" + new string('长', 19) + "面试题" + new string('长', 19) + "…'", line);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static bool IsWellFormed(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i])) { if (i + 1 >= s.Length || !char.IsLowSurrogate(s[++i])) return false; }
            else if (char.IsLowSurrogate(s[i])) return false;
        }
        return true;
    }
}
