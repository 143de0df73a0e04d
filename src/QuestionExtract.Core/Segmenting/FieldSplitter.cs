using System.Text.RegularExpressions;

namespace QuestionExtract.Segmenting;

/// <summary>Splits an item body into question, answer, analysis and skills at its labels (答案: 解析: 【考察能力】 …).</summary>
public sealed partial class FieldSplitter(LabelLexicon lexicon)
{
    // The one-letter speaker of a Q. / A. pair, at a line start with a full stop and a space; not where a B. line
    // follows (that A. is the first option of a Q. question).
    [GeneratedRegex(@"(?<=^|\n)[ \t]*A[.．](?=[ \t])(?![^\n]*\n[ \t]*B[.．])")]
    private static partial Regex PairAnswerPattern();

    /// <summary>
    /// Splits <paramref name="body"/> at its labels. <paramref name="pairedQuestion"/>: the body is a Q. question's,
    /// whose answer a line-start A. opens. <paramref name="flashcard"/>: the body is a flashcard's, whose back its
    /// separator opens.
    /// </summary>
    public FieldParts Split(string body, bool pairedQuestion = false, bool flashcard = false)
    {
        var labels = new List<(int Start, int End, LabelKind Kind)>();
        if (pairedQuestion && PairAnswerPattern().Match(body) is { Success: true } pair)
            labels.Add((pair.Index, pair.Index + pair.Length, LabelKind.Answer));
        if (flashcard && Candidates.FlashcardSource.SeparatorIn(body) is { } separator)
            labels.Add((separator.Index, separator.Index + separator.Length, LabelKind.Answer));
        // A label overlapping one already taken, at either end, is part of it.
        foreach (var m in lexicon.LabelMatches(body))
            if (!labels.Any(l => l.Start < m.Index + Math.Max(m.Length, 1) && m.Index < l.End))
                labels.Add((m.Index, m.Index + m.Length, lexicon.KindOf(m.Groups["w"].Value)));
        foreach (var m in lexicon.ChoiceAnswerMatches(body))
            if (!labels.Any(l => l.Start < m.Index + Math.Max(m.Length, 1) && m.Index < l.End))
                labels.Add((m.Index, m.Index + m.Length, LabelKind.Answer));
        foreach (Match m in lexicon.BrandedLabels.Matches(body))
            if (!labels.Any(l => l.Start < m.Index + m.Length && m.Index < l.End))
                labels.Add((m.Index, m.Index + m.Length, lexicon.KindOf(m.Groups["w"].Value)));
        foreach (Match m in lexicon.StemLabels.Matches(body))
            if (!labels.Any(l => l.Start < m.Index + m.Length && m.Index < l.End))
                labels.Add((m.Index, m.Index + m.Length, LabelKind.Stem));
        labels.Sort((a, b) => a.Start.CompareTo(b.Start));
        // A label opening a bracket (…起施行。（答案：B）) takes the bracket with it, and its part ends before the
        // closing one.
        var bracketed = new HashSet<int>();
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i].Kind is not (LabelKind.Answer or LabelKind.Analysis)) continue;
            int before = labels[i].Start - 1;
            while (before >= 0 && body[before] is ' ' or '\u3000') before--;
            if (before < 0 || body[before] is not ('（' or '(') || (i > 0 && labels[i - 1].End > before)) continue;
            labels[i] = (before, labels[i].End, labels[i].Kind);
            bracketed.Add(before);
        }
        // A tag line (考察点：宏任务与微任务) says what the item tests; it answers nothing.
        var tagLineEnds = TagLineEnds(body, labels);
        // A short line-start label (A:, 答:) after the item's answer or analysis label is a point of that part
        // (【解析】 then A:printf是C语言的函数 explains option A): an item is answered once.
        bool answered = false;
        labels.RemoveAll(l =>
        {
            bool point = answered && lexicon.LineStartAnswerWords.Contains(LabelWord(body[l.Start..l.End]));
            answered |= !point && l.Kind is LabelKind.Answer or LabelKind.Analysis && !tagLineEnds.ContainsKey(l.Start);
            return point;
        });
        // 答案解析 with no answer label before it is the answer (with its reasoning), not an analysis alone.
        if (!labels.Any(l => l.Kind == LabelKind.Answer))
        {
            int combined = labels.FindIndex(l => l.Kind == LabelKind.Analysis && lexicon.CombinedAnswerWords.Contains(LabelWord(body[l.Start..l.End])));
            if (combined >= 0) labels[combined] = (labels[combined].Start, labels[combined].End, LabelKind.Answer);
        }
        // Still unanswered: the text after the first tag line, up to the next label, is the answer it had no label for.
        if (!labels.Any(l => l.Kind == LabelKind.Answer))
        {
            for (int i = 0; i < labels.Count; i++)
            {
                if (!tagLineEnds.TryGetValue(labels[i].Start, out int after)) continue;
                int next = i + 1 < labels.Count ? labels[i + 1].Start : body.Length;
                if (body.AsSpan(after, next - after).IsWhiteSpace()) continue;
                labels.Insert(i + 1, (after, after, LabelKind.Answer));
                break;
            }
        }

        if (labels.Count == 0) return new FieldParts(body.Trim(), null, null, [], false, []);

        // Parts are joined once at the end: a body with many labels would otherwise copy its text per label.
        List<string>? answer = null, analysis = null, stem = null;
        var skills = new List<string>();
        var consumed = labels.Select(l => body[l.Start..l.End]).ToList();
        for (int i = 0; i < labels.Count; i++)
        {
            int end = i + 1 < labels.Count ? labels[i + 1].Start : body.Length;
            var content = body.AsSpan(labels[i].End, end - labels[i].End).Trim().ToString();
            if (bracketed.Contains(labels[i].Start) && ClosingBracketOf(content) is int close)
            {
                consumed.Add(content[close].ToString());
                content = (content[..close] + content[(close + 1)..]).Trim();
            }
            switch (labels[i].Kind)
            {
                case LabelKind.Answer: Append(ref answer, content); break;
                case LabelKind.Analysis: Append(ref analysis, content); break;
                case LabelKind.Stem: Append(ref stem, content); break;
                case LabelKind.Skills:
                    skills.AddRange(SkillTagExtractor.SplitSkills(content));
                    consumed.Add(content); // the separators between skills
                    break;
                case LabelKind.Respondent:
                    // A value on the label's line (得分：20分, 我的答案：B) is all the respondent wrote there; lines
                    // after it, up to the next label, go on with the part before (a quiz export prints the stem under
                    // its header's score). A label alone on its line keeps what is under it (an essay's own answer).
                    if (RespondentValueEnd(body, labels[i].End, end) is int valueEnd)
                    {
                        consumed.Add(body[labels[i].End..valueEnd]);
                        var rest = body.AsSpan(valueEnd, end - valueEnd).Trim().ToString();
                        switch (PreviousContentKind(labels, i))
                        {
                            case LabelKind.Answer: Append(ref answer, rest); break;
                            case LabelKind.Analysis or LabelKind.Skills: Append(ref analysis, rest); break;
                            default: Append(ref stem, rest); break;
                        }
                    }
                    else consumed.Add(content);
                    break;
            }
        }
        // Text before the first label opens the question; a stem label's part goes on from it.
        var question = body[..labels[0].Start].Trim();
        if (stem is not null) question = string.Join("\n", new[] { question }.Concat(stem).Where(p => p.Length > 0));
        return new FieldParts(question, Joined(answer), Joined(analysis), skills, labels.Any(l => l.Kind == LabelKind.Answer), consumed);
    }

    // The tag labels of the body (data tagLabels) that open their line with their value on it, the next label on
    // another line: each label's start, with where the line after it starts.
    private Dictionary<int, int> TagLineEnds(string body, List<(int Start, int End, LabelKind Kind)> labels)
    {
        var ends = new Dictionary<int, int>();
        if (lexicon.TagWords.Count == 0) return ends;
        for (int i = 0; i < labels.Count; i++)
        {
            var (start, end, kind) = labels[i];
            if (kind is not (LabelKind.Analysis or LabelKind.Skills) || !lexicon.TagWords.Contains(LabelWord(body[start..end]))) continue;
            int lineStart = start == 0 ? 0 : body.LastIndexOf('\n', start - 1) + 1;
            if (!body.AsSpan(lineStart, start - lineStart).IsWhiteSpace()) continue;
            int lineEnd = body.IndexOf('\n', end);
            if (lineEnd < 0) continue;
            var value = body.AsSpan(end, lineEnd - end).Trim();
            int next = i + 1 < labels.Count ? labels[i + 1].Start : body.Length;
            if (value.Length is 0 or > MaxTagLength || next <= lineEnd) continue;
            ends[start] = lineEnd + 1;
        }
        return ends;
    }

    // Where a respondent's value ends when it is a short value on the label's own line with more text under it
    // before the part ends; null when the part is the label's line alone or its value is empty or long.
    private static int? RespondentValueEnd(string body, int labelEnd, int partEnd)
    {
        int lineEnd = body.IndexOf('\n', labelEnd, partEnd - labelEnd);
        if (lineEnd < 0) return null;
        var value = body.AsSpan(labelEnd, lineEnd - labelEnd).Trim();
        if (value.Length is 0 or > MaxRespondentValueLength || body.AsSpan(lineEnd, partEnd - lineEnd).IsWhiteSpace()) return null;
        return lineEnd;
    }

    // A respondent's value on its line is a score or a letter or two, not a written answer.
    private const int MaxRespondentValueLength = 16;

    // The kind of the nearest label before label i that opens a field, skipping respondent labels; stem when none.
    private static LabelKind PreviousContentKind(List<(int Start, int End, LabelKind Kind)> labels, int i)
    {
        for (int j = i - 1; j >= 0; j--)
            if (labels[j].Kind != LabelKind.Respondent) return labels[j].Kind;
        return LabelKind.Stem;
    }

    // A tag names a topic or two, not a sentence of analysis.
    private const int MaxTagLength = 40;

    // Where the bracket a label opened closes in its part: the first unmatched closing bracket on the part's first
    // line; null when it does not close there.
    private static int? ClosingBracketOf(string content)
    {
        int depth = 0;
        for (int i = 0; i < content.Length && content[i] != '\n'; i++)
        {
            if (content[i] is '（' or '(') depth++;
            else if (content[i] is '）' or ')' && depth-- == 0) return i;
        }
        return null;
    }

    // The word of a label as written, without its brackets, colon or emphasis (【答案】, **思路**：).
    private static string LabelWord(string label) => label.Trim().Trim('【', '】', '[', ']', '*', '_').TrimEnd(':', '：', ' ').Trim('【', '】', '*', '_');

    // The first part always counts (an empty answer is still an answer label); later empty parts add nothing.
    private static void Append(ref List<string>? parts, string content)
    {
        if (parts is null) parts = [content];
        else if (content.Length > 0) parts.Add(content);
    }

    private static string? Joined(List<string>? parts) => parts is null ? null : string.Join("\n", parts);
}
