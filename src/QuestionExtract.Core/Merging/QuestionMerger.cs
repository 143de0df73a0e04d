using QuestionExtract.Model;
using QuestionExtract.Pipeline;
using QuestionExtract.Text;

namespace QuestionExtract.Merging;

/// <summary>
/// Merges questions from many inputs into one record per distinct question: exact duplicates by folded text
/// (the question id's key), near duplicates by MinHash + LSH candidates confirmed by exact shingle Jaccard.
/// Choice questions merge only when their options agree (same folded option texts). The result does not
/// depend on input order: everything is first sorted by source, then by content.
/// </summary>
public sealed class QuestionMerger(MergeSettings settings)
{
    public MergeResult Merge(IEnumerable<SourcedQuestion> input)
    {
        var items = input.ToList();
        items.Sort(CanonicalOrder);

        // Exact groups: same folded question text and same options.
        var groupOf = new Dictionary<(string Key, string Options), int>();
        var groups = new List<List<int>>();
        var groupKeys = new List<string>();
        var links = new List<MergeLink>();
        for (int i = 0; i < items.Count; i++)
        {
            var key = (FoldedText.Key(items[i].Question.QuestionText), OptionsKey(items[i].Question));
            if (groupOf.TryGetValue(key, out var g))
            {
                links.Add(new MergeLink(items[groups[g][0]], items[i], 1, Exact: true));
                groups[g].Add(i);
                continue;
            }
            groupOf[key] = groups.Count;
            groups.Add([i]);
            groupKeys.Add(key.Item1);
        }
        var optionKeys = groupOf.OrderBy(kv => kv.Value).Select(kv => kv.Key.Options).ToArray();

        // Near groups: shingles and signatures per exact group, candidates from the LSH index.
        var shingles = new ShingleSet[groups.Count];
        var signatures = new ulong[groups.Count][];
        Parallel.For(0, groups.Count, g =>
        {
            shingles[g] = ShingleSet.Of(groupKeys[g]);
            signatures[g] = MinHashSignature.Of(shingles[g]);
        });
        var index = new LshIndex(settings.Threshold);
        foreach (var signature in signatures) index.Add(signature);
        var parent = Enumerable.Range(0, groups.Count).ToArray();
        foreach (var (a, b) in index.CandidatePairs())
        {
            if (optionKeys[a] != optionKeys[b]) continue;
            double similarity = shingles[a].Jaccard(shingles[b]);
            if (similarity < settings.Threshold) continue;
            links.Add(new MergeLink(items[groups[a][0]], items[groups[b][0]], similarity, Exact: false));
            Union(parent, a, b);
        }

        var clusters = new SortedDictionary<int, List<int>>();
        for (int g = 0; g < groups.Count; g++)
        {
            int root = Find(parent, g);
            if (!clusters.TryGetValue(root, out var members)) clusters[root] = members = [];
            members.AddRange(groups[g]);
        }
        // Roots are the smallest group index, and groups are numbered in canonical order of their first
        // item: the bank is in order of first source.
        var merged = clusters.Values.Select(members => Build(members.Order().Select(i => items[i]).ToList())).ToList();
        return new MergeResult(DistinctIds(merged), links);
    }

    /// <summary>
    /// The kept copy: a complete one before an incomplete one, then the longest answer, then the first source.
    /// Other distinct answers become alternatives; skills are the union.
    /// </summary>
    private static MergedQuestion Build(List<SourcedQuestion> members)
    {
        var kept = members
            .OrderByDescending(m => m.Question.Complete)
            .ThenByDescending(m => m.Question.Answer?.Length ?? 0)
            .First();
        var q = kept.Question;
        var answerKeys = new HashSet<string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(q.Answer)) answerKeys.Add(FoldedText.Key(q.Answer));
        var alternatives = new List<string>();
        foreach (var m in members)
            if (!string.IsNullOrWhiteSpace(m.Question.Answer) && answerKeys.Add(FoldedText.Key(m.Question.Answer)))
                alternatives.Add(m.Question.Answer);
        return new MergedQuestion
        {
            Id = QuestionIdFactory.Create(q.QuestionText),
            Number = q.Number,
            Section = q.Section ?? members.Select(m => m.Question.Section).FirstOrDefault(s => s is not null),
            Type = q.Type,
            QuestionText = q.QuestionText,
            Options = q.Options,
            Answer = q.Answer,
            AlternativeAnswers = alternatives,
            Analysis = q.Analysis ?? members.Select(m => m.Question.Analysis).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a)),
            Skills = members.SelectMany(m => m.Question.Skills).Distinct(StringComparer.Ordinal).ToList(),
            Complete = q.Complete,
            // The same file given twice (or a folder and a file in it) is one source, not two.
            Sources = members.Select(m => m.Source).Distinct().ToList(),
        };
    }

    /// <summary>
    /// Records that share an id (choice questions with one stem and different options) get ids from the
    /// stem and the options, so a bank never has a duplicate id; every other id is extract's id.
    /// </summary>
    private static List<MergedQuestion> DistinctIds(List<MergedQuestion> merged)
    {
        var shared = merged.GroupBy(q => q.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        if (shared.Count == 0) return merged;
        return merged.Select(q => !shared.Contains(q.Id) ? q : new MergedQuestion
        {
            Id = QuestionIdFactory.Create(q.QuestionText + "\n" + string.Join("\n", q.Options?.Select(o => o.Text) ?? [])),
            Number = q.Number, Section = q.Section, Type = q.Type, QuestionText = q.QuestionText, Options = q.Options, Answer = q.Answer,
            AlternativeAnswers = q.AlternativeAnswers, Analysis = q.Analysis, Skills = q.Skills, Complete = q.Complete, Sources = q.Sources,
        }).ToList();
    }

    /// <summary>Options compared as folded texts, in label order, labels ignored (A/B or 1/2 alike).</summary>
    public static string OptionsKey(Question q) =>
        q.Options is null ? "" : string.Join('\u0001', q.Options.Select(o => FoldedText.Key(o.Text)));

    // Source first (path, index), then content, so ties between copies of one file given twice still order fully.
    private static int CanonicalOrder(SourcedQuestion x, SourcedQuestion y)
    {
        int c = string.CompareOrdinal(x.Source.Path, y.Source.Path);
        if (c == 0) c = x.Source.Index.CompareTo(y.Source.Index);
        if (c == 0) c = string.CompareOrdinal(x.Source.Sha256, y.Source.Sha256);
        if (c == 0) c = string.CompareOrdinal(x.Question.QuestionText, y.Question.QuestionText);
        if (c == 0) c = string.CompareOrdinal(x.Question.Answer, y.Question.Answer);
        if (c == 0) c = string.CompareOrdinal(x.Question.Analysis, y.Question.Analysis);
        if (c == 0) c = string.CompareOrdinal(OptionsKey(x.Question), OptionsKey(y.Question));
        if (c == 0) c = string.CompareOrdinal(x.Source.Number, y.Source.Number);
        return c;
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    // The smaller index becomes the root, so a cluster's root is its first group whatever the union order.
    private static void Union(int[] parent, int a, int b)
    {
        int ra = Find(parent, a), rb = Find(parent, b);
        if (ra == rb) return;
        if (ra < rb) parent[rb] = ra;
        else parent[ra] = rb;
    }
}
