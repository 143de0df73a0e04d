namespace QuestionExtract.Segmenting;

/// <summary>
/// Finds the numbered rules under an exam paper's instructions heading (注 意 事 项 1、考试时间… 2、请首先按要求…):
/// the run of one family counting up from 1 right after the heading, up to the first section heading. They
/// tell candidates what to do, so they ask like questions, but they are not questions.
/// </summary>
public sealed class ExamInstructionsDetector(LabelLexicon lexicon)
{
    // The first rule follows the heading closely; the rules follow each other closely.
    private const int MaxDistance = 300;

    public IReadOnlySet<StructuralToken> Detect(string text, IReadOnlyList<StructuralToken> tokens)
    {
        var rules = new HashSet<StructuralToken>();
        foreach (System.Text.RegularExpressions.Match heading in lexicon.InstructionHeadings.Matches(text))
        {
            int last = heading.Index + heading.Length;
            StructuralToken? previous = null;
            // Tokens are in document order: start at the first one after the heading.
            for (int k = TokenPositions.FirstAtOrAfter(tokens, last); k < tokens.Count; k++)
            {
                var t = tokens[k];
                if (t.Start < last) continue;
                if (t.Kind == TokenKind.Section || t.Start - last > MaxDistance) break;
                if (t.Kind != TokenKind.Item || t.Number is null) continue;
                // The first item after the heading is its first rule: numbered items that do not start at 1 are no rules.
                if (previous is null && t.Number != 1) break;
                if (previous is not null && (t.Family != previous.Family || t.Number != previous.Number + 1)) continue;
                // A rule tells; an item that asks with a question mark is a question after all.
                int lineEnd = text.IndexOf('\n', t.End);
                if (text.AsSpan(t.End, (lineEnd < 0 ? text.Length : lineEnd) - t.End).IndexOfAny('?', '？') >= 0) break;
                rules.Add(t);
                previous = t;
                last = t.End;
            }
        }
        RulesBeforeFirstPart(text, tokens, rules);
        return rules;
    }

    // A paper may print its rules with no heading, under its title and before its first part (1．请考生按规定用笔将
    // 所有试题的答案涂、写在答题纸上。2．答题前，考生务必…): every numbered line there, counting from 1 in one family,
    // speaks of the candidate, the answer sheet or the exam itself. A run with any other line is left alone.
    private void RulesBeforeFirstPart(string text, IReadOnlyList<StructuralToken> tokens, HashSet<StructuralToken> rules)
    {
        int firstPart = -1;
        foreach (var t in tokens) if (t.Kind == TokenKind.Section) { firstPart = t.Start; break; }
        if (firstPart < 0) return;
        var run = new List<StructuralToken>();
        foreach (var t in tokens)
        {
            if (t.Start >= firstPart) break;
            if (t.Kind != TokenKind.Item || t.Number is null || rules.Contains(t)) continue;
            if (!t.AtLineStart) continue;
            if (run.Count == 0 ? t.Number != 1 : t.Family != run[0].Family || t.Number != run[^1].Number + 1) return;
            int lineEnd = text.IndexOf('\n', t.End);
            if (!lexicon.SpeaksToCandidates(text.AsSpan(t.End, (lineEnd < 0 ? text.Length : lineEnd) - t.End))) return;
            run.Add(t);
        }
        rules.UnionWith(run);
    }
}
