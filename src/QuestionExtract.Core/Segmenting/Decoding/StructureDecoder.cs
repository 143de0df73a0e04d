using System.Globalization;
using QuestionExtract.Segmenting.Scoring;

namespace QuestionExtract.Segmenting.Decoding;

/// <summary>
/// Chooses the questions of the whole document at once: a Viterbi search over the question candidates in
/// document order, where each kept candidate earns its score and each step between two kept candidates earns
/// or pays its transition (the next number earns, a gap or a restart without a heading costs, a change of
/// numbering family costs). Any candidate can be skipped. Headings and the answer-key heading are decided first
/// (<see cref="SectionPlanner"/>); a heading between two questions makes a restart at 1 free.
/// </summary>
public sealed class StructureDecoder(DecoderWeights weights, CandidateScorer scorer, SectionPlanner planner, ExamInstructionsDetector instructions, TableOfContentsDetector contents, MaterialStemDetector materials, TopicListDetector topicLists, KeyTableDetector keyTables)
{

    // The transition weights, read once: the search evaluates transitions many times per candidate.
    private readonly double _backward = weights["transitions.backward"];
    private readonly double _continuity = weights["transitions.continuity"];
    private readonly double _delimiterChange = weights["transitions.delimiterChange"];
    private readonly double _indentChange = weights["transitions.indentChange"];
    private readonly double _familySwitch = weights["transitions.familySwitch"];
    private readonly double _familySwitchAfterSection = weights["transitions.familySwitchAfterSection"];
    private readonly double _bulletsAfterNumbered = weights["transitions.bulletsAfterNumbered"];
    private readonly double _gap = weights["transitions.gap"];
    private readonly double _gapMax = weights["transitions.gapMax"];
    private readonly double _gapPerNumber = weights["transitions.gapPerNumber"];
    private readonly double _repeat = weights["transitions.repeat"];
    private readonly double _restart = weights["transitions.restart"];
    private readonly double _startAtOne = weights["transitions.startAtOne"];
    private readonly double _startLaterMax = weights["transitions.startLaterMax"];
    private readonly double _startLaterPerNumber = weights["transitions.startLaterPerNumber"];
    private readonly double _unnumberedContinuity = weights["transitions.unnumberedContinuity"];
    private readonly double _outOfOrderScore = weights["outOfOrderScore"];

    private readonly record struct Node(int Item, double Score, int Prev);

    public DecodedStructure Decode(DocumentText document, IReadOnlyList<StructuralToken> candidates)
    {
        var text = document.Text;
        var toc = contents.Detect(text, candidates);
        var rules = instructions.Detect(text, candidates);
        var stemParts = materials.Detect(document, candidates);
        var topics = topicLists.Detect(document, candidates);
        var topicItems = topics.Select(t => t.Item).ToHashSet();
        var keyRows = keyTables.Detect(document, candidates);
        var usable = candidates.Where(t => !toc.Entries.Contains(t) && !rules.Contains(t) && !stemParts.Contains(t) && !topicItems.Contains(t) && !keyRows.Contains(t)).ToList();
        foreach (var (start, end, heading) in toc.Headings)
            usable.Add(new StructuralToken { Kind = TokenKind.Section, Start = start, End = end, Label = "", HeadingText = heading, AtLineStart = true });
        // A topic's item heads the questions nested under it, as a heading would.
        usable.AddRange(topics.Select(t => t.Heading));
        usable.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));

        var plan = planner.Decide(document, usable);
        var items = plan.Items;
        var features = scorer.Score(document, items, plan.AnswerKeys, plan.Headings);
        var region = Regions(document, items, features, plan.Headings, plan.AnswerKeys);

        var path = BestPath(items, features, region);
        // A heading kept for the item right under it, which the search then left in an answer, is that answer's
        // own sub-heading (用法 / 优点 / 缺点 inside an answer): it heads nothing, and the restart it made free
        // was no restart. Decided again without it.
        // (A question kept out of order counts as kept here.)
        var outOfOrder = OutOfOrder(text, items, features, region, path);
        var idle = IdleHeadings(text, plan.Headings, items, [.. path.Concat(outOfOrder).Order()], toc);
        if (idle.Count > 0)
        {
            plan = plan with { Headings = plan.Headings.Where(h => !idle.Contains(h)).ToList() };
            region = Regions(document, items, features, plan.Headings, plan.AnswerKeys);
            path = BestPath(items, features, region);
            outOfOrder = OutOfOrder(text, items, features, region, path);
        }
        var kept = WithoutEntryPoints(items, plan.AnswerKeys, path);
        var entryPoints = path.Except(kept).ToHashSet();
        // Decided with the entries, an entry's points may have beaten the next entry (4.【答案要点】 ⏎ （1）…（4） ⏎
        // 5.【答案要点】 ⏎ （1）… read as one run of points that restarts): decided again without them.
        if (entryPoints.Count > 0)
        {
            path = BestPath(items, features, region, entryPoints);
            outOfOrder = OutOfOrder(text, items, features, region, path);
            kept = WithoutEntryPoints(items, plan.AnswerKeys, path);
            entryPoints.UnionWith(path.Except(kept));
        }
        path = kept;
        var accepted = new HashSet<int>(path);

        var confidence = new Dictionary<StructuralToken, double>();
        var notes = new Dictionary<StructuralToken, NumberingNote>();
        for (int k = 0; k < path.Count; k++)
        {
            int c = path[k];
            int? p = k > 0 ? path[k - 1] : null, q = k + 1 < path.Count ? path[k + 1] : null;
            double gain = features[c].Score + Transition(items, region, p, c).Cost
                          + (q is { } next ? Transition(items, region, c, next).Cost - Transition(items, region, p, next).Cost : 0);
            confidence[items[c]] = 1 / (1 + Math.Exp(-gain));
            if (p is { } prev && Transition(items, region, prev, c).Kind == Step.Gap)
                notes[items[c]] = new("numbering-gap", $"numbers {items[prev].Number + 1}–{items[c].Number - 1} are missing before {items[c].Label}");
        }
        var rescued = outOfOrder.ToHashSet();
        foreach (var c in rescued)
        {
            accepted.Add(c);
            confidence[items[c]] = 1 / (1 + Math.Exp(-(features[c].Score - _outOfOrderScore)));
            path.Add(c);
        }
        path.Sort();
        for (int k = 1; k < path.Count; k++)
            if (rescued.Contains(path[k]))
                notes[items[path[k]]] = new("numbering-order", $"{items[path[k]].Label} is out of order after {items[path[k - 1]].Label}; kept as a question for what it says");

        // The decisions are words for explain --structure; a plain extraction never asks for them.
        var decisions = new Lazy<IReadOnlyList<CandidateDecision>>(() => Decisions(usable, plan, items, features, region, accepted, rescued, confidence, toc, rules, stemParts, topicItems, keyRows, entryPoints));

        var tokens = plan.Headings.Concat(path.Select(i => items[i])).ToList();
        tokens.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));
        return new DecodedStructure(tokens, confidence, notes, decisions, toc, plan.AnswerKeys);
    }

    private List<CandidateDecision> Decisions(List<StructuralToken> usable, SectionPlanner.Plan plan, IReadOnlyList<StructuralToken> items,
        IReadOnlyList<CandidateFeatures> features, RegionMap region, HashSet<int> accepted, HashSet<int> rescued, Dictionary<StructuralToken, double> confidence, TableOfContentsDetector.Result toc, IReadOnlySet<StructuralToken> rules, IReadOnlySet<StructuralToken> stemParts, IReadOnlySet<StructuralToken> topicItems, IReadOnlySet<StructuralToken> keyRows, HashSet<int> entryPoints)
    {
        var decisions = new List<CandidateDecision>();
        foreach (var h in plan.Headings) decisions.Add(new CandidateDecision(h, null, true, 1, h.Kind == TokenKind.AnswerKey ? "answer-key heading" : "section heading"));
        foreach (var t in usable.Where(t => t.Kind != TokenKind.Item && !plan.Headings.Contains(t)))
            decisions.Add(new CandidateDecision(t, null, false, 0, "heading rejected: no question follows it directly, or its numeral does not count on"));
        int lastAccepted = -1;
        for (int i = 0; i < items.Count; i++)
        {
            if (rescued.Contains(i))
            {
                decisions.Add(new CandidateDecision(items[i], features[i], true, confidence[items[i]], "kept out of order: a question on its own evidence, though its number does not count on"));
                continue;
            }
            if (accepted.Contains(i))
            {
                int? before = lastAccepted < 0 ? null : lastAccepted;
                decisions.Add(new CandidateDecision(items[i], features[i], true, confidence[items[i]], Describe(Transition(items, region, before, i).Kind, items, before, i)));
                lastAccepted = i;
                continue;
            }
            if (entryPoints.Contains(i))
            {
                decisions.Add(new CandidateDecision(items[i], features[i], false, 0, "a point of the answer-key entry above it"));
                continue;
            }
            int? last = lastAccepted < 0 ? null : lastAccepted;
            var (cost, step) = Transition(items, region, last, i);
            var kind = Describe(step, items, last, i);
            var why = features[i].Score + cost <= 0
                ? $"score {Format(features[i].Score)} {kind} {Format(cost)}"
                : $"a better sequence skips it ({kind} {Format(cost)}, score {Format(features[i].Score)})";
            decisions.Add(new CandidateDecision(items[i], features[i], false, 0, why));
        }
        foreach (var t in toc.Entries) decisions.Add(new CandidateDecision(t, null, false, 0, "table-of-contents entry"));
        foreach (var t in rules) decisions.Add(new CandidateDecision(t, null, false, 0, "exam instructions to candidates"));
        foreach (var t in stemParts) decisions.Add(new CandidateDecision(t, null, false, 0, "part of a material question's stem"));
        foreach (var t in topicItems) decisions.Add(new CandidateDecision(t, null, false, 0, "names the topic of the questions nested under it (a section)"));
        foreach (var t in keyRows) decisions.Add(new CandidateDecision(t, null, false, 0, "a row's number in an answer-key table"));
        decisions.Sort((a, b) => a.Candidate.Start.CompareTo(b.Candidate.Start));
        return decisions;

    }

    // In an answer key, items in another numbering style than its entries, after an entry (5． ⏎ （1）识记材料的性质…
    // （2）…), are that entry's points, not entries of their own.
    private static List<int> WithoutEntryPoints(IReadOnlyList<StructuralToken> items, AnswerKeyRegions keys, List<int> path)
    {
        if (keys.Count == 0) return path;
        var kept = new List<int>(path.Count);
        (int Start, int End)? key = null;
        MarkerFamily? entries = null;
        int r = 0;
        foreach (int c in path)
        {
            var t = items[c];
            // The path runs in document order: a key that ended before this item holds none of the later ones.
            while (r < keys.Count && keys.All[r].End <= t.Start) r++;
            if (r == keys.Count || t.Start <= keys.All[r].Start) { key = null; kept.Add(c); continue; }
            var region = keys.All[r];
            if (key != region) (key, entries) = (region, t.Family);
            else if (t.Family != entries && t.Family is MarkerFamily.Parenthesized or MarkerFamily.Circled) continue;
            kept.Add(c);
        }
        return kept;
    }

    // A question that says it is one (it opens its line and asks, or has sub-questions, scoring at least
    // outOfOrderScore) and was left out only for its number (25 and 24 printed between 19 and 20, 7 after 10):
    // the number is the author's slip, the question is still there. Not for restarts or repeats (a second
    // listing of the same questions), nor for a point nested in another item or the next point of a list that
    // was left out (an answer's steps).
    private List<int> OutOfOrder(string text, IReadOnlyList<StructuralToken> items, IReadOnlyList<CandidateFeatures> features, RegionMap region, List<int> path)
    {
        var result = new List<int>();
        if (path.Count == 0) return result;
        var kept = new HashSet<int>(path);
        // What each kept number opens with: a second listing repeats the number with the same words.
        var numbers = new Dictionary<(MarkerFamily, int, int), List<string>>();
        foreach (var i in path)
            if (items[i].Number is { } kn)
                Listed(numbers, (items[i].Family, kn, region[i])).Add(OpeningWords(text, items[i]));
        int k = 0;
        for (int i = 0; i < items.Count; i++)
        {
            while (k < path.Count && path[k] < i) k++;
            if (kept.Contains(i) || k == 0) continue;
            int before = path[k - 1];
            var c = items[i];
            if (features[i].Score < _outOfOrderScore || !(features[i].Asks || features[i].SubQuestionsFollow) || !c.AtLineStart || features[i].NestedUnderItem || c.Number is not { } n) continue;
            if (items[before].Family != c.Family || items[before].End > c.Start || (k < path.Count && items[path[k]].Family != c.Family)) continue;
            // Printed like the questions around it (1. among 1.): a 2、 among 1. items is a page number or a point.
            if (items[before].Delimiter != c.Delimiter) continue;
            if (Transition(items, region, before, i).Kind is not (Step.Gap or Step.Backward)) continue;
            // The next point of a list left out before it (an answer's steps 1. 2. 3.): not out of order at all.
            int sibling = i - 1;
            while (sibling > before && items[sibling].Family != c.Family) sibling--;
            if (sibling > before && items[sibling].Number == n - 1) continue;
            // The same number kept already: a second listing of that question, unless the words differ (an
            // author's slip in a list Markdown renumbers anyway: 1, 2, 5, 3, 4, 5).
            var opening = OpeningWords(text, c);
            var same = Listed(numbers, (c.Family, n, region[i]));
            if (same.Any(o => o.Length == 0 || opening.Length == 0 || o.StartsWith(opening, StringComparison.Ordinal) || opening.StartsWith(o, StringComparison.Ordinal))) continue;
            same.Add(opening);
            result.Add(i);
        }
        return result;
    }

    private static List<string> Listed(Dictionary<(MarkerFamily, int, int), List<string>> numbers, (MarkerFamily, int, int) key)
    {
        if (!numbers.TryGetValue(key, out var list)) numbers[key] = list = [];
        return list;
    }

    // The first words after an item's marker, folded (case, spacing), to tell a repeated question from a repeated number.
    private const int OpeningCompared = 12;

    private static string OpeningWords(string text, StructuralToken item)
    {
        int end = text.IndexOf('\n', item.End);
        if (end < 0) end = text.Length;
        var folded = new System.Text.StringBuilder();
        foreach (var ch in text.AsSpan(item.End, end - item.End))
        {
            if (char.IsLetterOrDigit(ch)) folded.Append(char.ToLowerInvariant(ch));
            if (folded.Length == OpeningCompared) break;
        }
        return folded.ToString();
    }

    // Predecessors tried per candidate besides the ones its number points to: the best kept sequences so far.
    private const int TopCount = 16;

    private List<int> BestPath(IReadOnlyList<StructuralToken> items, IReadOnlyList<CandidateFeatures> features, RegionMap region, HashSet<int>? excluded = null)
    {
        // Exact Viterbi would try every earlier state. The transitions that earn (the next number, a restart
        // after a heading) are looked up directly; the others cost a fixed or bounded amount (a gap at most
        // gapMax), so their best predecessor is among the best sequences so far, up to that bound.
        var nodes = new List<Node>();
        var byNumber = new Dictionary<(MarkerFamily, int), int>();
        var byNumberInRegion = new Dictionary<(MarkerFamily, int, int), int>();
        var byFamilyRegion = new Dictionary<(MarkerFamily, int), int>();
        var top = new List<int>(TopCount + 1);
        // The nodes tried for candidate c are marked c + 1 (one node per candidate, so node indexes stay below items.Count).
        var tried = new int[items.Count];
        int best = -1;
        for (int c = 0; c < items.Count; c++)
        {
            if (excluded is not null && excluded.Contains(c)) continue;
            var item = items[c];
            double score = features[c].Score + Transition(items, region, null, c).Cost;
            int prev = -1;
            void Try(int nodeIndex)
            {
                if (tried[nodeIndex] == c + 1) return;
                tried[nodeIndex] = c + 1;
                var node = nodes[nodeIndex];
                if (items[node.Item].End > item.Start) return;
                double s = node.Score + Transition(items, region, node.Item, c).Cost + features[c].Score;
                if (s > score) { score = s; prev = nodeIndex; }
            }
            if (item.Number is { } n)
            {
                if (byNumber.TryGetValue((item.Family, n - 1), out var p1)) Try(p1);
                if (byNumberInRegion.TryGetValue((item.Family, n - 1, region[c]), out var p2)) Try(p2);
                for (int r = region[c] - 1; r >= Math.Max(0, region[c] - 3); r--)
                    if (byFamilyRegion.TryGetValue((item.Family, r), out var p3)) Try(p3);
            }
            foreach (var t in top) Try(t);

            nodes.Add(new Node(c, score, prev));
            int index = nodes.Count - 1;
            Keep(byNumber, (item.Family, item.Number ?? -1), index, nodes);
            Keep(byNumberInRegion, (item.Family, item.Number ?? -1, region[c]), index, nodes);
            Keep(byFamilyRegion, (item.Family, region[c]), index, nodes);
            if (top.Count < TopCount || score > nodes[top[^1]].Score)
            {
                int at = -1;
                for (int k = 0; k < top.Count; k++)
                    if (nodes[top[k]].Score < score) { at = k; break; }
                top.Insert(at < 0 ? top.Count : at, index);
                if (top.Count > TopCount) top.RemoveAt(top.Count - 1);
            }
            if (best < 0 || score > nodes[best].Score) best = index;
        }
        var path = new List<int>();
        if (best < 0 || nodes[best].Score <= 0) return path;
        for (int n = best; n >= 0; n = nodes[n].Prev) path.Add(nodes[n].Item);
        path.Reverse();
        return path;
    }

    private static void Keep<TKey>(Dictionary<TKey, int> map, TKey key, int index, List<Node> nodes) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var old) || nodes[old].Score < nodes[index].Score) map[key] = index;
    }

    private enum Step { First, StartsAtOne, StartsLater, FamilySwitch, Continues, ContinuesNumber, RestartAfterHeading, ContinuesKeyRange, RestartUnderGroupLabel, ContinuesOddKey, Restart, Gap, Repeat, Backward }

    /// <summary>The weight of going from kept candidate <paramref name="from"/> (null: the start) to <paramref name="to"/>, and its kind.</summary>
    private (double Cost, Step Kind) Transition(IReadOnlyList<StructuralToken> items, RegionMap region, int? from, int to)
    {
        var c = items[to];
        if (from is not { } f)
        {
            if (c.Number is not { } first) return (0, Step.First);
            return first == 1 ? (_startAtOne, Step.StartsAtOne)
                : (-Math.Min(_startLaterMax, _startLaterPerNumber * (first - 1)), Step.StartsLater);
        }
        var p = items[f];
        bool boundary = region[f] != region[to];
        // A part holding one unnumbered question (Part 2 - Cue Card ⏎ Describe a time…) between numbered parts: the
        // question neither continues nor breaks their numbering, and the next part starts at 1 after its heading.
        if (boundary && p.Family != c.Family && (p.Family == MarkerFamily.Asking || c.Family == MarkerFamily.Asking))
        {
            if (c.Family == MarkerFamily.Asking) return (0, Step.FamilySwitch);
            // Under a heading of its own: an asking title above the first part is no part's question.
            if (c.Number == 1 && region[f] > 0) return (_continuity, Step.RestartAfterHeading);
        }
        // Bullets right after a numbered question, with no heading between, are that question's points (tips,
        // steps), however many of them ask.
        if (p.Family != c.Family)
            return (-(boundary ? _familySwitchAfterSection : c.Family == MarkerFamily.Bullet && p.Number is not null ? _bulletsAfterNumbered : _familySwitch), Step.FamilySwitch);
        if (p.Number is not { } last || c.Number is not { } n)
            return (_unnumberedContinuity, Step.Continues);
        double delimiter = (p.Delimiter != c.Delimiter ? -_delimiterChange : 0) + (p.IndentedApartFrom(c) ? -_indentChange : 0);
        if (n == last + 1) return (_continuity + delimiter, Step.ContinuesNumber);
        if (boundary && n == 1 && !region.UnderItem(to)) return (_continuity + delimiter, Step.RestartAfterHeading);
        if (boundary && region.AfterKeyRange(to)) return (_continuity + delimiter, Step.ContinuesKeyRange);
        if (c.AfterGroupLabel && n == 1) return (_continuity + delimiter, Step.RestartUnderGroupLabel);
        // A key that answers the odd-numbered exercises only (1. … 3. … 5. …), as a textbook's does, counts by two.
        if (region.InKey(f) && region.InKey(to) && last % 2 == 1 && n == last + 2) return (_continuity + delimiter, Step.ContinuesOddKey);
        if (n == 1) return (-_restart + delimiter, Step.Restart);
        if (n > last + 1)
            return (-Math.Min(_gapMax, _gap + _gapPerNumber * (n - last - 2)) + delimiter, Step.Gap);
        if (n == last) return (-_repeat + delimiter, Step.Repeat);
        return (-_backward + delimiter, Step.Backward);
    }

    private static string Describe(Step step, IReadOnlyList<StructuralToken> items, int? from, int to)
    {
        var p = from is { } f ? items[f] : null;
        var c = items[to];
        return step switch
        {
            Step.First => "first",
            Step.StartsAtOne => "starts at 1",
            Step.StartsLater => $"starts at {c.Number}",
            Step.FamilySwitch => $"family switch from {p?.Family}",
            Step.Continues => "continues",
            Step.ContinuesNumber => $"continues {p?.Number}",
            Step.RestartAfterHeading => "restarts after a heading",
            Step.ContinuesKeyRange => "goes on from the key's ranges",
            Step.RestartUnderGroupLabel => "restarts under a group label",
            Step.ContinuesOddKey => $"goes on from {p?.Number} among the key's odd numbers",
            Step.Restart => $"restart after {p?.Number} without a heading",
            Step.Gap => $"gap after {p?.Number}",
            Step.Repeat => $"repeats {p?.Number}",
            _ => $"goes back after {p?.Number}",
        };
    }

    // Unnumbered section headings (a numbered one also counts on) with text between them and the first question
    // or heading kept after them. A table of contents' own heading is not one of them: its entries stand under it.
    private static HashSet<StructuralToken> IdleHeadings(string text, IReadOnlyList<StructuralToken> headings, IReadOnlyList<StructuralToken> items, List<int> path, TableOfContentsDetector.Result toc)
    {
        var idle = new HashSet<StructuralToken>();
        int k = 0;
        for (int h = 0; h < headings.Count; h++)
        {
            var heading = headings[h];
            if (heading.Kind != TokenKind.Section || heading.Number is not null || toc.Headings.Any(t => t.Start == heading.Start)) continue;
            while (k < path.Count && items[path[k]].Start < heading.End) k++;
            int next = Math.Min(k < path.Count ? items[path[k]].Start : text.Length, h + 1 < headings.Count ? headings[h + 1].Start : text.Length);
            if (next > heading.End && !text.AsSpan(heading.End, next - heading.End).IsWhiteSpace()) idle.Add(heading);
        }
        return idle;
    }

    // For each item, how many headings come before it (both lists are in document order).
    // The stretch of headings each item stands under. Inside an answer key, a part's numeral printed before the
    // part's first entry (二、1. ×) starts a stretch too: the key's numbering may start again there.
    private static RegionMap Regions(DocumentText document, IReadOnlyList<StructuralToken> items, IReadOnlyList<CandidateFeatures> features, IReadOnlyList<StructuralToken> headings, AnswerKeyRegions keys)
    {
        var starts = headings.Select(h => h.Start).ToList();
        if (keys.Count > 0)
            foreach (var t in items)
                if (keys.Contains(t.Start) && !t.AtLineStart && KeyPartNumeral.IsAlone(document.Text.AsSpan(document.LineStart(t.Start), t.Start - document.LineStart(t.Start))))
                    starts.Add(t.Start - 1);
        starts.Sort();
        var region = new int[items.Count];
        var afterRange = new HashSet<int>();
        var underItem = new bool[items.Count];
        int h = 0;
        bool itemInRegion = false;
        for (int i = 0; i < items.Count; i++)
        {
            int before = h;
            while (h < starts.Count && starts[h] < items[i].Start) h++;
            region[i] = h;
            if (h != before) itemInRegion = false;
            // A nested item under an item of its own region: its list starts under that item, not under the heading.
            underItem[i] = features[i].NestedUnderItem && itemInRegion;
            itemInRegion |= !features[i].NestedUnderItem;
            // A key's first entry under its compact ranges (1-5 BACAB ⏎ [二、简答题 ⏎] 6．…) goes on from the
            // ranges' last number.
            // So does a key whose questions start past 1 (a part kept on its own, 17．… 19．; its key 17．解：…) at that
            // number.
            if (items[i].Number is int n && n > 1 && keys.All.LastOrDefault(k => k.Start <= items[i].Start && items[i].Start < k.End) is { End: > 0 } key
                && (i == 0 || items[i - 1].Start < key.Start)
                && (AnswerKeyRanges.LastNumberIn(document.Text, key.Start, items[i].Start) == n - 1 || (items[i].AtLineStart && keys.FirstNumber(key.Start) == n)))
                afterRange.Add(i);
        }
        return new RegionMap(region, afterRange, [.. items.Select(t => keys.Contains(t.Start))], underItem);
    }

    /// <summary>
    /// The stretch of headings each candidate stands under, the key entries whose numbers go on from a
    /// compact key's ranges above them, which candidates stand in a key, and which are nested under an item.
    /// </summary>
    private sealed class RegionMap(int[] regions, HashSet<int> afterKeyRange, bool[] inKey, bool[] underItem)
    {
        /// <summary>A nested item with an item of its region's before it (its parent): no heading starts its list.</summary>
        public bool UnderItem(int item) => underItem[item];

        public int this[int item] => regions[item];

        public bool AfterKeyRange(int item) => afterKeyRange.Contains(item);

        public bool InKey(int item) => inKey[item];
    }

    private static string Format(double value) => value.ToString("+0.0;-0.0", CultureInfo.InvariantCulture);
}
