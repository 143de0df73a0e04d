#!/usr/bin/env bash
# Coverage-guided fuzzing of the readers or the segmenter with SharpFuzz and AFL++, for a bounded time.
# usage: scripts/fuzz.sh readers|segmenter [SECONDS=600]
# Findings (crashes, hangs) land in fuzz/findings/TARGET/default/{crashes,hangs}; the script exits 1 when
# there are any. Replay one with: dotnet <publish dir>/QuestionExtract.Fuzz.dll TARGET FILE
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh readers|segmenter [SECONDS]}
seconds=${2:-600}
command -v afl-fuzz > /dev/null || { echo "afl-fuzz not found (Debian: apt-get install afl++)"; exit 2; }
out=${FUZZ_DIR:-fuzz/findings}/$target
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT

dotnet tool restore > /dev/null
dotnet publish fuzz/QuestionExtract.Fuzz -c Release -o "$build/bin" -v quiet -nologo > /dev/null
# Instrument the library under test (not the framework or third-party readers) for AFL's coverage map.
dotnet sharpfuzz "$build/bin/QuestionExtract.Core.dll" > /dev/null
dotnet "$build/bin/QuestionExtract.Fuzz.dll" seeds "$build/in"
mkdir -p "$out"

AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_AUTORESUME=1 \
  timeout $((seconds + 60)) afl-fuzz -V "$seconds" -i "$build/in" -o "$out" -t 10000 -m none \
  -- dotnet "$build/bin/QuestionExtract.Fuzz.dll" "$target" > "$out/afl.log" 2>&1 || true

stats="$out/default/fuzzer_stats"
execs=$(awk -F': *' '/^execs_done/{print $2}' "$stats" 2>/dev/null || echo 0)
paths=$(awk -F': *' '/^corpus_count/{print $2}' "$stats" 2>/dev/null || echo 0)
crashes=$(find "$out/default/crashes" -type f ! -name README.txt 2>/dev/null | wc -l)
hangs=$(find "$out/default/hangs" -type f 2>/dev/null | wc -l)
echo "fuzz $target: ${seconds}s, $execs executions, $paths corpus entries, $crashes crashes, $hangs hangs"
[ -f "$stats" ] || { echo "afl-fuzz did not start; see $out/afl.log"; tail -n 20 "$out/afl.log"; exit 2; }
[ "$crashes" -eq 0 ] && [ "$hangs" -eq 0 ]
