#!/usr/bin/env bash
# Packs qextract as a .NET tool, installs it from the local package folder into a private tool path
# (the same as `dotnet tool install --global`, without touching the user's tools), and runs the installed
# command: --version, extract on a sample, validate on the result.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet pack src/QuestionExtract.Cli -c Release -o "$work/nupkg" -v quiet -nologo
dotnet tool install --tool-path "$work/tools" --add-source "$work/nupkg" QuestionExtract
qextract="$work/tools/qextract"

"$qextract" --version
"$qextract" extract samples/written/english-interview.txt -f yaml -o "$work/out"
"$qextract" validate "$work/out"
echo "tool install: ok"
