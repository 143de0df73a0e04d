using System.Text.RegularExpressions;
using QuestionExtract.Model;
using QuestionExtract.Text;

namespace QuestionExtract.Segmenting;

/// <summary>
/// Finds the options of a choice question (A. B. C. …, also glued together as in 中心B.以护理) and the
/// answer letters given in the stem as （ B ）; decides the question type from them.
/// </summary>
public sealed partial class ChoiceParser(LabelLexicon lexicon)
{
    // Some exports put a space between the letter and its point (A .测试数据…).
    // [A] and 【A】 as English exam papers print them, with a space after (a Markdown link's [A](…) is none).
    // A) wants a space after it, or a Chinese text right after (A)栈是先进先出的线性表, as 二级 banks print it), or
    // the line's start (A)2.5); the full-width A） is a marker with anything after it (A）2.5, as NCRE papers print).
    [GeneratedRegex(@"(?:^|(?<=[\s。.？?！!)）:：]))(?:A[ \t]?[.．、]|[(（]A[)）]|A\)(?=\s|[\u3400-\u9FFF])|(?<=(?:^|\n)[ \t]*)A\)(?=\S)|A）(?=\S)|[\[【]A[\]】](?=[ \t\u3000]))")]
    private static partial Regex FirstOptionPattern();

    [GeneratedRegex(@"[(（]\s*(?<a>[A-H]{1,8})\s*[)）]")]
    private static partial Regex StemAnswerPattern();

    [GeneratedRegex(@"^[A-H]{1,8}$")]
    private static partial Regex LettersPattern();

    // Option letters (B, ABD, A、C) and then, on the same line, the reason for them: after a full stop or a
    // semicolon, or after a comma or a space that no further letter follows (答案：B。RAM 是…, B，因为…, B RAM 是…).
    [GeneratedRegex(@"^(?<l>[A-H](?:[ \t]*[,，、]?[ \t]*[A-H]){0,7})(?![A-Za-z])(?:[ \t]*[。；;]|[ \t]*[．.](?![A-Za-z0-9])|[ \t]*[，,](?![ \t]*[A-H](?![A-Za-z]))|[ \t\u3000]+(?![A-H](?![A-Za-z])))[ \t\u3000]*(?<r>[^\s:：;；,，.。)）][\s\S]*)$")]
    private static partial Regex LettersThenReasonPattern();

    /// <summary>The text is an answer of option letters only (B, ACD), spaces around it aside.</summary>
    [GeneratedRegex(@"\n[ \t]*(?<b>[(（]\d{1,3}[)）])[ \t\u3000]*$")]
    private static partial Regex BlankRowNumber();

    public static bool IsOptionLetters(string text) => LettersPattern().IsMatch(text.Trim());

    // Lower-case options (a) RAM  b) Hard disk, (a) …) are taken only with a letter answer (Ans: b): a stem's
    // "a) … b) …" is as often the parts of an open question.
    // a. counts at a line start only (a list rendered from <ol type="a">): in a sentence it is as often an abbreviation.
    [GeneratedRegex(@"(?:^|(?<=[\s。.？?！!:：]))(?:a\)|[(（]a[)）])(?=\s)|(?<=\n[ \t]*)a[.．](?=[ \t])")]
    private static partial Regex FirstLowerOptionPattern();

    private static readonly Regex[] LaterLowerOptionPatterns = Enumerable.Range('b', 7)
        .Select(c => new Regex($@"[(（]{(char)c}[)）]|(?<![A-Za-z]){(char)c}\)(?=\s)|(?<=\n[ \t]*){(char)c}[.．](?=[ \t])", RegexOptions.CultureInvariant)).ToArray();

    private static readonly Regex[] LaterOptionPatterns = Enumerable.Range('B', 7)
        .Select(c => new Regex($@"{(char)c}[ \t]?[.．、]|[(（]{(char)c}[)）]|(?<![A-Za-z]){(char)c}\)(?=\s|[\u3400-\u9FFF])|(?<=(?:^|\n)[ \t]*){(char)c}\)(?=\S)|(?<![A-Za-z]){(char)c}）(?=\S)|[\[【]{(char)c}[\]】](?=[ \t\u3000])", RegexOptions.CultureInvariant)).ToArray();

    // The stem's first line when it is a type word alone (单选题) with the stem under it; null otherwise.
    private string? BareTypeLine(string question)
    {
        int lineEnd = question.IndexOf('\n');
        if (lineEnd < 0 || question.AsSpan(lineEnd).IsWhiteSpace()) return null;
        var first = question[..lineEnd].Trim();
        return first.Length is > 0 and <= 8 && lexicon.TypeOfBareTag(first) is not null ? first : null;
    }

    private const int MaxOptionLength = 240;
    private const int MaxOptionLines = 3;


    public void Apply(QuestionDraft draft)
    {
        var tag = lexicon.TypeTags.Match(draft.Question);
        string? taggedType = draft.DeclaredType;
        if (tag.Success)
        {
            taggedType = lexicon.TypeOfTag(tag.Groups["t"].Value);
            if (tag.Groups["p"].Success && draft.Points is null
                && double.TryParse(tag.Groups["p"].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var points))
                draft.Points = points;
            draft.Consumed.Add(tag.Value);
            draft.Question = draft.Question.Remove(tag.Index, tag.Length).Trim();
        }
        else if (BareTypeLine(draft.Question) is { } bare)
        {
            // A review page prints the type on the number's line without brackets (1. 单选题 (2分) ⏎ stem).
            taggedType = lexicon.TypeOfBareTag(bare);
            draft.Consumed.Add(bare);
            draft.Question = draft.Question[(draft.Question.IndexOf('\n') + 1)..].Trim();
        }

        var options = FindOptions(draft.Question, out int stemEnd);
        if (options is null) options = OptionsAfterParts(draft, out stemEnd);
        if (options is null && (LettersPattern().IsMatch(Letters(draft.Answer ?? "").ToUpperInvariant()) || AnswerNamingOption().IsMatch(draft.Answer ?? "")))
            options = FindOptions(draft.Question, out stemEnd, lowerCase: true);
        // Two options only count with a sign of a choice question: a letter answer, an answer that is one option's
        // text (A. 对 B. 错, answered 对) or a blank in the stem.
        if (options is { Count: 2 } && FirstLine(draft.Answer)?.Trim() is var first && !LettersPattern().IsMatch(Letters(first ?? "").ToUpperInvariant())
            && !options.Any(o => o.Text == first)
            && !draft.Question[..stemEnd].Contains("()") && !Fields.FillInBlank.In(draft.Question.AsSpan(0, stemEnd)))
            options = null;
        if (options is not null)
        {
            draft.Options = options;
            draft.Consumed.Add(draft.Question[stemEnd..]); // option letters and punctuation
            // The stem now ends where its options began: emphasis closing it there (**…？** ⭐) lost its partner.
            draft.Question = EmphasisMarks.TrimUnpaired(draft.Question[..stemEnd].Trim(), out var marks);
            if (marks.Length > 0) draft.Consumed.Add(marks);
            // A 软考 row of options opens with its blank's number (…最快的是（1）。 ⏎ （1）A．内存…): the number is structure.
            if (BlankRowNumber().Match(draft.Question) is { Success: true } row && draft.Question[..row.Index].Contains(row.Groups["b"].Value, StringComparison.Ordinal))
            {
                draft.Consumed.Add(row.Groups["b"].Value);
                draft.Question = draft.Question[..row.Index].TrimEnd();
            }
            // A line that announces the options (【选项】) is no text of the stem.
            if (lexicon.OptionListHeading.Match(draft.Question) is { Success: true } heading)
            {
                draft.Consumed.Add(heading.Value);
                draft.Question = draft.Question[..heading.Index].TrimEnd();
            }
        }
        var answer = draft.Answer?.Trim();
        if (answer is null && draft.Options is not null)
        {
            var inStem = StemAnswerPattern().Match(draft.Question);
            if (inStem.Success) answer = TakeFromBrackets(draft, inStem, "a");
        }
        // A statement closed by a bracketed true/false mark (…法律主体。（×）) carries its answer: the mark moves
        // to the answer, the brackets stay as the gap.
        if (answer is null && draft.Options is null && lexicon.TrueFalseMark.Match(draft.Question) is { Success: true } mark
            && draft.Question.AsSpan(mark.Index + mark.Length).Trim().TrimStart("。.").IsEmpty)
            answer = TakeFromBrackets(draft, mark, "m");
        // An answer sheet marks the right options (B. 立即挂断 √): the marked letters are the answer.
        if (answer is null && draft.Options is { Count: >= 2 } marked && MarkedOptions(marked, draft.Consumed) is { } markedLetters)
        {
            answer = markedLetters;
            draft.Answer = answer;
        }
        if (draft.Options is not null && answer is not null)
        {
            // Answer: Option B names the option: the word is structure, the letter the answer.
            if (lexicon.OptionNamePrefix.Match(answer) is { Success: true } named)
            {
                draft.Consumed.Add(named.Value);
                answer = answer[named.Length..].Trim();
                draft.Answer = answer;
            }
            // Correct answer: B, and the reason on the lines under it (no analysis label): the letters are the
            // answer, the reason is its analysis.
            int lineBreak = answer.IndexOf('\n');
            if (lineBreak > 0 && draft.Analysis is null && LettersPattern().IsMatch(Letters(answer[..lineBreak])) && answer[(lineBreak + 1)..].Trim() is { Length: > 0 } reason)
            {
                draft.Analysis = reason;
                answer = answer[..lineBreak].Trim();
                draft.Answer = answer;
            }
            // The option written out, letter and text (B. 512, (b) 512): the letter is the answer.
            if (AnswerNamingOption().Match(answer) is { Success: true } written
                && draft.Options.Find(o => string.Equals(o.Label, written.Groups["l"].Value, StringComparison.OrdinalIgnoreCase)) is { } option
                && string.Equals(option.Text.Trim(), written.Groups["t"].Value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                draft.Consumed.Add(answer);
                answer = option.Label;
                draft.Answer = answer;
            }
            // Answer: B。RAM 是易失性存储器。 The letters are the answer, the reason after them on its line its analysis.
            if (!LettersPattern().IsMatch(Letters(answer).ToUpperInvariant()) && LettersThenReasonPattern().Match(answer) is { Success: true } reasoned
                && !LettersPattern().IsMatch(Letters(reasoned.Groups["r"].Value)) && !EnglishArticle(answer, reasoned))
            {
                var why = reasoned.Groups["r"].Value.Trim();
                // A mark that says nothing after the letters (a voting site's ballot button, C 🗳️) is no reason.
                if (lexicon.IsPlaceholder(why)) draft.Consumed.Add(why);
                else draft.Analysis = draft.Analysis is { } after ? why + "\n" + after : why;
                draft.Consumed.Add(answer[reasoned.Groups["l"].Length..reasoned.Groups["r"].Index]);
                answer = reasoned.Groups["l"].Value;
                draft.Answer = answer;
            }
            // The letters in the case the options print them: (b) answers options a) b) c).
            var letters = Letters(answer);
            letters = char.IsLower(draft.Options[0].Label[0]) ? letters.ToLowerInvariant() : letters.ToUpperInvariant();
            if (LettersPattern().IsMatch(letters.ToUpperInvariant()))
            {
                if (letters != answer) draft.Consumed.Add(answer);
                draft.Answer = letters;
            }
        }

        draft.Type = taggedType ?? (draft.Options, draft.Answer) switch
        {
            (not null, { Length: > 1 } a) when LettersPattern().IsMatch(a) => "multiple-choice",
            (not null, _) => "single-choice",
            (null, { } a) when lexicon.TrueFalseAnswers.Contains(a.Trim().TrimEnd('。', '.')) => "true-false",
            _ => "open",
        };
    }

    /// <summary>
    /// After a key answered the question with letters: its lower-case options (a) … b) …), which count only beside
    /// a letter answer and so could not be read before the key was matched.
    /// </summary>
    public static void ApplyKeyedLetters(QuestionDraft draft)
    {
        if (draft.Options is not null || draft.Answer is not { } answer || !LettersPattern().IsMatch(Letters(answer).ToUpperInvariant())) return;
        if (FindOptions(draft.Question, out int stemEnd, lowerCase: true) is not { } options) return;
        draft.Options = options;
        draft.Consumed.Add(draft.Question[stemEnd..]);
        draft.Question = draft.Question[..stemEnd].Trim();
        if (draft.Type == "open") draft.Type = answer.Trim().Length > 1 ? "multiple-choice" : "single-choice";
    }

    // The letters of the options ending in a mark, the marks taken off their text (consumed); null when none is
    // marked or every one is (a sheet that ticks nothing apart).
    private string? MarkedOptions(List<ChoiceOption> options, List<string> consumed)
    {
        var letters = new System.Text.StringBuilder();
        var unmarked = new List<ChoiceOption>(options.Count);
        foreach (var option in options)
        {
            var text = option.Text.TrimEnd();
            var mark = lexicon.TrailingOptionMark(text);
            if (mark is not null) letters.Append(option.Label);
            unmarked.Add(mark is null ? option : option with { Text = text[..^mark.Length].TrimEnd() });
        }
        if (letters.Length == 0 || letters.Length == options.Count) return null;
        for (int k = 0; k < options.Count; k++)
            if (options[k].Text.Length != unmarked[k].Text.Length) consumed.Add(options[k].Text.TrimEnd()[unmarked[k].Text.Length..].Trim());
        options.Clear();
        options.AddRange(unmarked);
        return letters.ToString();
    }

    // Options printed after the part that should follow them go back to the stem: an answer printed at the end of
    // the stem's line (…是（　）。【答案】B) leaves the option lines right under its letters; a note set right after
    // the stem (【例题1】… ⏎ 【答案】A【解析】… ⏎ A．… B．…) leaves them closing its analysis. Both need a letter answer.
    private static List<ChoiceOption>? OptionsAfterParts(QuestionDraft draft, out int stemEnd)
    {
        stemEnd = draft.Question.Length;
        if (draft.Answer is not { } answer) return null;
        string? options = null;
        if (answer.IndexOf('\n') is > 0 and var lineEnd && LettersPattern().IsMatch(Letters(answer[..lineEnd]).ToUpperInvariant())
            && OptionLinesClosing(answer, onlyAfterFirstLine: true) is { } fromAnswer)
            (draft.Answer, options) = fromAnswer;
        else if (draft.Analysis is { } analysis && LettersPattern().IsMatch(Letters(answer).ToUpperInvariant())
            && OptionLinesClosing(analysis, onlyAfterFirstLine: false) is { } fromAnalysis)
            (draft.Analysis, options) = fromAnalysis;
        if (options is null) return null;
        draft.Question = draft.Question.TrimEnd() + "\n" + options;
        return FindOptions(draft.Question, out stemEnd);
    }

    // The option lines that run from one of a part's line starts to its end, and the part before them.
    private static (string Kept, string Options)? OptionLinesClosing(string part, bool onlyAfterFirstLine)
    {
        for (int lineStart = part.IndexOf('\n') + 1; lineStart > 0; lineStart = onlyAfterFirstLine ? 0 : part.IndexOf('\n', lineStart) + 1)
        {
            var rest = part[lineStart..].Trim();
            if (FindOptions(rest, out int restStem) is not null && restStem == 0) return (part[..lineStart].Trim(), rest);
        }
        return null;
    }

    // An answer that writes out its option on one line: the letter (bracketed, or with its delimiter) and the text.
    [GeneratedRegex(@"^[ \t]*[(（]?(?<l>[A-Ha-h])(?:[)）]|[.．、:：])[ \t]*(?<t>[^\n]+?)[ \t]*$")]
    private static partial Regex AnswerNamingOption();

    private static string? FirstLine(string? answer) => answer is null ? null : answer.IndexOf('\n') is var b && b >= 0 ? answer[..b] : answer;

    // An answer's letters without the spaces, commas, brackets and emphasis around them ((b), （Ｂ）, A, C, B** of a
    // Markdown **答案：B**), full-width ones as
    // ASCII; what is left is compared with LettersPattern.
    // English prose opening with the article (A closure is a function that…), not the letter A and a reason.
    private static bool EnglishArticle(string answer, Match reasoned) =>
        reasoned.Groups["l"].Value == "A" && answer.Length > 1 && answer[1] is ' ' or '\t' && char.IsAsciiLetterLower(reasoned.Groups["r"].Value[0])
        && !reasoned.Groups["r"].Value.Any(HanCharacter.Is);

    private static string Letters(string answer) =>
        FullWidthLetters.Fold(new string(answer.Where(c => !char.IsWhiteSpace(c) && c is not (',' or '，' or '、' or '(' or ')' or '（' or '）' or '*' or '_')).ToArray()));

    // The answer written in the stem's brackets moves to the answer; the blank stays as printed, its brackets in
    // their own width.
    private static string TakeFromBrackets(QuestionDraft draft, Match bracketed, string group)
    {
        draft.Answer = bracketed.Groups[group].Value;
        draft.Question = draft.Question.Remove(bracketed.Index, bracketed.Length).Insert(bracketed.Index, $"{bracketed.Value[0]}{bracketed.Value[^1]}");
        return draft.Answer;
    }

    // Where a bullet (-, *, +, •) alone before the position on its line starts, or the position.
    private static int BulletBefore(ReadOnlySpan<char> text, int start)
    {
        int i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t') i--;
        if (i < 0 || text[i] is not ('-' or '*' or '+' or '•')) return start;
        int bullet = i--;
        while (i >= 0 && text[i] is ' ' or '\t') i--;
        return i < 0 || text[i] == '\n' ? bullet : start;
    }

    /// <summary>True when the text holds a run of options, so it is a choice question and not question + answer.</summary>
    public static bool HasOptions(ReadOnlySpan<char> text) =>
        OptionStarts(FullWidthLetters.Occur(text) ? FullWidthLetters.Fold(text.ToString()) : text) is not null;

    private static List<ChoiceOption>? FindOptions(string text, out int stemEnd, bool lowerCase = false)
    {
        stemEnd = text.Length;
        // Full-width letters (（Ａ）筛选) are read as ASCII ones; the fold keeps every index.
        var starts = OptionStarts(FullWidthLetters.Fold(text), lowerCase);
        if (starts is null) return null;
        var options = new List<ChoiceOption>();
        for (int i = 0; i < starts.Count; i++)
        {
            int end = i + 1 < starts.Count ? starts[i + 1].Start : text.Length;
            options.Add(new ChoiceOption(starts[i].Letter.ToString(), text[starts[i].TextStart..end].Trim()));
        }
        stemEnd = starts[0].Start;
        return options;
    }

    // Options printed one per line with the bare letter and a space (A ls -l ⏎ B ls -a ⏎ C ls -h), as question-bank
    // pages copied as text show them: each line opens with the next letter, from A, three or more in a row, so a
    // sentence that opens with the article (A process is…) is none.
    [GeneratedRegex(@"(?<=(?:^|\n)[ \t]*)A[ \t]+(?=\S)")]
    private static partial Regex BareFirstOptionPattern();

    private const int MinBareOptions = 3;

    private static List<(char Letter, int Start, int TextStart)>? BareLetterLines(ReadOnlySpan<char> text)
    {
        foreach (var m in BareFirstOptionPattern().EnumerateMatches(text))
        {
            var starts = new List<(char Letter, int Start, int TextStart)> { ('A', m.Index, m.Index + m.Length) };
            int lineEnd = LineEnd(text, m.Index);
            for (char letter = 'B'; letter <= 'H' && lineEnd < text.Length; letter++)
            {
                int textStart = BareOptionLine.TextStart(text, lineEnd + 1, letter);
                if (textStart < 0) break;
                int at = text[..textStart].LastIndexOf(letter);
                starts.Add((letter, at, textStart));
                lineEnd = LineEnd(text, at);
            }
            if (starts.Count >= MinBareOptions) return starts;
        }
        return null;

        static int LineEnd(ReadOnlySpan<char> text, int from)
        {
            int i = text[from..].IndexOf('\n');
            return i < 0 ? text.Length : from + i;
        }
    }

    // Where the options start (their letter) and where their text starts, for a run of at least two that reads
    // as options; else null. Read over a span, without Match objects: the scorer asks this of a window after
    // every candidate that has an A and a B in it.
    private static List<(char Letter, int Start, int TextStart)>? OptionStarts(ReadOnlySpan<char> text, bool lowerCase = false)
    {
        var first = (lowerCase ? FirstLowerOptionPattern() : FirstOptionPattern()).EnumerateMatches(text);
        if (!first.MoveNext()) return lowerCase ? null : BareLetterLines(text);
        char a = lowerCase ? 'a' : 'A';
        var later = lowerCase ? LaterLowerOptionPatterns : LaterOptionPatterns;
        var starts = new List<(char Letter, int Start, int TextStart)> { (a, first.Current.Index, first.Current.Index + first.Current.Length) };
        for (char letter = (char)(a + 1); letter <= a + 7; letter++)
        {
            // From where the last option's text starts; the pattern's look-behind still sees the text before it.
            var next = later[letter - a - 1].EnumerateMatches(text, starts[^1].TextStart);
            if (!next.MoveNext()) break;
            starts.Add((letter, next.Current.Index, next.Current.Index + next.Current.Length));
        }
        if (starts.Count < 2) return null;
        // A Markdown bullet in front of an option (- A. …) is part of its marker, not the text before it.
        for (int i = 0; i < starts.Count; i++)
            starts[i] = starts[i] with { Start = BulletBefore(text, starts[i].Start) };
        for (int i = 0; i < starts.Count; i++)
        {
            int end = i + 1 < starts.Count ? starts[i + 1].Start : text.Length;
            var optionText = text[starts[i].TextStart..end].Trim();
            if (optionText.Length == 0) return null;
            // A lettered paragraph is a part of an answer (A. OAuth stands for…), not something to choose:
            // options are short. The last one is not measured, it runs on to the end of the item.
            if (i + 1 < starts.Count && (optionText.Length > MaxOptionLength || optionText.Count('\n') >= MaxOptionLines)) return null;
        }
        return starts;
    }
}
