using System.Text;
using QuestionExtract.Pipeline;
using QuestionExtract.Reading;
using QuestionExtract.Tests.Specs;

namespace QuestionExtract.Tests.Pipeline;

/// <summary>
/// Nothing disappears silently: every non-space character of the decoded input must be found in an output
/// field, in a piece the cleaner removed or repaired away (with its rule id), or in structural text the
/// segmenter consumed (numbers, labels, headings). Checked as character counts, so a dropped character
/// shows up as a deficit.
/// </summary>
public sealed class AccountingInvariantTests
{
    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var sample in SampleFiles.All()) data.Add(sample);
        foreach (var spec in SpecFile.ReadAll()) data.Add($"spec:{spec.File}:{spec.Name}");
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_character_is_accounted_for(string input)
    {
        var spec = input.StartsWith("spec:", StringComparison.Ordinal) ? SpecFile.ReadAll().Single(s => $"spec:{s.File}:{s.Name}" == input) : null;
        byte[] bytes = spec is not null ? Encoding.UTF8.GetBytes(spec.Input) : File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, input));
        var pipeline = ExtractionPipeline.CreateDefault();
        // A page's markup is not its text: dropping tags is the html reader's job (its own tests), so a page is
        // accounted against the text its reader gives. Everything else against the input decoded as plain text.
        bool page = spec is not null && Path.GetExtension(spec.FileName) is ".html" or ".htm";
        var path = page ? spec!.FileName : input;
        var result = pipeline.Extract(path, bytes);
        var decoded = string.Join("\n", (page ? pipeline.Read(path, bytes) : new PlainTextReader().Read(input, bytes)).Blocks.Select(b => b.Text));
        var missing = Lost(decoded, result);
        Assert.True(missing.Length == 0, $"characters lost without a rule: {missing}");
    }

    /// <summary>The characters of <paramref name="decoded"/> not accounted for by the result, as "c×n" counts; empty when none.</summary>
    public static string Lost(string decoded, ExtractionResult result)
    {
        var accounted = new Dictionary<char, int>();
        void Add(string? text)
        {
            if (text is null) return;
            foreach (var c in text) if (!char.IsWhiteSpace(c)) accounted[c] = accounted.GetValueOrDefault(c) + 1;
        }
        var d = result.Document;
        Add(d.Title);
        Add(d.Preamble);
        foreach (var q in d.Questions)
        {
            Add(q.Number); Add(q.QuestionText); Add(q.Answer); Add(q.Analysis);
            foreach (var s in q.Skills) Add(s);
            foreach (var o in q.Options ?? []) { Add(o.Label); Add(o.Text); }
        }
        foreach (var w in d.Warnings) Add(w.Message);
        foreach (var piece in result.Cleaned.Removed) Add(piece.Text);
        foreach (var repair in result.Cleaned.Repairs) Add(Difference(repair.Before, repair.After));
        foreach (var piece in result.Consumed) Add(piece);

        var missing = new StringBuilder();
        foreach (var group in decoded.Where(c => !char.IsWhiteSpace(c)).GroupBy(c => c))
        {
            int short_ = group.Count() - accounted.GetValueOrDefault(group.Key);
            if (short_ > 0) missing.Append(group.Key).Append('×').Append(short_).Append(' ');
        }
        return missing.ToString();
    }

    // The characters a repair took out (Before minus After, as counts).
    private static string Difference(string before, string after)
    {
        var left = after.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var sb = new StringBuilder();
        foreach (var c in before)
        {
            if (left.TryGetValue(c, out var n) && n > 0) left[c] = n - 1;
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
