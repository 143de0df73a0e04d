using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using QuestionExtract.Model;
using QuestionExtract.Text;

namespace QuestionExtract.Segmenting;

/// <summary>
/// A question bank pasted as data: a JSON array of objects ([{"question": …, "answer": …}, …]) or a script's quiz
/// array (const questions = [{ title: '…', options: […], answer: 2 }];), in a code block (a Markdown fence, an html
/// &lt;pre&gt;) or as a whole text file. Such a bank is a question table written another way, so each object is
/// read as a table row and the key words of <c>dataBankKeys</c> name its columns: <see cref="PipeTableLayout"/>
/// then reads it like any question table (options, analysis, category rows as sections). Only an array of two or
/// more objects that each have a question key and an answer key is a bank; other data (a package.json, an API
/// response in an answer) stays code where it was.
/// </summary>
public sealed partial class DataBankRows(LabelLexicon lexicon)
{
    private const int MinObjects = 2;
    private const int MaxFailedTries = 8;

    private static readonly JsonDocumentOptions Json = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 };

    /// <summary>
    /// The blocks with each bank replaced by a header row and a row per object; <paramref name="consumed"/> gets
    /// the data's markup (keys, quotes, brackets, the variable it is assigned to) that no cell keeps.
    /// </summary>
    public IReadOnlyList<Block> Rewrite(IReadOnlyList<Block> blocks, List<string> consumed)
    {
        List<Block>? result = null;
        for (int i = 0; i < blocks.Count;)
        {
            int end = RunEnd(blocks, i);
            var run = blocks.Skip(i).Take(end - i).ToList();
            if (HasCandidate(run) && Read(run, consumed) is { } rewritten)
            {
                result ??= [.. blocks.Take(i)];
                result.AddRange(rewritten);
            }
            else result?.AddRange(run);
            i = end;
        }
        return result ?? blocks;
    }

    // A run of blocks that may hold one literal: consecutive body blocks, all code or all not (an html <pre> is a
    // block per line). Table rows and furniture are never data.
    private static int RunEnd(IReadOnlyList<Block> blocks, int start)
    {
        if (!IsText(blocks[start])) return start + 1;
        int end = start + 1;
        while (end < blocks.Count && IsText(blocks[end]) && blocks[end].Code == blocks[start].Code) end++;
        return end;
    }

    private static bool IsText(Block block) => block.Cells is null && block.FurnitureRule is null && block.Kind != BlockKind.PageFurniture;

    // Most runs hold no array of objects at all; only those that do are joined and parsed.
    private static bool HasCandidate(List<Block> run) => IsText(run[0]) && run.Any(b => run[0].Code ? b.Text.Contains('[') : OpensLiteral(b.Text));

    // Outside code, a literal is the block itself: a .json-like text file, or a script's assignment pasted as text.
    private static bool OpensLiteral(string text) => LiteralOpening().IsMatch(text);

    private List<Block>? Read(List<Block> run, List<string> consumed)
    {
        var joined = string.Join("\n", run.Select(b => b.Text));
        var starts = new int[run.Count];
        for (int k = 1; k < run.Count; k++) starts[k] = starts[k - 1] + run[k - 1].Text.Length + 1;
        var output = new List<Block>();
        bool found = false;
        int pos = 0, failed = 0;
        foreach (Match open in ArrayOfObjects().Matches(joined))
        {
            if (open.Index < pos || (!run[0].Code && !OpensLiteral(joined[LineStart(joined, open.Index)..(open.Index + 1)]))) continue;
            // Each failed try may scan to the end of the run (a bundle's unbalanced bracket): a few of them, and the run holds no bank.
            if (failed >= MaxFailedTries) break;
            if (ScriptLiteral.ToJson(joined, open.Index) is not { } literal || Bank(literal.Json) is not { } rows)
            {
                failed++;
                continue;
            }
            // The assignment before the literal (const questions =) and the semicolon after it are its markup.
            int from = open.Index, to = literal.End;
            if (Assignment().Match(joined[LineStart(joined, from)..from]) is { Success: true } assigned) from = LineStart(joined, from) + assigned.Index;
            while (to < joined.Length && joined[to] is ';' or ' ' or '\t') to++;
            // An envelope is the bank's only when no other array of objects follows in it (two banks, "easy" and "hard", are each read).
            if (pos == 0 && !ArrayOfObjects().IsMatch(joined, to) && Wrapper(joined) is { } whole && whole.Start <= from && whole.End >= to) (from, to) = whole;
            output.AddRange(Slice(run, starts, joined, pos, from));
            var location = run[Array.FindLastIndex(starts, s => s <= open.Index)].Location;
            // Rows are written with outer bars too, as a Markdown table is: a two-column bank still has the pipes a table needs.
            output.AddRange(rows.Select(cells => new Block("| " + string.Join(" | ", cells) + " |", BlockKind.TableRow, location) { Cells = cells }));
            consumed.Add(Leftover(joined[from..to], rows.Skip(1).SelectMany(r => r)));
            pos = to;
            found = true;
        }
        if (!found) return null;
        output.AddRange(Slice(run, starts, joined, pos, joined.Length));
        return output;
    }

    // The object the bank is a value of, when it is all the run holds ({"name": "quiz", "questions": [ … ]}): its
    // braces and other keys are the export's envelope, not text of the page.
    private static (int Start, int End)? Wrapper(string joined)
    {
        int start = 0;
        while (start < joined.Length && char.IsWhiteSpace(joined[start])) start++;
        if (start == joined.Length || joined[start] != '{' || ScriptLiteral.ToJson(joined, start) is not { } envelope) return null;
        int end = envelope.End;
        while (end < joined.Length && (char.IsWhiteSpace(joined[end]) || joined[end] == ';')) end++;
        return end == joined.Length ? (start, end) : null;
    }

    private static int LineStart(string text, int offset) => offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;

    // The blocks of the run covering joined[from..to]: whole blocks as they were, a block cut by a bank as its piece.
    private static IEnumerable<Block> Slice(List<Block> run, int[] starts, string joined, int from, int to)
    {
        for (int k = 0; k < run.Count; k++)
        {
            int s = starts[k], e = s + run[k].Text.Length;
            if (e < from || s >= to) continue;
            if (s >= from && e <= to) { yield return run[k]; continue; }
            var piece = joined[Math.Max(s, from)..Math.Min(e, to)];
            if (piece.Trim().Length > 0) yield return run[k] with { Text = piece.Trim('\n') };
        }
    }

    // The non-space characters of the literal that no cell repeats: the data's markup, for the accounting.
    private static string Leftover(string literal, IEnumerable<string> cells)
    {
        var counts = new Dictionary<char, int>();
        foreach (var c in cells.SelectMany(c => c)) counts[c] = counts.GetValueOrDefault(c) + 1;
        var left = new System.Text.StringBuilder();
        foreach (var c in literal)
        {
            if (char.IsWhiteSpace(c)) continue;
            if (counts.GetValueOrDefault(c) > 0) counts[c]--;
            else left.Append(c);
        }
        return left.ToString();
    }

    // The rows of the table the literal stands for (header first), or null when it is no bank.
    private List<string[]>? Bank(string json)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(json, Json); }
        // A lone surrogate in the page (a broken emoji) is no JSON text either: Parse throws ArgumentException for it.
        catch (Exception e) when (e is JsonException or ArgumentException) { return null; }
        using (document)
        {
            var items = document.RootElement.EnumerateArray().ToList();
            if (items.Count < MinObjects || items.Any(o => o.ValueKind != JsonValueKind.Object)) return null;
            var records = items.Select(Fields).ToList();
            if (records.Any(r => !r.TryGetValue("question", out var q) || Scalar(q) is not { Length: > 0 } || !r.TryGetValue("answer", out var a) || a.ValueKind is JsonValueKind.Null or JsonValueKind.Object))
                return null;
            return new BankTable(lexicon, records).Rows();
        }
    }

    // An object's values by the field its key gives; the first key for a field wins.
    private Dictionary<string, JsonElement> Fields(JsonElement item)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject())
            if (lexicon.DataBankField(property.Name) is { } field) fields.TryAdd(field, property.Value.Clone());
        return fields;
    }

    /// <summary>A string, number or boolean value as text, trimmed; null for an array, object or null.</summary>
    internal static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!.Trim(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };

    // '[' then '{': an array of objects opens.
    [GeneratedRegex(@"\[\s*\{")]
    private static partial Regex ArrayOfObjects();

    // Outside code: the array opens its line (a .json text) or is assigned (questions = [, const quiz = [).
    [GeneratedRegex(@"^\s*(?:(?:export\s+)?(?:const|let|var)\s+)?(?:[\w$.]+\s*(?::\s*[\w$<>\[\]]+\s*)?=\s*)?\[", RegexOptions.Multiline)]
    private static partial Regex LiteralOpening();

    [GeneratedRegex(@"(?:(?:export\s+)?(?:const|let|var)\s+)?[\w$.]+\s*(?::\s*[\w$<>\[\]]+\s*)?=\s*$|export\s+default\s*$|module\.exports\s*=\s*$")]
    private static partial Regex Assignment();
}
