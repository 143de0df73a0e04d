#!/usr/bin/env bash
# Whole-process benchmark: generates a deterministic synthetic corpus (txt/docx/html in the seeds' layouts,
# every tenth document large), times `qextract extract` over it as one process, and prints docs/s, MB/s and
# peak memory. On the docx+html part it also times pandoc (one process per file) and mammoth's raw-text
# extraction (one node process), when they are installed; it installs nothing and says what is missing.
# It times the installed tool, as users get it: `dotnet pack` (native where a C compiler exists), then
# `dotnet tool install` from the package folder into a private tool path; BENCH_NUPKG=FOLDER installs from
# packages already packed instead of packing again, BENCH_BUILD=jit times the JIT build only. The JIT build's
# figures stay beside the tool's: the first corpus and start-up are timed with both.
#
# usage: scripts/benchmark.sh [N=1000] [N2]     N2: a second, larger corpus to check memory stays flat
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${1:-1000}")
[ -n "${2:-}" ] && sizes+=("$2")
work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (/usr/bin/time; Debian: apt-get install time)"; exit 2; }

dotnet build -c Release -v quiet -nologo src/QuestionExtract.Cli >/dev/null
dotnet build -c Release -v quiet -nologo benchmarks/QuestionExtract.Benchmarks >/dev/null
jit=(dotnet src/QuestionExtract.Cli/bin/Release/net10.0/qextract.dll)
gen=(dotnet benchmarks/QuestionExtract.Benchmarks/bin/Release/net10.0/QuestionExtract.Benchmarks.dll)

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sm), dotnet $(dotnet --version)"
timed() { /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null; read -r secs kib < "$work/time"; }

qx=("${jit[@]}")
build="JIT build"
if [ "${BENCH_BUILD:-tool}" != jit ]; then
  nupkg=${BENCH_NUPKG:-}
  pack_args=()
  { command -v clang || command -v gcc; } > /dev/null || { pack_args=(-p:ToolPackageRuntimeIdentifiers=any); echo "no C compiler: timing the framework-dependent tool package"; }
  if [ -z "$nupkg" ]; then
    nupkg="$work/nupkg"; rm -rf "$nupkg"
    dotnet pack src/QuestionExtract.Cli -c Release -o "$nupkg" -nologo -v quiet "${pack_args[@]}" > "$work/pack.log" 2>&1 \
      || { echo "dotnet pack failed (see $work/pack.log)"; exit 1; }
  fi
  rm -rf "$work/tools"
  NUGET_PACKAGES="$work/nuget" dotnet tool install --tool-path "$work/tools" --add-source "$nupkg" --no-http-cache QuestionExtract > "$work/install.log" 2>&1 \
    || { echo "dotnet tool install failed (see $work/install.log)"; exit 1; }
  qx=("$work/tools/qextract")
  if find "$work/tools/.store" -name qextract.dll | grep -q .; then build="installed tool (framework-dependent)"; else build="installed tool (native AOT)"; fi
fi
echo "timing the $build"

for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  [ -d "$corpus" ] || "${gen[@]}" corpus "$corpus" "$n" > /dev/null
  mb=$(du -sm --apparent-size "$corpus" | cut -f1)
  timed "${qx[@]}" extract "$corpus" -o "$work/out-$n" --quiet --force
  echo "qextract, $n documents ($mb MB, txt+docx+html): ${secs}s, $(awk "BEGIN{printf \"%.0f\", $n/$secs}") docs/s, $(awk "BEGIN{printf \"%.1f\", $mb/$secs}") MB/s, peak $((kib / 1024)) MiB"
  if [ "$build" != "JIT build" ] && [ "$n" = "${sizes[0]}" ]; then
    timed "${jit[@]}" extract "$corpus" -o "$work/out-jit-$n" --quiet --force
    echo "  the JIT build, same corpus: ${secs}s, $(awk "BEGIN{printf \"%.0f\", $n/$secs}") docs/s, peak $((kib / 1024)) MiB"
  fi
done

# Start-up: one small file, ten runs of each build.
one=$(find "$work/corpus-${sizes[0]}" -name '*.docx' | sort | head -1)
startup() { local start; start=$(date +%s.%N); for _ in 1 2 3 4 5 6 7 8 9 10; do "$@" extract "$one" > /dev/null 2>&1; done; awk "BEGIN{printf \"%.3f\", ($(date +%s.%N) - $start) / 10}"; }
version() { local start; start=$(date +%s.%N); for _ in 1 2 3 4 5 6 7 8 9 10; do "$@" --version > /dev/null 2>&1; done; awk "BEGIN{printf \"%.3f\", ($(date +%s.%N) - $start) / 10}"; }
if [ "$build" != "JIT build" ]; then
  echo "start-up, one small docx: JIT build $(startup "${jit[@]}") s, $build $(startup "${qx[@]}") s"
  echo "start-up, --version: JIT build $(version "${jit[@]}") s, $build $(version "${qx[@]}") s"
else
  echo "start-up, one small docx: JIT build $(startup "${jit[@]}") s"
fi

# Comparison on the docx and html files of the first corpus.
n=${sizes[0]}
dh="$work/docx-html-$n"
rm -rf "$dh" && mkdir -p "$dh"
find "$work/corpus-$n" -name '*.docx' -o -name '*.html' | sort | while read -r f; do ln -s "$f" "$dh/$(basename "$f")"; done
files=$(find "$dh" -type l | wc -l)
timed "${qx[@]}" extract "$dh" -o "$work/out-dh-$n" --quiet --force --no-repetition
qsecs=$secs
echo "qextract on the $files docx+html files: ${qsecs}s (structured output)"

if command -v pandoc > /dev/null; then
  start=$(date +%s.%N)
  for f in "$dh"/*; do pandoc -t plain "$f" -o /dev/null; done
  psecs=$(awk "BEGIN{print $(date +%s.%N) - $start}")
  echo "pandoc -t plain, one process per file: ${psecs}s  → qextract is $(awk "BEGIN{printf \"%.1f\", $psecs/$qsecs}")× faster"
else
  echo "pandoc: not installed (Debian: apt-get install pandoc); comparison skipped"
fi

mammoth_dir=${MAMMOTH_DIR:-}
if [ -z "$mammoth_dir" ] && node -e "require.resolve('mammoth')" 2>/dev/null; then mammoth_dir=$(node -e "console.log(require('path').dirname(require.resolve('mammoth/package.json')))"); fi
if [ -n "$mammoth_dir" ]; then
  cat > "$work/mammoth.js" <<JS
const mammoth = require("$mammoth_dir");
const fs = require("fs"), path = require("path");
(async () => {
  for (const f of fs.readdirSync(process.argv[2]).filter(f => f.endsWith(".docx")).sort())
    await mammoth.extractRawText({ path: path.join(process.argv[2], f) });
})();
JS
  # Median of three runs each: single runs of a one-second job vary by 10% here.
  median3() { local t=(); for _ in 1 2 3; do "$@"; t+=("$secs"); done; secs=$(printf '%s\n' "${t[@]}" | sort -n | sed -n 2p); }
  median3 timed node "$work/mammoth.js" "$dh"
  msecs=$secs
  docx_only="$work/docx-only-$n"; rm -rf "$docx_only" && mkdir -p "$docx_only"
  for f in "$dh"/*.docx; do ln -s "$(readlink "$f")" "$docx_only/$(basename "$f")"; done
  to_file() { /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/docx-$n.jsonl"; read -r secs kib < "$work/time"; }
  median3 to_file "${qx[@]}" extract "$docx_only" --format jsonl --quiet --no-repetition
  jsecs=$secs
  median3 timed "${qx[@]}" extract "$docx_only" -o "$work/out-docx-$n" --quiet --force --no-repetition
  echo "mammoth.extractRawText over the docx files, one node process: ${msecs}s (median of 3)"
  echo "  qextract, JSON Lines into one file:                ${jsecs}s  → $(awk "BEGIN{printf \"%.1f\", $msecs/$jsecs}")× faster"
  echo "  qextract, one JSON file per input (-o, fsynced):   ${secs}s  → $(awk "BEGIN{printf \"%.1f\", $msecs/$secs}")× faster"
else
  echo "mammoth: not found (npm install mammoth, then MAMMOTH_DIR=<its folder> or run from where node resolves it); comparison skipped"
fi
echo "corpus and outputs in $work"
