using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace QuestionExtract.Segmenting;

/// <summary>
/// The records of a bank kept as data (each a question's fields by <c>dataBankKeys</c>) as the rows of the question
/// table they stand for: a header naming the columns with the table words of <c>labels.yaml</c>, a category row where
/// the category changes, then a row per record. Options become one cell of lettered lines; an answer given as an
/// option's index, or as the option's text, becomes its letter, as a printed bank would give it.
/// </summary>
internal sealed partial class BankTable(LabelLexicon lexicon, List<Dictionary<string, JsonElement>> records)
{
    // A category row is a short label to the table reader (PipeTableLayout): a longer category names no section,
    // since its row would end the table.
    private const int MaxCategoryLength = 40;

    // The columns a bank may fill, in the order a printed table sets them.
    private static readonly string[] Columns = ["number", "question", "options", "answer", "analysis", "type"];

    public List<string[]> Rows()
    {
        var options = records.Select(Options).ToList();
        bool oneBased = OneBased(options);
        // Ids number the questions only when each is a number (a string id such as "q-17" is the bank's own key).
        var columns = Columns.Where(c => c switch
        {
            "number" => records.All(r => r.TryGetValue(c, out var v) && DataBankRows.Scalar(v) is { } n && n.All(char.IsAsciiDigit) && n.Length is > 0 and <= 4),
            "options" => options.Any(o => o is not null),
            "question" or "answer" => true,
            _ => records.Any(r => r.TryGetValue(c, out var v) && DataBankRows.Scalar(v) is { Length: > 0 }),
        }).ToList();
        var rows = new List<string[]> { columns.Select(Header).ToArray() };
        string? section = null;
        for (int i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (record.TryGetValue("section", out var s) && DataBankRows.Scalar(s) is { Length: > 0 and <= MaxCategoryLength } category && !category.Contains('\n') && category != section)
            {
                rows.Add([category]);
                section = category;
            }
            rows.Add([.. columns.Select(c => c switch
            {
                "options" => options[i] is { } list ? string.Join("\n", list) : "",
                "answer" => Answer(record["answer"], options[i], oneBased),
                _ => record.TryGetValue(c, out var v) ? DataBankRows.Scalar(v) ?? "" : "",
            })]);
        }
        return rows;
    }

    // The header word of a column: the first word the question-table reader knows for it.
    private string Header(string column) => column switch
    {
        "number" => lexicon.TableNumberHeaders[0],
        "question" => lexicon.TableQuestionHeaders[0],
        "options" => lexicon.TableOptionHeaders[0],
        "answer" => lexicon.TableAnswerHeaders[0],
        "analysis" => lexicon.TableAnalysisHeaders[0],
        _ => lexicon.TableTypeHeaders[0],
    };

    // A record's options as lettered lines (A. SYN); null without an array of two or more plain values.
    private static List<string>? Options(Dictionary<string, JsonElement> record)
    {
        if (!record.TryGetValue("options", out var value) || value.ValueKind != JsonValueKind.Array) return null;
        var texts = value.EnumerateArray().Select(o => o.ValueKind == JsonValueKind.Object ? OptionObject(o) : DataBankRows.Scalar(o)).ToList();
        if (texts.Count < 2 || texts.Count > 8 || texts.Any(t => t is null)) return null;
        // Options printed with their letters keep them; bare ones get A, B, C in order.
        bool lettered = texts.Select((t, k) => LetterOf(t!) == (char)('A' + k)).All(x => x);
        return [.. texts.Select((t, k) => lettered ? t! : $"{(char)('A' + k)}. {t}")];
    }

    // An option given as an object ({ "key": "A", "text": "SYN" }): its letter and its text; with no letter, its
    // longest text.
    private static string? OptionObject(JsonElement option)
    {
        var values = option.EnumerateObject().Select(p => DataBankRows.Scalar(p.Value)).OfType<string>().Where(v => v.Length > 0).ToList();
        var letter = values.FirstOrDefault(v => v.Length == 1 && char.IsAsciiLetter(v[0]));
        var text = values.Where(v => v != letter).MaxBy(v => v.Length);
        return text is null ? null : letter is null ? text : $"{char.ToUpperInvariant(letter[0])}. {text}";
    }

    private static char? LetterOf(string option) => OptionLetter().Match(option) is { Success: true } m ? char.ToUpperInvariant(m.Groups["l"].Value[0]) : null;

    // Indexes count from 0 as in code, unless the bank never uses 0 and some answer is the last option's count.
    private bool OneBased(List<List<string>?> options)
    {
        var given = records.Select((r, i) => (Index: Index(r["answer"]), Count: options[i]?.Count)).Where(x => x.Index is not null && x.Count is not null).ToList();
        return given.Count > 0 && given.All(x => x.Index >= 1) && given.Any(x => x.Index == x.Count);
    }

    private static int? Index(JsonElement answer) =>
        DataBankRows.Scalar(answer) is { Length: > 0 and <= 2 } text && text.All(char.IsAsciiDigit) ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    private string Answer(JsonElement answer, List<string>? options, bool oneBased)
    {
        if (answer.ValueKind == JsonValueKind.Array)
        {
            var parts = answer.EnumerateArray().Select(a => Answer(a, options, oneBased)).ToList();
            return parts.All(p => p.Length == 1 && char.IsAsciiLetterUpper(p[0])) ? string.Concat(parts) : string.Join("；", parts);
        }
        var text = DataBankRows.Scalar(answer) ?? "";
        if (options is null) return text;
        if (text.Length is > 0 and <= 2 && text.All(char.IsAsciiDigit))
        {
            int index = int.Parse(text, CultureInfo.InvariantCulture) - (oneBased ? 1 : 0);
            if (index >= 0 && index < options.Count) return ((char)('A' + index)).ToString();
        }
        // The option's own text (answer: "SYN+ACK"), with or without its letter.
        int same = options.FindIndex(o => o == text || OptionLetter().Replace(o, "", 1).Trim() == text);
        return same >= 0 ? ((char)('A' + same)).ToString() : text;
    }

    [GeneratedRegex(@"^\s*(?<l>[A-Ha-h])\s*[.．、:：)）]\s*")]
    private static partial Regex OptionLetter();
}
