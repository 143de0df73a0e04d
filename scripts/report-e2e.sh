#!/usr/bin/env bash
# End-to-end check of the review page: builds a report from samples/, lets headless Chromium run it, and
# checks the rendered DOM (after the page's script ran) against the extraction itself; saves a screenshot.
# Needs Debian's chromium (and a CJK font for a readable screenshot); .ci/run installs them when missing.
# usage: scripts/report-e2e.sh [ARTIFACT_DIR]   prints "report e2e: ok" or the failed checks; exit 0/1
set -euo pipefail
cd "$(dirname "$0")/.."
artifacts=${1:-TestResults/report-e2e}
mkdir -p "$artifacts"
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || { echo "report e2e: chromium not found (Debian: apt-get install chromium)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

qx=(dotnet src/QuestionExtract.Cli/bin/Debug/net10.0/qextract.dll)
[ -f "${qx[1]}" ] || dotnet build -v quiet -nologo src/QuestionExtract.Cli > /dev/null
"${qx[@]}" report samples/ -o "$work/report.html"
"${qx[@]}" extract samples/ -f json --quiet > "$work/extract.json"

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$work/profile" --hide-scrollbars)
"$chromium" "${flags[@]}" --dump-dom "file://$work/report.html?open=all" > "$work/dom.html" 2> /dev/null
"$chromium" "${flags[@]}" --window-size=1280,1100 --screenshot="$artifacts/report.png" "file://$work/report.html?open=d1" > /dev/null 2>&1
cp "$work/report.html" "$artifacts/"

python3 - "$work/dom.html" "$work/extract.json" <<'PY'
import json, re, sys
from html.parser import HTMLParser
dom = open(sys.argv[1], encoding="utf-8").read()
docs = json.load(open(sys.argv[2], encoding="utf-8"))

class Counter(HTMLParser):
    def __init__(self):
        super().__init__(); self.tags = {}; self.ready = None; self.outputs = {}; self._out = None; self.external = []; self.lang = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs); cls = a.get("class", "") or ""
        for key in [tag] + [f"{tag}.{c}" for c in cls.split()]:
            self.tags[key] = self.tags.get(key, 0) + 1
        if tag == "body": self.ready = a.get("data-ready")
        if tag == "html": self.lang = a.get("lang")
        if tag == "output": self._out = a.get("id")
        for k in ("src", "href"):
            if re.match(r"^(https?:)?//", a.get(k) or ""): self.external.append(a[k])
    def handle_data(self, data):
        if self._out: self.outputs[self._out] = data.strip(); self._out = None

c = Counter(); c.feed(dom)
questions = sum(len(d["questions"]) for d in docs)
removed = sum(sum(d["removed"].values()) for d in docs)
preambles = sum(1 for d in docs if d.get("preamble"))
checks = {
    "script ran (body data-ready)": c.ready == "true",
    "html lang set": c.lang == "zh",
    "one index row per document": c.tags.get("tr", 0) - 1 == len(docs),
    "document count shown": c.outputs.get("doc-count") == str(len(docs)),
    "question count shown": c.outputs.get("question-count") == str(questions),
    "every document section rendered": c.tags.get("details.doc", 0) == len(docs) and '<script type="text/x-qx-section">' not in dom,
    "one record per question (+ preambles)": c.tags.get("article.rec", 0) == questions + preambles,
    "every removed piece struck through": c.tags.get("del", 0) == removed + 1,  # +1: the legend
    "question spans marked": c.tags.get("span.q", 0) >= questions,
    "no external requests": not c.external,
}
failed = [name for name, ok in checks.items() if not ok]
for name in failed: print("report e2e: FAILED", name)
print(f"report e2e: {'ok' if not failed else 'failed'} ({len(checks) - len(failed)}/{len(checks)} checks; {questions} questions, {removed} removed pieces)")
sys.exit(1 if failed else 0)
PY
