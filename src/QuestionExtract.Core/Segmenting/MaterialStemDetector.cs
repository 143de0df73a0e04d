namespace QuestionExtract.Segmenting;

/// <summary>
/// Finds the parts of a material question (材料分析题): a numbered item that opens with its material
/// (<c>1．材料：…</c>, <c>3．阅读材料，回答问题。</c>; words in data <c>materialLabels</c>) and asks under it
/// (<c>问题：（1）…（2）…</c>). Everything between the item and its answer label is its stem, so the question
/// label and the sub-questions there are parts of it, not questions of their own. So is a numbered question
/// whose stem leads into its sub-questions (<c>1．甲公司… 要求：（1）…（2）…</c>; words in data <c>subQuestionLeads</c>).
/// </summary>
public sealed class MaterialStemDetector(LabelLexicon lexicon)
{
    // The material word opens the item's text: within these many characters after its marker.
    private const int MaxLead = 6;

    public IReadOnlySet<StructuralToken> Detect(DocumentText document, IReadOnlyList<StructuralToken> tokens)
    {
        var parts = new HashSet<StructuralToken>();
        if (lexicon.MaterialLabels.Count == 0) return parts;
        var text = document.Text;
        var answers = document.LabelMatches(lexicon).Where(m => lexicon.KindOf(m.Groups["w"].Value) == LabelKind.Answer).Select(m => m.Index).ToList();
        for (int i = 0; i < tokens.Count; i++)
        {
            var item = tokens[i];
            if (item.Kind != TokenKind.Item || !item.AtLineStart || item.Number is null
                || item.Family is not (MarkerFamily.Decimal or MarkerFamily.Ordinal or MarkerFamily.QuestionWord)) continue;
            // The stem ends at the first answer label after the item, or at the next item of its family.
            int end = answers.FirstOrDefault(a => a > item.End, -1);
            if (!OpensWithMaterial(text.AsSpan(item.End, Math.Min(MaxLead + 4, text.Length - item.End)).TrimStart())
                && !(end >= 0 && LeadsToSubQuestions(text, item, end, NextOfFamily(tokens, i)))) continue;
            for (int k = i + 1; k < tokens.Count; k++)
            {
                var next = tokens[k];
                if (end >= 0 && next.Start >= end) break;
                if (next.Kind == TokenKind.Item && next.Family == item.Family && next.AtLineStart) break;
                if (end >= 0 && next.Kind == TokenKind.Item && next.Family is MarkerFamily.Labelled or MarkerFamily.Parenthesized or MarkerFamily.Circled or MarkerFamily.Asking)
                    parts.Add(next);
            }
        }
        return parts;
    }

    // Where the next line-start item of the item's family starts (the text's end when none does).
    private static int NextOfFamily(IReadOnlyList<StructuralToken> tokens, int index)
    {
        for (int k = index + 1; k < tokens.Count; k++)
            if (tokens[k].Kind == TokenKind.Item && tokens[k].Family == tokens[index].Family && tokens[k].AtLineStart) return tokens[k].Start;
        return int.MaxValue;
    }

    // The item's stem, before its answer label and the next item of its family, has a line that leads its sub-questions.
    private bool LeadsToSubQuestions(string text, StructuralToken item, int answer, int next)
    {
        int end = Math.Min(answer, next);
        return end > item.End && lexicon.SubQuestionLead.IsMatch(text.AsSpan(item.End, end - item.End));
    }

    private bool OpensWithMaterial(ReadOnlySpan<char> lead)
    {
        foreach (var word in lexicon.MaterialLabels)
            if (lead.IndexOf(word, StringComparison.Ordinal) is >= 0 and <= MaxLead) return true;
        return false;
    }
}
