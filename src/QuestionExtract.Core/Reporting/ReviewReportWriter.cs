using System.Globalization;
using System.Text;
using QuestionExtract.Model;

namespace QuestionExtract.Reporting;

/// <summary>
/// Writes the review page: one self-contained HTML file (inline CSS and script, no external requests) with a
/// sortable, filterable index of documents and, per document, the source text with questions, answers and
/// analyses coloured, removed pieces struck through with their rule, warnings in place, and the extracted
/// records beside it. Document sections are kept as inert text and rendered when opened, so a page for a
/// thousand documents opens fast.
/// </summary>
public static class ReviewReportWriter
{
    public static string Write(IReadOnlyList<ReportEntry> entries, string title = "QuestionExtract review")
    {
        static string E(string? s) => SourceSpanMarker.Enc(s);
        var ok = entries.Where(e => e.Result is not null).ToList();
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        sb.Append("<header><h1>").Append(E(title)).Append("</h1>\n<p class=\"totals\">")
          .Append($"<output id=\"doc-count\">{entries.Count}</output> documents · ")
          .Append($"<output id=\"question-count\">{ok.Sum(e => e.Result!.Document.Questions.Count)}</output> questions · ")
          .Append($"<output id=\"answer-count\">{ok.Sum(e => e.Result!.Document.Questions.Count(q => q.Answer is not null))}</output> answers · ")
          .Append($"<output id=\"warning-count\">{ok.Sum(e => WarningCount(e.Result!.Document))}</output> warnings · ")
          .Append($"<output id=\"failed-count\">{entries.Count(e => e.Error is not null)}</output> failed</p>\n")
          .Append("<p class=\"legend\"><span class=\"f q\">question</span> <span class=\"f a\">answer</span> <span class=\"f n\">analysis</span> <del>removed (hover for the rule)</del> <span class=\"warn\">⚠ warning</span></p>\n")
          .Append("<label>Filter documents <input id=\"filter\" type=\"search\" placeholder=\"path, site, title…\"></label></header>\n<main>\n");

        sb.Append("<table id=\"index\">\n<caption>Documents (click a heading to sort, a row to open)</caption>\n<thead><tr>");
        foreach (var (label, type) in new[] { ("Document", "text"), ("Site", "text"), ("Questions", "num"), ("Answers", "num"), ("Warnings", "num"), ("Truncated", "text") })
            sb.Append($"<th scope=\"col\"><button type=\"button\" data-type=\"{type}\">{label}</button></th>");
        sb.Append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var d = e.Result?.Document;
            sb.Append($"<tr data-doc=\"d{i}\" class=\"{(e.Error is not null ? "failed" : d!.Warnings.Count > 0 ? "warned" : "")}\">")
              .Append($"<td><a href=\"#d{i}\">{E(e.Path)}</a>{(d?.Title is { } t ? $"<br><small>{E(t)}</small>" : "")}</td>")
              .Append($"<td>{E(d?.Site ?? (e.Error is not null ? "—" : ""))}</td>")
              .Append($"<td>{d?.Questions.Count ?? 0}</td><td>{d?.Questions.Count(q => q.Answer is not null) ?? 0}</td>")
              .Append($"<td>{(d is null ? 0 : WarningCount(d))}</td>")
              .Append($"<td>{(e.Error is not null ? "failed" : d!.Truncated ? "yes" : "no")}</td></tr>\n");
        }
        sb.Append("</tbody>\n</table>\n");

        for (int i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            sb.Append($"<details class=\"doc\" id=\"d{i}\"><summary>{E(e.Path)}</summary>\n");
            // Raw text to the HTML parser (no DOM is built for it) until the section is opened. Document text is
            // escaped, so "</script>" cannot occur inside.
            sb.Append($"<script type=\"text/x-qx-section\">{(e.Result is null ? $"<p class=\"error\">Could not be processed: {E(e.Error)}</p>" : DocumentSection(e.Result))}</script>\n</details>\n");
        }
        sb.Append("</main>\n<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static int WarningCount(ExtractedDocument d) => d.Warnings.Count + d.Questions.Sum(q => q.Warnings.Count);

    private static string DocumentSection(Pipeline.ExtractionResult result)
    {
        static string E(string? s) => SourceSpanMarker.Enc(s);
        var d = result.Document;
        var sb = new StringBuilder();
        sb.Append($"<div class=\"meta\" lang=\"{E(d.Language)}\"><b>{E(d.Title ?? "(no title)")}</b> · site {E(d.Site ?? "unknown")} · {E(d.Source.Format)}/{E(d.Source.Encoding)} · ")
          .Append(d.Truncated ? "truncated preview" : "complete").Append(d.DeclaredQuestionCount is { } n ? $" · states {n} questions" : "")
          .Append(" · removed: ").Append(string.Join(", ", d.Removed.Select(kv => $"{E(kv.Key)} ×{kv.Value}"))).Append("</div>\n");
        sb.Append($"<div class=\"cols\" lang=\"{E(d.Language)}\"><section class=\"source\" aria-label=\"source text\">\n")
          .Append(SourceSpanMarker.Render(result)).Append("</section>\n<section class=\"records\" aria-label=\"extracted questions\">\n");
        foreach (var q in d.Questions)
        {
            sb.Append($"<article class=\"rec\" data-q=\"{q.Index}\"><h3>{E(q.Number)} {E(q.Section)}{(q.Points is { } p ? $" · {p.ToString(CultureInfo.InvariantCulture)} points" : "")} · {E(q.Type)}</h3>")
              .Append($"<p class=\"f q\">{E(q.QuestionText)}</p>");
            if (q.Options is not null) sb.Append("<ol type=\"A\">").Append(string.Concat(q.Options.Select(o => $"<li>{E(o.Text)}</li>"))).Append("</ol>");
            sb.Append(q.Answer is null ? "<p class=\"missing\">no answer</p>" : $"<p class=\"f a\">{E(q.Answer)}</p>");
            if (q.Analysis is not null) sb.Append($"<p class=\"f n\">{E(q.Analysis)}</p>");
            if (q.Skills.Count > 0) sb.Append($"<p class=\"skills\">skills: {E(string.Join("、", q.Skills))}</p>");
            if (q.Warnings.Count > 0 || !q.Complete) sb.Append($"<p class=\"warn\">⚠ {E(string.Join(", ", q.Warnings.Concat(q.Complete ? [] : ["cut off"])))}</p>");
            sb.Append("</article>\n");
        }
        if (d.Preamble is not null) sb.Append($"<article class=\"rec\"><h3>preamble</h3><p>{E(d.Preamble)}</p></article>\n");
        foreach (var w in d.Warnings) sb.Append($"<p class=\"warn\">⚠ {E(w.Code)} {E(w.Location)}: {E(w.Message)}</p>\n");
        sb.Append("</section></div>\n");
        return sb.ToString();
    }

    private const string Css = """
        :root { color-scheme: light dark; --q: #dbeafe; --a: #dcfce7; --n: #fef9c3; --del: #9ca3af; --warn: #b45309; }
        @media (prefers-color-scheme: dark) { :root { --q: #1e3a5f; --a: #14532d; --n: #713f12; --del: #6b7280; --warn: #fbbf24; } }
        body { font-family: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; margin: 0 auto; max-width: 1400px; padding: 1rem; line-height: 1.6; }
        h1 { font-size: 1.4rem; margin: 0 0 .3rem; }
        .totals output { font-weight: bold; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
        th, td { border-bottom: 1px solid #8884; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        th button { font: inherit; font-weight: bold; background: none; border: 0; cursor: pointer; padding: 0; color: inherit; }
        tr.failed td { color: #b91c1c; } tr.warned td:nth-child(5) { color: var(--warn); font-weight: bold; }
        :focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
        details.doc { border: 1px solid #8884; border-radius: 6px; margin: .5rem 0; padding: .3rem .7rem; }
        summary { cursor: pointer; font-weight: bold; }
        .cols { display: grid; grid-template-columns: 3fr 2fr; gap: 1rem; }
        @media (max-width: 760px) { .cols { grid-template-columns: 1fr; } th:nth-child(2), td:nth-child(2), th:nth-child(6), td:nth-child(6) { display: none; } }
        .src { margin: .15rem 0; white-space: pre-wrap; word-break: break-word; }
        .f { border-radius: 3px; padding: 0 .1rem; }
        .f.q { background: var(--q); } .f.a { background: var(--a); } .f.n { background: var(--n); }
        del { color: var(--del); } .warn { color: var(--warn); } .missing { color: var(--warn); font-style: italic; }
        .rec { border-left: 3px solid #8886; padding-left: .6rem; margin-bottom: .8rem; } .rec h3 { font-size: .95rem; margin: 0; }
        .meta { font-size: .9rem; margin: .3rem 0 .6rem; }
        input[type=search] { font: inherit; padding: .2rem .4rem; min-width: 16rem; max-width: 100%; }
        """;

    private const string Script = """
        // Document sections are rendered from their inert script block when opened.
        document.querySelectorAll('details.doc').forEach(d => d.addEventListener('toggle', () => {
          const t = d.querySelector('script[type="text/x-qx-section"]');
          if (d.open && t) { t.insertAdjacentHTML('afterend', t.textContent); t.remove(); }
        }));
        document.querySelectorAll('#index tbody tr').forEach(r => r.addEventListener('click', e => {
          const d = document.getElementById(r.dataset.doc);
          if (e.target.tagName !== 'A') location.hash = r.dataset.doc;
          d.open = true; d.scrollIntoView();
        }));
        window.addEventListener('hashchange', () => { const d = document.getElementById(location.hash.slice(1)); if (d) d.open = true; });
        document.querySelectorAll('#index th button').forEach((b, col) => b.addEventListener('click', () => {
          const body = document.querySelector('#index tbody'), rows = [...body.rows], dir = b.dataset.dir === 'asc' ? -1 : 1;
          b.dataset.dir = dir === 1 ? 'asc' : 'desc';
          const key = r => b.dataset.type === 'num' ? Number(r.cells[col].textContent) : r.cells[col].textContent;
          rows.sort((x, y) => (key(x) > key(y) ? 1 : key(x) < key(y) ? -1 : 0) * dir).forEach(r => body.appendChild(r));
        }));
        document.getElementById('filter').addEventListener('input', e => {
          const q = e.target.value.toLowerCase();
          document.querySelectorAll('#index tbody tr').forEach(r => r.hidden = !r.textContent.toLowerCase().includes(q));
        });
        if (location.hash) { const d = document.getElementById(location.hash.slice(1)); if (d) d.open = true; }
        // ?open=all (or ?open=d3) opens sections without scrolling: for screenshots and checks.
        const open = new URLSearchParams(location.search).get('open');
        if (open) document.querySelectorAll('details.doc').forEach(d => { if (open === 'all' || d.id === open) d.open = true; });
        document.body.dataset.ready = 'true';
        """;
}
