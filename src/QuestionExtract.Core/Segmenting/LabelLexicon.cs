using System.Text.RegularExpressions;
using QuestionExtract.Text;
using YamlDotNet.RepresentationModel;

namespace QuestionExtract.Segmenting;

/// <summary>
/// The label words of <c>Data/labels.yaml</c>, compiled once into the patterns the segmenter uses.
/// </summary>
public sealed class LabelLexicon
{
    private static readonly Lazy<LabelLexicon> BuiltInLexicon = new(() => new LabelLexicon(EmbeddedData.ReadText("labels.yaml")));

    // A label is trusted where a field can start: a line start, after sentence punctuation or an opening bracket (（答案：B）), or right after a number.
    private const string Boundary = @"(?:^|(?<=[\s。.！!？?；;:：)）」”】(（]))";

    public static LabelLexicon BuiltIn => BuiltInLexicon.Value;

    // Folded, lower-cased label word → the field it opens (first list wins, as the lists are ordered).
    private readonly Dictionary<string, LabelKind> _kinds = [];
    private readonly List<string> _keyHeadingWords;
    private readonly HashSet<string> _partKeyHeadingWords;

    public LabelLexicon(string yaml) : this(LabelFile.Root(yaml, "labels"))
    {
    }

    private LabelLexicon(YamlMappingNode root)
    {
        _root = root;
        List<string> List(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode seq
            ? seq.Children.OfType<YamlScalarNode>().Select(n => n.Value ?? "").Where(v => v.Length > 0).ToList()
            : [];

        var answer = List("answer");
        var analysis = List("analysis");
        var skills = List("skills");
        var respondent = List("respondent");
        Words = new Dictionary<LabelKind, IReadOnlyList<string>>
        {
            [LabelKind.Answer] = answer, [LabelKind.Analysis] = analysis, [LabelKind.Skills] = skills, [LabelKind.Respondent] = respondent,
        };
        foreach (var (kind, words) in Words)
            foreach (var word in words)
                _kinds.TryAdd(FoldedText.Of(word).ToLowerInvariant(), kind);
        var lineStart = List("lineStartAnswer").Concat(List("lineStartAnalysis")).ToList();
        // Emphasis marks around a label are part of it (**答案：**, **Answer**:, **【解析】**): see EmphasisMarks.
        const string open = EmphasisMarks.Open;
        Labels = new LabelScanner(
            // A bracketed label is a label wherever it stands (答案:C【解析】…); a bare one needs a boundary, or
            // for an analysis, the answer letters it is glued to (答案:B解析:…).
            keep => open + "【(?<w>" + Alternation([.. answer, .. analysis, .. skills, .. respondent], keep) + @")】" + EmphasisMarks.AroundColon("[:：]?") +
            // …and so is one in ASCII brackets ([答案] A, [解析] …), where no link's target follows it ([答案](#a)).
            "|" + open + @"\[(?<w>" + Alternation([.. answer, .. analysis, .. skills], keep) + @")\](?!\()" + EmphasisMarks.AroundColon("[:：]?") +
            "|" + Boundary + open + "(?<w>" + Alternation([.. answer, .. analysis, .. skills, .. respondent], keep) + ")" + EmphasisMarks.AroundColon("[:：]") +
            @"|(?<=[:：】][ \t]*[A-H]{1,8}[ \t]*)(?<w>" + Alternation(analysis, keep) + @")\s*[:：]" +
            // …or for the key's answer, the taker's short answer it is glued to (我的答案: 对正确答案: 对).
            @"|(?<=(?:" + Alternation(respondent) + @")[ \t]*[:：][^:：\n]{1,16})(?<w>" + Alternation(answer, keep) + @")[ \t]*[:：]" +
            // A label alone on its line may carry a decoration before or after it (💡 Show Answer, ▶ 答案, 参考回答👇).
            "|(?:^|(?<=\\n))[ \\t\\p{So}\\p{Cs}]*" + open + "(?<w>" + Alternation([.. answer, .. analysis], keep) + ")" + EmphasisMarks.Close + @"(?:[ \t]*[\p{So}\p{Cs}\uFE0F])*(?=[ \t]*$)" +
            // …or closing the question's line after its last sentence (题目:…并举例说明。 答案), the answer on the lines below.
            @"|(?<=[。？?！!][ \t]*)" + open + "(?<w>" + Alternation([.. answer, .. analysis], keep) + ")" + EmphasisMarks.Close + @"(?=[ \t]*$)" +
            "|(?:^|(?<=\\n))[ \\t]*" + open + StepNotAfter(List("stepLetters"), lineStart) + "(?<w>" + Alternation(lineStart, keep) + ")" + EmphasisMarks.AroundColon("[:：]") +
            // …or numbered like the question it answers (Q1: … / A1: …, Answer 2:), a space after the colon (A1:B2 is a range).
            "|(?:^|(?<=\\n))[ \\t]*" + open + "(?<w>" + Alternation([.. answer, .. lineStart], keep) + @")[ \t]?\d{1,3}" + EmphasisMarks.AroundColon("[:：]") + @"(?=\s)" +
            // …or after the question mark that ends the question and a space, where a flattened page ran the lines
            // together (Q: What is X? A: …, 为什么离职? 答:…): the mark closes a word, the label is written as listed
            // (code's a>b ? a : b is none), and no option letter follows on the line (Which? A: 3 B: 5 lists options).
            @"|(?<=\S[?？][ \t]+)" + open + "(?<w>(?-i:" + Alternation(lineStart, keep) + "))" + EmphasisMarks.AroundColon("[:：]") + @"(?![^\n]{0,120}(?<![A-Za-z])B[ \t]*[:：])" +
            // A Chinese speaker's word glued to a Chinese question's mark (为什么?答:…) or to the full stop of an
            // imperative question (简述…原则。答：…), as a flattened page prints it.
            @"|(?<=[\p{IsCJKUnifiedIdeographs}”」）][?？]|\S。)" + open + "(?<w>" + Alternation(lineStart.Where(w => HanCharacter.Is(w[0])), keep) + ")" + EmphasisMarks.AroundColon("[:：]") +
            // At a line start a full stop may serve as the colon (Answer. Django 2.2): printed notes write it so.
            "|(?:^|(?<=\\n))[ \\t]*" + open + "(?<w>" + Alternation([.. answer, .. analysis], keep) + ")" + EmphasisMarks.Close + @"[.．](?=[ \t])",
            RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            Variants([.. answer, .. analysis, .. skills, .. respondent, .. lineStart]), Variants(lineStart));
        LineStartAnswerWords = List("lineStartAnswer");
        ChoiceAnswers = new LabelScanner(
            // A Latin word starts no later than the label (a stem's "means:" ⏎ A. … holds no Ans:); a Chinese label may be
            // glued to the last option (D.4-5cm答案:B).
            keep => "(?:(?![A-Za-z])|(?<![A-Za-z]))(?<w>" + Alternation(answer, keep) + @")\s*[:：]\s*(?=[A-H]{1,8}(?![A-Za-z]))",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Variants(answer));
        var partKeyHeadings = List("partKeyHeadings");
        _partKeyHeadingWords = Variants(partKeyHeadings).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var keyHeadings = List("answerKeyHeadings").Concat(partKeyHeadings).ToList();
        _keyHeadingWords = Variants(keyHeadings);
        AnswerKeyHeadings = new LabelScanner(
            // A colon after the heading would make it an answer label (答案：B), unless a choice key entry follows
            // (参考答案：1.B 2.C, 答案：1-5 ABCDA, Answer Key: 1-b; 6.ABC where a part goes on from the last one's
            // numbers) or, on the next line, an exam key's first part (参考答案：⏎一、1. …).
            // A heading that says it answers its part (本部分答案：) is a key heading with any colon. A chapter's
            // number may stand right before the heading word (第一章参考答案), and so may the paper's name when it ends
            // in 试题 or 试卷 (管理学原理试题答案及评分参考, 2023年期末试卷参考答案).
            keep => @"(?:(?:^|(?<=[\s。.！!？?)）]|^[ \t]*" + ChapterNumberPrefix + @"[ \t]*|^[ \t]*" + PaperNamePrefix + @"[ \t]*))[\[【]?(?:(?<w>" + Alternation(partKeyHeadings, keep) + @")[\]】]?[ \t]*[:：]?|(?<w>" + Alternation(keyHeadings, keep) + @")[\]】]?" +
                    @"(?:[:：](?=[ \t]*\n?[ \t]*[1-9][0-9]{0,2}(?:[.、．][ \t]*(?:[A-H]{1,4}(?![A-Za-z])|[√×✓✗✔✘])|[ \t]*[-—–～~－][ \t]*(?:\d|[A-Ha-h](?![A-Za-z])))|[ \t]*\n[ \t]*" + KeyPartNumeral.Pattern + @"[ \t]*1[.、．]))?(?![:：])))" +
                    // A page flattened onto one line may glue the key to the last option (…D.氢氯噻嗪答案：1.A2.B3.C,
                    // …D.人民法院参考答案1-3:ABC): glued to the option's text, an option run before it on the
                    // line, it heads a key only where entries from 1 follow, two of them or a range of letters.
                    @"|(?<=(?<![A-Za-z])[A-H][.．、][^\n]{1,40}\S)(?<w>" + Alternation(keyHeadings, keep) + @")[:：]?" +
                    @"(?=[ \t]*1[.、．][ \t]*[A-H]{1,4}[ \t,，;；]*2[.、．][ \t]*[A-H]|[ \t]*1[ \t]*[-—–～~－][ \t]*[1-9][0-9]?[ \t]*[:：]?[ \t]*[A-H]{2})",
            RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Variants(keyHeadings));
        SkillTagPattern = DataPatterns.Create(
            @"[(（]\s*(?:" + Alternation(skills) + @")\s*[:：]\s*(?<skills>[^()（）\n]{1,120})[)）]",
            RegexOptions.CultureInvariant);
        ImperativeStarts = Variants(List("imperativeStarts"));
        ImperativeNouns = Variants(List("imperativeNouns"));
        ChooseOneStems = [.. List("chooseOneStems").Select(p => DataPatterns.Create(p, RegexOptions.CultureInvariant))];
        SolutionConclusions = [.. List("solutionConclusions").Select(p => DataPatterns.Create(p, RegexOptions.CultureInvariant))];
        MaterialLabels = Variants(List("materialLabels"));
        ProblemExampleLine = DataPatterns.Create(
            @"^[ \t\u3000*_]*(?:" + Alternation(List("problemExamples")) + @")[ \t]*[0-9]{0,2}[ \t]*[:：]?",
            RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        SolutionWayLine = DataPatterns.Create(
            @"^[ \t\u3000]*(?:" + Alternation(List("solutionWays")) + @")[ \t]*(?:[一二三四五六七八九十]|[1-9][0-9]?)[ \t]*(?:[:：.、][^\n]{0,40})?\r?$",
            RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        SubQuestionLead = DataPatterns.Create(
            @"(?:^|\n)[ \t]*(?:" + Alternation(List("subQuestionLeads")) + @")[ \t]*[:：][ \t]*(?:\n[ \t]*)?(?:[(（][ \t]*1[ \t]*[)）]|①)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        // A part named by a word and its number on a line of its own, with at most a points note after it.
        NumberedPartLine = DataPatterns.Create(
            @"^[ \t\u3000]*[【\[]?(?:" + Alternation(List("numberedParts")) + @")[ \t]*(?<n>[一二三四五六七八九十]{1,3}|[1-9][0-9]?)[】\]]?[ \t]*(?:[(（][^()（）\n]{0,30}[)）])?[ \t]*[:：]?[ \t]*\r?$",
            RegexOptions.Multiline | RegexOptions.CultureInvariant);
        QuantityUnits = List("quantityUnits");
        CodePointers = Variants(List("codePointers"));
        LeadIns = Variants(List("leadIns"));
        // Header cells are compared folded and lower-cased, so the words are too (a user's Frage, 題目).
        List<string> Folded(string key) => List(key).Select(w => FoldedText.Of(w).ToLowerInvariant()).Distinct().ToList();
        TableQuestionHeaders = Folded("tableQuestionHeaders");
        TableAnswerHeaders = Folded("tableAnswerHeaders");
        TableAnswerPointHeaders = Folded("tableAnswerPointHeaders");
        TableNumberHeaders = Folded("tableNumberHeaders");
        TableAnalysisHeaders = Folded("tableAnalysisHeaders");
        TablePointHeaders = Folded("tablePointHeaders");
        TableOptionHeaders = Folded("tableOptionHeaders");
        TableTypeHeaders = Folded("tableTypeHeaders");
        TrueFalseAnswers = Variants(List("trueFalseAnswers")).ToHashSet(StringComparer.Ordinal);
        OptionMarks = [.. List("optionMarks")];
        WrongOptionMarks = [.. List("wrongOptionMarks")];
        KeyLettersWithExplanation = new Regex(@"^[ \t]*(?<l>[A-H]{1,6})[ \t]+(?:" + string.Join("|", List("keyExplanationSeparators").Select(Regex.Escape)) + @")[ \t]+(?<x>\S[\s\S]*)$", RegexOptions.CultureInvariant);
        ChoiceBullets = [.. List("choiceBullets").SelectMany(w => w).Append(' ')];
        _tickedBoxes = [.. List("tickedBoxes").SelectMany(w => w)];
        _emptyBoxes = [.. List("emptyBoxes").SelectMany(w => w)];
        // The one-character marks among them (√ ×, 对 错), not letters: (T) and (F) are as often something else.
        var marks = TrueFalseAnswers.Where(a => a.Length == 1 && !char.IsAsciiLetter(a[0])).Select(a => Regex.Escape(a));
        TrueFalseMark = DataPatterns.Create(@"[(（][ \t\u3000]*(?<m>" + string.Join("|", marks) + @")[ \t\u3000]*[)）](?=[ \t\u3000]*[。.]?[ \t]*(?:\n|$))", RegexOptions.CultureInvariant);
        if (root.Children.TryGetValue(new YamlScalarNode("typeTags"), out var tagNode) && tagNode is YamlMappingNode tagGroups)
            foreach (var (type, words) in tagGroups.Children)
                foreach (var word in Variants(((YamlSequenceNode)words).Children.OfType<YamlScalarNode>().Select(n => n.Value ?? "").Where(v => v.Length > 0)))
                    _typeOfTag.TryAdd(SingleSpaced(word), ((YamlScalarNode)type).Value!);
        // The tag may carry the item's points (a quiz export's (单选题, 2.0分)): group p.
        TypeTags = DataPatterns.Create(@"[【\[(（](?<t>" + Alternation(_typeOfTag.Keys) + @")(?:[ \t]*[,，、;；][ \t]*(?<p>\d+(?:\.\d+)?)[ \t]*分)?[】\])）]", RegexOptions.CultureInvariant);
        if (root.Children.TryGetValue(new YamlScalarNode("dataBankKeys"), out var bankNode) && bankNode is YamlMappingNode bankGroups)
            foreach (var (kind, words) in bankGroups.Children)
                foreach (var word in ((YamlSequenceNode)words).Children.OfType<YamlScalarNode>().Select(n => n.Value ?? "").Where(v => v.Length > 0))
                    _dataBankField.TryAdd(DataBankKeyForm(word), ((YamlScalarNode)kind).Value!);
        if (root.Children.TryGetValue(new YamlScalarNode("metadataLabels"), out var metaNode) && metaNode is YamlMappingNode metaGroups)
            foreach (var (kind, words) in metaGroups.Children)
                foreach (var word in Variants(((YamlSequenceNode)words).Children.OfType<YamlScalarNode>().Select(n => n.Value ?? "").Where(v => v.Length > 0)))
                    _metadataKind.TryAdd(word, ((YamlScalarNode)kind).Value!);
        // A line of nothing but such labels and their values; a value runs to the next label or the line's end.
        string metaWords = Alternation(_metadataKind.Keys);
        MetadataLine = DataPatterns.Create(
            @"^[ \t\u3000]*(?:(?:【(?<k>" + metaWords + @")】|\[(?<k>" + metaWords + @")\]|(?<k>" + metaWords + @")[ \t]*[:：])[ \t\u3000]*(?<v>[^【\[\n]*?)[ \t\u3000|｜]*)+\r?$",
            RegexOptions.Multiline | RegexOptions.CultureInvariant);
        if (root.Children.TryGetValue(new YamlScalarNode("statementParts"), out var partNode) && partNode is YamlMappingNode partGroups)
            foreach (var (kind, words) in partGroups.Children)
                foreach (var word in Variants(((YamlSequenceNode)words).Children.OfType<YamlScalarNode>().Select(n => n.Value ?? "").Where(v => v.Length > 0)))
                    _statementParts.Add((word, ((YamlScalarNode)kind).Value!));
        RoundNames = Variants(List("roundNames"));
        InterrogativeWords = Variants(List("interrogativeWords"));
        StatementOpeners = Variants(List("statementOpeners"));
        Placeholders = List("placeholders").ToHashSet(StringComparer.Ordinal);
        _placeholderWords = Placeholders.ToHashSet(StringComparer.OrdinalIgnoreCase);
        _contentsHeadings = Variants(List("contentsHeadings")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _questionPartEndings = List("questionPartEndings");
        OptionNamePrefix = DataPatterns.Create(@"^(?:" + Alternation(List("optionWords")) + @")\s*(?=[A-Ha-h]{1,8}\s*$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        string optionWords = Alternation(List("optionWords"));
        OptionListHeading = DataPatterns.Create(@"(?:^|\n)[ \t\u3000]*(?:【(?:" + optionWords + @")s?】|\[(?:" + optionWords + @")s?\]|(?:" + optionWords + @")s?[ \t]*[:：]?)[ \t\u3000]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        // Exam papers space their headings out (注 意 事 项): any spaces between the characters; the cleaner may
        // have glued the heading to the paper's title, so no boundary before it. A heading ends its line or is
        // followed by the first rule (注意事项 1、…): a word inside a sentence (Read the Instructions below) is none.
        _candidateRuleWords = [.. Variants(List("candidateRuleWords"))];
        // A heading that ends its line opens it too (markup aside): an option's text may end in the same words
        // (A．用法、用量和注意事项).
        var instructionWords = "(?:" + string.Join("|", Variants(List("instructionHeadings")).OrderByDescending(w => w.Length)
            .Select(w => string.Join(@"[ \t\u3000]*", w.Select(ch => Regex.Escape(ch.ToString()))))) + @")[ \t\u3000]*[:：]?";
        InstructionHeadings = DataPatterns.Create(
            @"(?<![A-Za-z])" + instructionWords + @"(?=[ \t\u3000]*(?:[1１][、.．]|[(（]1[)）]))|(?<=^[ \t\u3000#*【\[]*)" + instructionWords + @"(?=[ \t\u3000]*\r?$)",
            RegexOptions.CultureInvariant | RegexOptions.Multiline);
        DeclaredCountPatterns = List("declaredCount").Select(p => DataPatterns.Create(p, RegexOptions.CultureInvariant)).ToList();
        PointsPatterns = List("pointsEach").Select(p => DataPatterns.Create(p, RegexOptions.CultureInvariant)).ToList();
        QuestionWords = Variants(List("questionWords"));
        Blanks = List("blanks").Select(p => DataPatterns.Create(@"\G(?:" + p + ")", RegexOptions.CultureInvariant)).ToList();
        PointsNotes = List("pointsNote").Select(p => DataPatterns.Create(p, RegexOptions.CultureInvariant)).ToList();
        PointsNoteMark = List("pointsNote").All(p => p.Contains('分')) ? '分' : null;
        SourceCitations = List("sourceCitations").Select(p => DataPatterns.Create(p, RegexOptions.CultureInvariant)).ToList();
        SkillSentences = List("skillSentences").Select(p => DataPatterns.Create(p, RegexOptions.Multiline | RegexOptions.CultureInvariant)).ToList();
        ItemHeaderLines = List("itemHeaderLines").Select(p => DataPatterns.Create(p, RegexOptions.CultureInvariant)).ToList();
        AnswerHeadingLines = List("answerHeadingLines").Select(p => DataPatterns.Create(p, RegexOptions.Multiline | RegexOptions.CultureInvariant)).ToList();
        BrandedLabels = DataPatterns.Create(@"【(?<brand>[^【】\s]{1,6}?)(?<w>" + Alternation([.. answer, .. analysis]) + @")】\s*[:：]?",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        CombinedAnswerWords = Variants(List("combinedAnswer")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        TagWords = Variants(List("tagLabels")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        FollowUpLabels = Variants(List("followUpLabels")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        QuestionLabels = [.. Variants(List("questionLabels")), .. FollowUpLabels];
        var stemLabel = QuestionPartLabel(List("stemLabels"));
        // Tried only where a stem word stands: interpreted, the pattern (led by its boundary) was tried at every
        // character of every item body.
        StemLabels = new LabelScanner(keep => Boundary + QuestionPartLabel(List("stemLabels"), keep), RegexOptions.CultureInvariant,
            Variants(List("stemLabels")));
        _stemLabelHere = DataPatterns.Create(@"\G" + stemLabel, RegexOptions.CultureInvariant);
        QuestionLabelPrefix = DataPatterns.Create(@"^\s*" + QuestionPartLabel(QuestionLabels.Where(w => !FollowUpLabels.Contains(w))) + @"\s*",
            RegexOptions.CultureInvariant);
        // Every match of QuestionLabelPrefix has a 【 or a label's first character after its leading spaces.
        if (QuestionLabels.All(w => !char.IsWhiteSpace(w[0])))
            _questionLabelStarts = System.Buffers.SearchValues.Create([.. QuestionLabels.Select(w => w[0]).Append('【').Distinct()]);
    }

    private readonly System.Buffers.SearchValues<char>? _questionLabelStarts;
    private readonly YamlMappingNode _root;

    /// <summary>
    /// These words with a user's labels file added to them (<c>--labels</c>): the file has the built-in file's
    /// keys, and each of its lists is added after the list of the same key.
    /// </summary>
    /// <exception cref="Cleaning.RuleFileException">The file is not YAML, or names a key or holds a value the built-in file has not.</exception>
    public LabelLexicon With(string yaml, string fileName)
    {
        var merged = LabelFile.Merge(_root, LabelFile.Root(yaml, fileName), fileName);
        try
        {
            return new LabelLexicon(merged);
        }
        catch (ArgumentException ex)
        {
            // LabelFile checks each pattern as it is used; a pattern the words build together may still fail.
            throw new Cleaning.RuleFileException(fileName, 1, 1, $"the labels do not compile into patterns: {ex.Message}");
        }
    }

    /// <summary>
    /// <see cref="QuestionLabelPrefix"/> matched at the start of <paramref name="text"/>; the pattern runs only when
    /// the first character after spaces can begin a label (most texts it is asked about have none).
    /// </summary>
    public Match QuestionLabelPrefixOf(string text)
    {
        if (_questionLabelStarts is not null)
        {
            int i = 0;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i == text.Length || !_questionLabelStarts.Contains(text[i])) return Match.Empty;
        }
        return QuestionLabelPrefix.Match(text);
    }

    /// <summary>Blanks and point notes, anchored where they are tried (<c>\G</c>).</summary>
    public IReadOnlyList<Regex> Blanks { get; }
    /// <summary>A question's own points in its stem; group <c>n</c> is the number.</summary>
    public IReadOnlyList<Regex> PointsNotes { get; }

    /// <summary>A question's source printed before its stem (（2023·浙江·统考高考真题）), matched at the stem's start.</summary>
    public IReadOnlyList<Regex> SourceCitations { get; }

    /// <summary>Lines that name the knowledge point an item tests in a sentence (data <c>skillSentences</c>; group <c>s</c> is the point).</summary>
    public IReadOnlyList<Regex> SkillSentences { get; }

    /// <summary>Unlabelled lines a quiz prints above each item (2/4, Multiple Choice, 30 seconds, 1 pt; data
    /// <c>itemHeaderLines</c>), matched against the trimmed line: group <c>n</c> a number, <c>t</c> a type, <c>p</c> points.</summary>
    public IReadOnlyList<Regex> ItemHeaderLines { get; }

    /// <summary>A character every points note holds (分 with the built-in patterns), or null when a user's pattern has none.</summary>
    public char? PointsNoteMark { get; }

    /// <summary>A publisher's label: a brand before a label word in brackets (【華圖答案】, 【XX解析】); group <c>w</c> is the word.</summary>
    public Regex BrandedLabels { get; }
    /// <summary>Analysis words that also carry the answer (答案解析): the answer when no answer label comes first.</summary>
    public IReadOnlySet<string> CombinedAnswerWords { get; }
    /// <summary>Analysis and skills words whose part is a one-line tag when its value stands on the label's line (data <c>tagLabels</c>).</summary>
    public IReadOnlySet<string> TagWords { get; }

    /// <summary>Words that number a question (面试题3, Q1); longest first in patterns.</summary>
    public IReadOnlyList<string> QuestionWords { get; }
    /// <summary>A question label at the start of a text (the 题目: of <c>1.题目:…</c>).</summary>
    public Regex QuestionLabelPrefix { get; }
    /// <summary>Labels that open an unnumbered question (题目:, Q:).</summary>
    public IReadOnlyList<string> QuestionLabels { get; }
    /// <summary>The follow-up labels among <see cref="QuestionLabels"/> (追问): they stay in the question's text.</summary>
    public IReadOnlySet<string> FollowUpLabels { get; }

    /// <summary>
    /// The text opens with a follow-up label and its colon, after any bullet, bracket or emphasis before it
    /// (追问：…, - 追问：…, （追问：…）, **追问**：…).
    /// </summary>
    public bool OpensWithFollowUp(ReadOnlySpan<char> text)
    {
        text = text.TrimStart("-*•·+ \t（(【");
        foreach (var word in FollowUpLabels)
            if (text.StartsWith(word, StringComparison.Ordinal) && text[word.Length..].TrimStart(" \t】*") is [':' or '：', ..])
                return true;
        return false;
    }

    /// <summary>An alternation of <paramref name="words"/> for a pattern: longest first, spaces flexible.</summary>
    public static string AlternationOf(IEnumerable<string> words) => Alternation(words);

    public IReadOnlyDictionary<LabelKind, IReadOnlyList<string>> Words { get; }
    public IReadOnlyList<string> LineStartAnswerWords { get; }
    /// <summary>Any answer, analysis or skills label at a place a field can start; group <c>w</c> is the word.</summary>
    public LabelScanner Labels { get; }

    /// <summary>Lines that open the answers of a question-and-answer thread (24 Answers, 23 个回答; data
    /// <c>answerHeadingLines</c>): each is an answer label, though no label word opens it.</summary>
    public IReadOnlyList<Regex> AnswerHeadingLines { get; }

    /// <summary>
    /// The labels of a text in order: <see cref="Labels"/>' matches and the answer heading lines, which the word
    /// scanner cannot find (a count, not a label word, opens them). A heading line overlapping a label is that label.
    /// </summary>
    public List<Match> LabelMatches(string text)
    {
        var matches = Labels.Matches(text);
        int found = matches.Count;
        foreach (var m in AnswerHeadingMatches(text))
            if (!matches.Any(l => l.Index < m.Index + m.Length && m.Index < l.Index + Math.Max(l.Length, 1)))
                matches.Add(m);
        if (matches.Count > found) matches.Sort((a, b) => a.Index.CompareTo(b.Index));
        return matches;
    }

    /// <summary>The answer heading lines of a text (<see cref="AnswerHeadingLines"/>), pattern by pattern.</summary>
    public IEnumerable<Match> AnswerHeadingMatches(string text)
    {
        foreach (var heading in AnswerHeadingLines)
            for (var m = heading.Match(text); m.Success; m = m.NextMatch())
                yield return m;
    }

    /// <summary>An answer label followed by option letters, trusted anywhere (choice questions glued together).</summary>
    public LabelScanner ChoiceAnswers { get; }

    /// <summary>
    /// <see cref="ChoiceAnswers"/>' matches in a text. Each has a colon, then spaces, then an option letter; most
    /// texts have none, and are spared the search for answer words (答 is everywhere in answers).
    /// </summary>
    public List<System.Text.RegularExpressions.Match> ChoiceAnswerMatches(string text) =>
        ColonBeforeOptionLetter(text) ? ChoiceAnswers.Matches(text) : [];

    // A colon with only whitespace (\s) between it and a letter A–H in either case, or any character whose
    // case forms are an ASCII letter (the Kelvin sign): at least what the pattern's [A-H] takes ignoring case.
    private static bool ColonBeforeOptionLetter(ReadOnlySpan<char> text)
    {
        for (int colon = text.IndexOfAny(':', '：'); colon >= 0; colon = text.IndexOfAny(':', '：'))
        {
            int i = colon + 1;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i < text.Length && MayBeOptionLetter(text[i])) return true;
            text = text[(colon + 1)..];
        }
        return false;
    }

    private static bool MayBeOptionLetter(char c) =>
        c is >= 'A' and <= 'H' or >= 'a' and <= 'h'
        || (c > 0x7F && (char.IsAsciiLetter(char.ToLowerInvariant(c)) || char.IsAsciiLetter(char.ToUpperInvariant(c))));
    /// <summary>The heading of an answer key (答案与解析, 参考答案); group <c>w</c> is the word.</summary>
    public LabelScanner AnswerKeyHeadings { get; }
    /// <summary>A parenthesised skills tag such as <c>(考察:沟通能力)</c>; group <c>skills</c> is its content.</summary>
    public Regex SkillTagPattern { get; }
    public IReadOnlyList<string> ImperativeStarts { get; }
    /// <summary>Nouns that begin with an imperative start (请求, 计算机): a sentence opening with one does not ask.</summary>
    public IReadOnlyList<string> ImperativeNouns { get; }
    /// <summary>A line heading one way of solving a problem (方法一：动态规划, Approach 2: Two pointers; data <c>solutionWays</c>).</summary>
    public Regex SolutionWayLine { get; }
    /// <summary>Units a number counts (年, 个, 元, %): a wrapped line opening with a number and one goes on with a quantity.</summary>
    public IReadOnlyList<string> QuantityUnits { get; }
    /// <summary>A line naming a numbered part of a paper (案例一（20分）, 试题二; data <c>numberedParts</c>); group <c>n</c> is its number.</summary>
    public Regex NumberedPartLine { get; }
    /// <summary>A line opening a problem's worked example (示例 1：, 输入：, Example 2:; data <c>problemExamples</c>).</summary>
    public Regex ProblemExampleLine { get; }
    /// <summary>Stems that ask to choose one thing (下列哪个…, Which tag…?; data <c>chooseOneStems</c>).</summary>
    public IReadOnlyList<Regex> ChooseOneStems { get; }
    /// <summary>How a worked solution states its choice (故选：B); group <c>a</c> is the choice.</summary>
    public IReadOnlyList<Regex> SolutionConclusions { get; }
    /// <summary>Words that open a material question's stem (材料, 案例): its asks and sub-questions come under it.</summary>
    public IReadOnlyList<string> MaterialLabels { get; }
    /// <summary>A line that leads a question's sub-questions (要求：, 问题：) with the first of them, (1) or ①, after it.</summary>
    public Regex SubQuestionLead { get; }
    /// <summary>Words by which a question points at code printed under it (下面, following).</summary>
    public IReadOnlyList<string> CodePointers { get; }
    /// <summary>Header words of a question table's question, answer and number columns (folded, lower case).</summary>
    public IReadOnlyList<string> TableQuestionHeaders { get; }
    public IReadOnlyList<string> TableAnswerHeaders { get; }
    /// <summary>Headers of a column of answer points (参考要点, Key points), the answer column where none is headed so.</summary>
    public IReadOnlyList<string> TableAnswerPointHeaders { get; }
    public IReadOnlyList<string> TableNumberHeaders { get; }
    public IReadOnlyList<string> TableAnalysisHeaders { get; }
    /// <summary>Headers of a column of a question's marks (Marks, 分值): a mark scheme's, beside its answers.</summary>
    public IReadOnlyList<string> TablePointHeaders { get; }
    /// <summary>Words before an option's letter in a column header (选项A, Option B); the bare letter counts too.</summary>
    public IReadOnlyList<string> TableOptionHeaders { get; }
    public IReadOnlyList<string> TableTypeHeaders { get; }
    /// <summary>A type tag in brackets in a stem ([单选题], （多选）, (单选题, 2分)); group <c>t</c> is the word, <see cref="TypeOfTag"/> its type, group <c>p</c> the points it may carry.</summary>
    public Regex TypeTags { get; }

    private readonly Dictionary<string, string> _typeOfTag = new(StringComparer.Ordinal);

    /// <summary>The output type a tag word of <see cref="TypeTags"/> states (single-choice, multiple-choice, true-false).</summary>
    public string TypeOfTag(string word) => _typeOfTag[SingleSpaced(word)];

    /// <summary>The output type a type word states without its brackets (单选题 alone on an item's first line), or null.</summary>
    public string? TypeOfBareTag(string word) => _typeOfTag.TryGetValue(SingleSpaced(word.Trim()), out var type) ? type : null;

    /// <summary>
    /// A question bank's metadata line (【题型】单选题　【难度】★★☆　【分值】1分): group <c>k</c> holds each label,
    /// <c>v</c> its value; <see cref="MetadataKind"/> says what a label gives (data <c>metadataLabels</c>).
    /// </summary>
    public Regex MetadataLine { get; }

    private readonly Dictionary<string, string> _metadataKind = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _dataBankField = new(StringComparer.Ordinal);

    /// <summary>
    /// The field a key of a bank kept as data gives (<c>question</c>, <c>options</c>, <c>answer</c>, <c>analysis</c>,
    /// <c>number</c>, <c>section</c>, <c>type</c>; data <c>dataBankKeys</c>), or null for a key the bank's reader ignores.
    /// </summary>
    public string? DataBankField(string key) => _dataBankField.GetValueOrDefault(DataBankKeyForm(key));

    // Keys are compared folded and lower case without separators: correct_answer, correctAnswer and Correct-Answer are one.
    private static string DataBankKeyForm(string key) =>
        string.Concat(FoldedText.Of(key).ToLowerInvariant().Where(c => c is not ('_' or '-' or ' ')));

    /// <summary>What a metadata label's value gives: <c>type</c>, <c>points</c> or <c>other</c>.</summary>
    public string MetadataKind(string label) => _metadataKind[label];

    /// <summary>The output type a type word states, or null when it is none of the typeTags words.</summary>
    public string? TypeOfWord(string word) => _typeOfTag.GetValueOrDefault(SingleSpaced(word));

    private readonly List<(string Word, string Kind)> _statementParts = [];

    /// <summary>Words that open an interview round's name (二面, Round 2, Online Assessment): data <c>roundNames</c>.</summary>
    public IReadOnlyList<string> RoundNames { get; }

    /// <summary>The name opens with a round word, a whole word where it is a Latin one (Round 2, not Roundup).</summary>
    public bool NamesRound(string name)
    {
        foreach (var word in RoundNames)
            if (name.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && (word[^1] > 0x7F || name.Length == word.Length || !char.IsLetter(name[word.Length]))) return true;
        return false;
    }

    /// <summary>
    /// What the items of a part hold when its heading (or the title) names a part of statements (fill-in,
    /// definition, judgement: data <c>statementParts</c>); null for any other heading.
    /// </summary>
    public string? StatementPartKind(string? heading)
    {
        if (string.IsNullOrEmpty(heading)) return null;
        foreach (var (word, kind) in _statementParts)
            if (heading.Contains(word, StringComparison.OrdinalIgnoreCase)) return kind;
        return null;
    }

    // A tag of several words matches with any spaces between them (single choice, single  choice).
    private static string SingleSpaced(string word) => string.Join(' ', word.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Answers that make an item without options a true/false question (正确, ×, True).</summary>
    public IReadOnlySet<string> TrueFalseAnswers { get; }

    /// <summary>Marks printed after the right options of an answer sheet (√, （正确答案）): data <c>optionMarks</c>.</summary>
    public IReadOnlyList<string> OptionMarks { get; }

    private readonly HashSet<char> _tickedBoxes;
    private readonly HashSet<char> _emptyBoxes;

    /// <summary>A box an answer sheet puts before an option, ticked or not (☑, ☐): data <c>tickedBoxes</c>, <c>emptyBoxes</c>.</summary>
    public bool IsOptionBox(char c) => _tickedBoxes.Contains(c) || _emptyBoxes.Contains(c);

    /// <summary>A ticked box (☑, ☒): the option behind it is chosen.</summary>
    public bool IsTickedBox(char c) => _tickedBoxes.Contains(c);

    /// <summary>The option mark <paramref name="text"/> ends with (B. 立即挂断 √), or null.</summary>
    public string? TrailingOptionMark(string text) => OptionMarks.FirstOrDefault(m => text.EndsWith(m, StringComparison.Ordinal));
    /// <summary>A key entry's letters, a dash and their explanation (C - The show ip route …): groups <c>l</c>, <c>x</c>.</summary>
    public Regex KeyLettersWithExplanation { get; }
    /// <summary>Marks a quiz review prints after a choice picked wrongly (✗), from <c>wrongOptionMarks</c>.</summary>
    public IReadOnlyList<string> WrongOptionMarks { get; }
    /// <summary>The mark a quiz review printed after a wrongly picked choice closing <paramref name="text"/>, or null.</summary>
    public string? TrailingWrongMark(string text) => WrongOptionMarks.FirstOrDefault(m => text.EndsWith(m, StringComparison.Ordinal));
    /// <summary>Bullets set before unlettered choices (•, Kahoot's ▲ ◆ ● ■), with the space, from <c>choiceBullets</c>.</summary>
    public char[] ChoiceBullets { get; }
    /// <summary>
    /// A true/false mark in brackets closing a line (会计主体一定是法律主体。（×）): a statement to judge, with its
    /// answer filled in. Group <c>m</c> is the mark.
    /// </summary>
    public Regex TrueFalseMark { get; }
    /// <summary>Labels that open the stem inside an item (题干:), from <c>stemLabels</c>.</summary>
    public LabelScanner StemLabels { get; }

    private readonly Regex _stemLabelHere;

    /// <summary>A stem label starts exactly at <paramref name="index"/> (tried there only).</summary>
    public bool StemLabelAt(string text, int index) => _stemLabelHere.Match(text, index).Success;
    public IReadOnlyList<string> InterrogativeWords { get; }
    /// <summary>Words that open a statement though a question word follows (这就是为什么…), from <c>statementOpeners</c>.</summary>
    public IReadOnlyList<string> StatementOpeners { get; }
    public IReadOnlySet<string> Placeholders { get; }

    private readonly HashSet<string> _placeholderWords;

    /// <summary>
    /// The text is only a placeholder: one of <see cref="Placeholders"/>, also without case, after a quote mark
    /// (> coming soon) or a to-do mark (TODO：待补充). Brackets and full stops stay: a bank prints （略） or 略。 for
    /// what it leaves to the reader, and that is kept as the answer it gives.
    /// </summary>
    public bool IsPlaceholder(string text)
    {
        if (Placeholders.Contains(text)) return true;
        var t = text.AsSpan().Trim().TrimStart('>').Trim();
        if (t.StartsWith("TODO", StringComparison.OrdinalIgnoreCase) && t.Length > 5 && t[4] is ':' or '：' or ' ' or '-')
            t = t[5..].Trim();
        return t.Length > 0 && _placeholderWords.Contains(t.ToString());
    }
    private readonly string[] _candidateRuleWords;

    /// <summary>The line speaks of the candidate, the answer sheet or the exam (考生, 答题纸, 2B铅笔): data <c>candidateRuleWords</c>.</summary>
    public bool SpeaksToCandidates(ReadOnlySpan<char> line)
    {
        foreach (var word in _candidateRuleWords)
            if (line.Contains(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The heading of an exam paper's instructions to candidates (注意事项, 考生须知, Instructions).</summary>
    public Regex InstructionHeadings { get; }
    public IReadOnlyList<Regex> DeclaredCountPatterns { get; }

    /// <summary>
    /// The text after a part name's colon is the part's instruction (一、选择题：本题共8小题，每小题5分…), as it
    /// states the points or the number of questions; the part's name is the text before the colon. -1 when not so.
    /// </summary>
    public int PartNoteColon(string heading)
    {
        int colon = heading.IndexOfAny([':', '：']);
        if (colon <= 0 || colon > MaxPartNameBeforeNote) return -1;
        var note = FoldedText.KeepingSpaces(heading[(colon + 1)..]);
        return PointsPatterns.Any(p => p.IsMatch(note)) || DeclaredCountPatterns.Any(p => p.IsMatch(note)) ? colon : -1;
    }

    private const int MaxPartNameBeforeNote = 16;
    public IReadOnlyList<Regex> PointsPatterns { get; }

    /// <summary>The text is an answer, analysis, skills, question or answer-key word (答案, 解析, 题目), not a group's name.</summary>
    public bool IsFieldLabel(string text) =>
        _kinds.ContainsKey(FoldedText.Of(text).ToLowerInvariant()) || QuestionLabels.Contains(text, StringComparer.OrdinalIgnoreCase)
        || _keyHeadingWords.Contains(text, StringComparer.OrdinalIgnoreCase);

    /// <summary>The line is nothing but an answer-key heading (参考答案, 【答案】, Answer Key:).</summary>
    public bool IsAnswerKeyHeadingLine(ReadOnlySpan<char> line) =>
        _keyHeadingWords.Contains(line.Trim().Trim("【】[]#*:： \t\u3000").ToString(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The answer-key heading says it answers the part above it (本部分答案), not the whole document.</summary>
    public bool IsPartKeyHeading(string? word) => word is not null && _partKeyHeadingWords.Contains(word);

    private readonly HashSet<string> _contentsHeadings;

    /// <summary>A word naming the option at the start of an answer that is only its letters (Option B, 选项C).</summary>
    public Regex OptionNamePrefix { get; }

    /// <summary>A line that only announces the options under it (【选项】, Options:), closing a stem.</summary>
    public Regex OptionListHeading { get; }

    /// <summary>A part's name (without its notes) says it holds questions of a kind: 解答题, 名词解释 (data <c>questionPartEndings</c>).</summary>
    public bool NamesQuestionPart(string? name) =>
        name is { Length: > 0 and <= MaxQuestionPartName } && _questionPartEndings.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private const int MaxQuestionPartName = 16;
    private readonly List<string> _questionPartEndings;

    /// <summary>The heading names a table of contents (目录, Table of Contents), with any emphasis or colon around it.</summary>
    public bool IsContentsHeading(string heading)
    {
        var bare = heading.Trim().Trim('#', '*', '_', ':', '：', ' ', '\t');
        if (_contentsHeadings.Contains(bare)) return true;
        // A Word title spaced out to fill its line (目  录) is the same word.
        var squeezed = string.Concat(bare.Where(c => !char.IsWhiteSpace(c)));
        return squeezed.Length != bare.Length && squeezed.Any(c => c > 0x7F) && _contentsHeadings.Contains(squeezed);
    }

    /// <summary>The phrase leads in to what follows it (排查步骤如下, as follows): data <c>leadIns</c>.</summary>
    public bool IsLeadIn(string phrase) => LeadIns.Any(w => phrase.Contains(w, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<string> LeadIns { get; }

    /// <summary>The field a word opens when it is a label word of the data (正确答案, 解析, Answer), else null.</summary>
    public LabelKind? FieldOfLabel(string word) => _kinds.TryGetValue(FoldedText.Of(word).ToLowerInvariant(), out var kind) ? kind : null;

    /// <summary>A paper's name ending in 试题 or 试卷, as it may stand before its key's heading (管理学原理试题答案及评分参考).</summary>
    public const string PaperNamePrefix = @"[^\s。？?！!，,：:]{1,24}(?:试题|试卷)";

    /// <summary>A chapter's number, as it may stand before its own key's heading (第一章参考答案).</summary>
    public const string ChapterNumberPrefix = @"第[0-9一二三四五六七八九十]{1,3}[章节课]";

    /// <summary>Which field a matched label word opens.</summary>
    public LabelKind KindOf(string word) => _kindOfWord.GetOrAdd(word, static (w, kinds) =>
        kinds.TryGetValue(FoldedText.Of(w).ToLowerInvariant(), out var kind) ? kind : LabelKind.Answer, _kinds);

    // KindOf by the word as matched: few spellings occur, and folding each label of every body cost more than the
    // lookup. The factory captures nothing, so a lookup allocates no delegate.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, LabelKind> _kindOfWord = new(StringComparer.Ordinal);

    private static List<string> Variants(IEnumerable<string> words) =>
        words.SelectMany(w => new[] { w, TraditionalOf.GetOrAdd(w, static w => ChineseScript.Default.ToTraditional(w)) }).Distinct().ToList();

    // Each word's traditional form, converted once: the label scanners build a pattern per first character of
    // their words (see LabelScanner), and each asks for the variants of every list again, at every start.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> TraditionalOf = new(StringComparer.Ordinal);

    // A label that names the question or its stem: 【题干】, 题干:, **题目：**, with or without emphasis marks around it.
    private static string QuestionPartLabel(IEnumerable<string> words, Func<string, bool>? keep = null) =>
        EmphasisMarks.Open + "(?:【(?:" + Alternation(words, keep) + @")】" + EmphasisMarks.AroundColon("[:：]?") + "|(?:" + Alternation(words, keep) + ")" + EmphasisMarks.AroundColon("[:：]") + ")";

    // Longest first, so 参考答案 wins over 答案; both scripts; spaces inside English labels are flexible.
    // Only the words <paramref name="keep"/> accepts (none left: an alternative that never matches).
    // Words that start alike stand together: words with different first characters (ASCII ones in any case; others
    // without case) never match at the same place, so their order changes no match, and the regex then shares each
    // first character (答(?:案解析|案|…)) instead of comparing every word in turn, as the generated patterns did.
    // A word opening with another cased letter (whose case forms the regex knows better) leaves the order as it is.
    // A line-start label word that is also a step letter (STAR's A:) is no label on the line after the step before
    // it (T: …): the steps are one answer.
    private static string StepNotAfter(IReadOnlyList<string> steps, IReadOnlyList<string> labelWords)
    {
        var guards = new List<string>();
        for (int i = 1; i < steps.Count; i++)
            if (labelWords.Contains(steps[i], StringComparer.OrdinalIgnoreCase))
                guards.Add(@"(?!(?<=(?:^|\n)[ \t]*" + Regex.Escape(steps[i - 1]) + @"[ \t]*[:：][^\n]*\n(?:[ \t]*\n)*[ \t]*)" + Regex.Escape(steps[i]) + @"[ \t]*[:：])");
        return string.Concat(guards);
    }

    private static string Alternation(IEnumerable<string> words, Func<string, bool>? keep = null)
    {
        var kept = Variants(words).Where(w => keep is null || keep(w)).OrderByDescending(w => w.Length).ToList();
        if (kept.All(w => w[0] < 0x80 || (char.ToUpperInvariant(w[0]) == w[0] && char.ToLowerInvariant(w[0]) == w[0])))
            kept = [.. kept.GroupBy(w => char.ToLowerInvariant(w[0])).SelectMany(g => g)];
        return kept.Count == 0 ? "(?!)" : string.Join("|", kept.Select(w => Regex.Escape(w).Replace("\\ ", "\\s+")));
    }
}
