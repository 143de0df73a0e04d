namespace QuestionExtract.Segmenting;

/// <summary>
/// Splits an item with no answer label: the question runs to its last asking sentence (interrogative or
/// imperative), the answer starts with the first declarative sentence after it. When nothing asks, the
/// first line is the question and the following lines the answer. Around that split: a question wrapped onto
/// a line ending in '?' and bracketed notes closing its line stay with it, a problem's statement under its title
/// runs to its first way of solving it, code the question points at or
/// opens with is part of it, a figure under a question that does not ask is the question's, and a topic line
/// followed only by asking list items is a question in parts.
/// </summary>
public sealed partial class UnlabeledAnswerSplitter(QuestionLikeness likeness, LabelLexicon lexicon)
{
    // How many leading declarative sentences may set the scene before the question proper.
    private const int MaxContextSentences = 6;
    // A wrapped question goes on for at most this many lines, each no longer than a printed line.
    private const int MaxWrappedLines = 2;
    private const int MaxWrappedLength = 100;
    // How far a code-first question may run before the instruction after its code.
    private const int MaxCodeLines = 40;

    public (string Question, string? Answer) Split(string body)
    {
        body = body.Trim();
        int firstLineEnd = body.IndexOf('\n');
        // A question hard-wrapped onto lines that go on with a small letter is one logical line.
        firstLineEnd = firstLineEnd < 0 ? body.Length : WrappedLines.LogicalLineEnd(body, firstLineEnd);
        // A programming problem under its title (爬楼梯 ⏎ 假设你正在爬楼梯。… ⏎ 示例： … ⏎ 方法一：动态规划 ⏎ …): its statement
        // and worked examples are the question, whether or not they ask; the first way of solving it opens the answer.
        if (ProblemTitle.Is(body.AsSpan(0, firstLineEnd)) && lexicon.SolutionWayLine.Match(body, firstLineEnd) is { Success: true } way
            && lexicon.ProblemExampleLine.Match(body[..way.Index], firstLineEnd).Success)
            return (body[..way.Index].Trim(), NullIfEmpty(body[way.Index..]));
        var sentences = SentenceSplitter.Split(body);

        int asking = -1;
        for (int i = 0; i < sentences.Count && i <= MaxContextSentences; i++)
        {
            if (sentences[i].Start >= firstLineEnd) break;
            if (likeness.Asks(sentences[i].Of(body))) { asking = i; break; }
        }
        if (asking < 0)
        {
            // Nothing asks: a title-like question line, with the answer on the lines after it.
            // A question that opens with its code says what to do at the end of it (此段程序执行结果如何？).
            if (CodeFirstQuestionEnd(body) is int codeEnd)
                return (body[..codeEnd].Trim(), NullIfEmpty(body[codeEnd..]));
            // A line that states rather than asks (Given this graph.) introduces the figure under it: the figure is the
            // question's, and what follows it is the answer or the question's parts.
            int end = FigureLine.EndOfFiguresBelow(body, WrappedQuestionEnd(body, firstLineEnd));
            // A topic line followed only by a list of things to ask or do is one question in parts.
            if (IsListOfAsks(body[end..])) return (body.Trim(), null);
            return WithCodeBelow(body, WithFollowUps(body, end));
        }
        // The question runs on through the asking sentences of its line; an asking line after it is the answer's
        // own sub-heading (为什么不是两次呢?), not more question.
        int lineEnd = body.IndexOf('\n', sentences[asking].Start);
        lineEnd = lineEnd < 0 ? body.Length : WrappedLines.LogicalLineEnd(body, lineEnd);
        int last = asking;
        // A sentence the printed line broke goes on under it, asking or not (…a page reflects / back to the visitor.).
        while (last + 1 < sentences.Count && sentences[last + 1].Start < lineEnd && (likeness.Asks(sentences[last + 1].Of(body)) || WrapsAfter(body, sentences[last].End))) last++;
        int split = WithFollowUps(body, WithTrailingNotes(body, WrappedQuestionEnd(body, sentences[last].End)));
        return WithCodeBelow(body, split);
    }

    // The interviewer's follow-ups on the lines right under the question (（追问：…）, - 追问：…) are asked with it:
    // they stay in the question, and the answer, if any, starts after them.
    private int WithFollowUps(string body, int split)
    {
        while (split < body.Length)
        {
            int from = split;
            while (from < body.Length && char.IsWhiteSpace(body[from])) from++;
            int lineEnd = body.IndexOf('\n', from);
            if (lineEnd < 0) lineEnd = body.Length;
            if (!lexicon.OpensWithFollowUp(body.AsSpan(from, lineEnd - from))) break;
            split = lineEnd;
        }
        return split;
    }

    // A question that points at code under it (找出下面代码的错误) takes that code; the answer starts after it.
    private (string Question, string? Answer) WithCodeBelow(string body, int split)
    {
        if (split < body.Length && likeness.PointsAtCodeBelow(body[..split]))
        {
            // The code may come in several blocks (a struct, then main); prose after them is the answer.
            for (int from = split; from < body.Length;)
            {
                while (from < body.Length && char.IsWhiteSpace(body[from])) from++;
                if (from >= body.Length || CodeBlockStart.End(body[from..]) is not int codeEnd) break;
                split = from + codeEnd;
                from = split;
            }
        }
        return (body[..split].Trim(), NullIfEmpty(body[split..]));
    }

    // The first line is code: the question runs on through the code to the first prose line after it, the
    // instruction (写出控制台打印结果。), if one comes soon.
    private static int? CodeFirstQuestionEnd(string body) =>
        CodeLine.InstructionAfterCode(body, MaxCodeLines) is { } instruction ? WithTrailingNotes(body, instruction.End) : null;

    private bool IsListOfAsks(string rest)
    {
        var lines = rest.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length > 0 && lines.All(line => ListMarkerPattern().Match(line) is { Success: true } m && likeness.Asks(line[m.Length..]));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d{1,2}[.)、]|[-*•])\s*")]
    private static partial System.Text.RegularExpressions.Regex ListMarkerPattern();

    // Notes in brackets that close the question's line (（提示：…）（10分）, (Edited by …), (允许伪代码)) are said
    // about the question; the answer starts after them. An empty pair is a blank to fill, left to the blank rules.
    // So is a Markdown link closing it ([答案](./docs/bfc.md)): a pointer to an answer kept elsewhere, not one. A
    // footnote's mark ([^1], which the reader shows with the note's text) is no such link: the note is what it says.
    private static int WithTrailingNotes(string body, int split)
    {
        var notes = TrailingNotesPattern().Match(body, split);
        return notes.Success ? notes.Index + notes.Length : split;
    }

    // A note may wrap onto the next line of a hard-wrapped page, once.
    [System.Text.RegularExpressions.GeneratedRegex(@"\G[ \t]*(?:\n[ \t]*)?(?:(?:[(（][ \t]*[^()（）\s][^()（）\n]{0,79}(?:\n[^()（）\n]{1,79})?[)）]|\[(?!\^)[^\[\]\n]{1,40}\]\([^()\s]{1,300}\))[ \t]*)+(?=\n|$)")]
    private static partial System.Text.RegularExpressions.Regex TrailingNotesPattern();

    // A hard-wrapped page (PDF, fixed-width text) breaks a long question mid-sentence: when the question line
    // stops without punctuation and one of the next short lines ends with a question mark, they finish it.
    private static int WrappedQuestionEnd(string body, int split)
    {
        int end = split;
        for (int lines = 0; lines < MaxWrappedLines; lines++)
        {
            int lineEnd = body.IndexOf('\n', end);
            if (lineEnd < 0 || !body.AsSpan(end, lineEnd - end).IsWhiteSpace()) return split;
            var before = body.AsSpan(0, end).TrimEnd();
            if (before.Length == 0 || SentenceSplitter.SentenceEnds.Contains(before[^1]) || before[^1] is ':' or '：') return split;
            int nextEnd = body.IndexOf('\n', lineEnd + 1);
            if (nextEnd < 0) nextEnd = body.Length;
            var next = body.AsSpan(lineEnd + 1, nextEnd - lineEnd - 1).Trim();
            if (next.Length == 0 || next.Length > MaxWrappedLength) return split;
            if (next[^1] is '?' or '？') return nextEnd;
            end = nextEnd;
        }
        return split;
    }

    // The sentence ends where the printed line did, and the line under it goes on from it.
    private static bool WrapsAfter(string body, int sentenceEnd)
    {
        int newline = body.IndexOf('\n', sentenceEnd);
        return newline >= 0 && body.AsSpan(sentenceEnd, newline - sentenceEnd).IsWhiteSpace() && WrappedLines.ContinuesAbove(body, newline + 1);
    }

    private static string? NullIfEmpty(string s)
    {
        s = s.Trim();
        return s.Length == 0 ? null : s;
    }
}
