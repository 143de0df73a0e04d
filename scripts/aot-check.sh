#!/usr/bin/env bash
# Checks a native AOT binary against the JIT build: extract on samples/ in every format, and validate on the
# validate fixtures, must print exactly the same. Reflection that trimming broke would show up as a
# difference or a crash here.
#
# usage: scripts/aot-check.sh [BINARY=artifacts/aot/qextract]
set -uo pipefail
cd "$(dirname "$0")/.."
aot=${1:-artifacts/aot/qextract}
[ -x "$aot" ] || { echo "aot check: no binary at $aot (scripts/publish-aot.sh builds it)"; exit 2; }
dotnet build -c Release -v quiet -nologo src/QuestionExtract.Cli >/dev/null || exit 2
jit=(dotnet src/QuestionExtract.Cli/bin/Release/net10.0/qextract.dll)
checks=0 failed=0
same() {
  local what=$1; shift
  checks=$((checks + 1))
  if ! diff <("$aot" "$@" 2>&1; echo "exit $?") <("${jit[@]}" "$@" 2>&1; echo "exit $?") > /dev/null; then
    failed=$((failed + 1)); echo "aot check: differs from the JIT build: $what"
  fi
}
for format in json jsonl yaml csv anki; do same "extract samples/ -f $format" extract samples/ -f "$format" --quiet; done
same "extract --explain" extract samples/seeds --explain --quiet
for format in json jsonl yaml csv anki; do same "merge samples/ -f $format" merge samples/ -f "$format" --explain --quiet; done
same "extract -f yaml --yaml-schema" extract samples/written -f yaml --yaml-schema schemas/question-document.schema.json --quiet
for f in tests/QuestionExtract.Cli.Tests/Validation/Fixtures/*.{yaml,json,jsonl}; do same "validate $f" validate "$f" --format json; done
same "validate --format sarif" validate tests/QuestionExtract.Cli.Tests/Validation/Fixtures --format sarif
same "schema" schema
echo "aot check: $((checks - failed))/$checks the same"
[ "$failed" -eq 0 ]
