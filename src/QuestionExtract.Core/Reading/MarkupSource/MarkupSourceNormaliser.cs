using QuestionExtract.Model;

namespace QuestionExtract.Reading.MarkupSource;

/// <summary>
/// Turns a document kept as markup source, read as text, into the blocks its rendering would give: headings as
/// headings, markup-only lines as furniture reported under the dialect's rule, inline markup taken out (and reported
/// beside its line). A document no dialect recognises is returned unchanged, so a page that quotes one macro keeps it.
/// </summary>
public static class MarkupSourceNormaliser
{
    private static readonly IMarkupDialect[] Dialects =
        [new OrgModeSource(), new LatexSource(), new RestructuredTextSource(), new AsciiDocSource(), new WikitextSource(), new BbCodeSource()];

    public static IReadOnlyList<Block> Normalise(IReadOnlyList<Block> blocks)
    {
        var lines = new List<string>();
        foreach (var block in blocks)
            if (IsProse(block)) lines.AddRange(block.Text.Split('\n'));
        if (lines.Count == 0) return blocks;
        var dialect = Dialects.FirstOrDefault(d => d.Recognises(lines));
        if (dialect is null) return blocks;
        var rendered = EmptiedSectionsDropped(dialect.Render(lines), lines);
        var result = new List<Block>(blocks.Count);
        int next = 0;
        foreach (var block in blocks)
        {
            if (!IsProse(block)) { result.Add(block); continue; }
            int count = block.Text.Split('\n').Length;
            var parts = rendered.Skip(next).Take(count).SelectMany(p => p).ToList();
            next += count;
            var removed = string.Join(" ", parts.Where(p => p.Removed.Length > 0).Select(p => p.Removed.Trim()).Where(r => r.Length > 0));
            if (count == 1 || dialect is BbCodeSource)
            {
                // A line of a text file, or of a post whose line breaks are its paragraphs: each part its own block,
                // the heading a dialect marks as a heading.
                foreach (var part in parts.Where(p => !p.IsMarkupOnly))
                    result.Add(part.Kind == BlockKind.Heading
                        ? block with { Text = part.Text, Kind = BlockKind.Heading, Level = part.Level }
                        : block with { Text = part.Text });
            }
            else
            {
                var shown = parts.Where(p => !p.IsMarkupOnly).Select(p => p.Text).ToList();
                if (shown.Count > 0) result.Add(block with { Text = string.Join("\n", shown) });
            }
            if (removed.Length > 0)
                result.Add(new Block(removed, BlockKind.PageFurniture, block.Location) { FurnitureRule = dialect.RuleId });
        }
        return result;
    }

    // A heading whose section held only markup (a references list, a comment block) titles nothing once the markup
    // is gone: it goes with it, under the same rule.
    private static IReadOnlyList<IReadOnlyList<MarkupLine>> EmptiedSectionsDropped(IReadOnlyList<IReadOnlyList<MarkupLine>> rendered, IReadOnlyList<string> lines)
    {
        var result = rendered.ToList();
        for (int i = 0; i < result.Count; i++)
        {
            if (result[i] is not [{ Kind: BlockKind.Heading } heading]) continue;
            bool markup = false, shown = false;
            for (int j = i + 1; j < result.Count && !shown; j++)
            {
                if (result[j].Any(p => p.Kind == BlockKind.Heading && p.Level <= heading.Level)) break;
                markup |= result[j].Any(p => p.IsMarkupOnly);
                shown = result[j].Any(p => !p.IsMarkupOnly && p.Text.Trim().Length > 0);
            }
            if (markup && !shown) result[i] = [MarkupLine.Markup(lines[i])];
        }
        return result;
    }

    // Tables and code keep their text as the source shows it; furniture is already set apart.
    private static bool IsProse(Block block) =>
        block.Kind is BlockKind.Paragraph or BlockKind.Heading or BlockKind.ListItem && block.Cells is null && !block.Code && block.FurnitureRule is null;
}
