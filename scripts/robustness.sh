#!/usr/bin/env bash
# Scores the extractor on layout variants of the shared corpora's text documents (flattened onto one line,
# hard-wrapped, full-width digits, CRLF, blank lines doubled or removed, indented): the same words in another
# layout must give the same questions. A variant that scores far below the original names a kind of layout
# the segmenter does not yet handle. Usage: scripts/robustness.sh [DLL]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
dll=${1:-src/QuestionExtract.Cli/bin/Release/net10.0/qextract.dll}
[ -f "$dll" ] || dotnet build src/QuestionExtract.Cli -c Release -v quiet -nologo > /dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dirs=()
for corpus in seeds dev wild; do [ -d "$shared/corpus/$corpus" ] && dirs+=("$shared/corpus/$corpus"); done
[ ${#dirs[@]} -gt 0 ] || { echo "robustness: no corpus under $shared/corpus"; exit 0; }
python3 scripts/layout_variants.py "$work/variants" "${dirs[@]}"
# The unchanged documents, scored the same way, are the line to compare with.
mkdir -p "$work/variants/original"
python3 - "$work/variants/original" "${dirs[@]}" <<'PY'
import json, os, shutil, sys
for folder in sys.argv[2:]:
    for name in os.listdir(folder):
        if name.endswith('.gold.json'):
            source = json.load(open(os.path.join(folder, name), encoding='utf-8')).get('source_file') or name[:-10] + '.txt'
            if source.endswith('.txt'):
                shutil.copy(os.path.join(folder, name), sys.argv[1]); shutil.copy(os.path.join(folder, source), sys.argv[1])
PY
printf '%-22s %s\n' variant score
for variant in original crlf blank-lines-doubled blank-lines-removed indented full-width-digits flattened hard-wrapped page-wrapped traditional; do
  # One batch extraction per variant (without the batch's repetition rule: each document reads as it does alone);
  # the scorer reads each document's output from it.
  dotnet "$dll" extract "$work/variants/$variant" -o "$work/out/$variant" --no-repetition --force -q || true
  line=$(python3 "$shared/tools/score.py" --cmd "bash -c 'f=\"{file}\"; b=\"\${f##*/}\"; cat \"$work/out/$variant/\${b%.*}.json\"'" "$work/variants/$variant" | tail -n 1)
  printf '%-22s %s\n' "$variant" "$line"
done
