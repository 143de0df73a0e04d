#!/usr/bin/env bash
# Packs qextract as a .NET tool the way a user does (`dotnet pack`: the pointer package QuestionExtract, the
# framework-dependent QuestionExtract.any and, with a C compiler, this machine's native package), installs it
# from the package folder into a private tool path (the same as `dotnet tool install --global`, without
# touching the user's tools), and checks:
#   - on a platform with a native package and a C compiler: the installed command is the native executable
#     (no qextract.dll beside it) and `qextract --version` answers within 50 ms (best of 10);
#     without a C compiler it says so and checks the framework-dependent package instead;
#   - the installed command extracts every sample byte for byte as the JIT build does (-o folder and stdout);
#   - validate on the result, and a one-shot `dotnet dnx QuestionExtract` from the package folder;
#   - next to a native package, the framework-dependent fallback (`any`) installs and gives the same output.
#
# usage: scripts/test-tool-install.sh [DIR]    keeps the packages in DIR/nupkg and the tool in DIR/tools
#                                               (.ci/run hands the native command to scripts/aot-check.sh);
#                                               without DIR a temporary folder is used and removed
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${1:-}" ]; then work=$1; mkdir -p "$work"; work=$(cd "$work" && pwd); else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi
rm -rf "$work/nupkg"* "$work/tools"* "$work/nuget"* "$work/out-"* "$work/kind"

rid=$(dotnet --info | awk '/^ *RID:/{print $2; exit}')
native_rids=" linux-x64 linux-arm64 osx-arm64 win-x64 "      # ToolPackageRuntimeIdentifiers minus `any`
if [[ "$native_rids" == *" $rid "* ]] && { command -v clang || command -v gcc; } > /dev/null; then
  kind=native
  dotnet pack src/QuestionExtract.Cli -c Release -o "$work/nupkg" -v quiet -nologo
else
  kind=any
  if [[ "$native_rids" == *" $rid "* ]]; then why="no C compiler (clang or gcc) on this machine"; else why="no native package for $rid"; fi
  echo "tool install: $why, so testing the framework-dependent package (the pointer package lists only 'any')"
  dotnet pack src/QuestionExtract.Cli -c Release -o "$work/nupkg" -v quiet -nologo -p:ToolPackageRuntimeIdentifiers=any
fi
echo "$kind" > "$work/kind"
ls "$work/nupkg"
# The global packages folder may hold an older build of the same version: keep this test's packages apart.
export NUGET_PACKAGES="$work/nuget"
dotnet tool install --tool-path "$work/tools" --add-source "$work/nupkg" --no-http-cache QuestionExtract
qextract="$work/tools/qextract"
target=$(readlink -f "$qextract")
dir=$(dirname "$target")

fail() { echo "tool install: FAILED: $*"; exit 1; }
if [ "$kind" = native ]; then
  [ "$(head -c 4 "$target" | od -An -c | tr -d ' ')" = '177ELF' ] || fail "$target is not a native executable"
  [ ! -e "$dir/qextract.dll" ] || fail "qextract.dll beside the installed command: the framework-dependent package was installed"
  # --version: best of 10 runs, in milliseconds
  best=$(for _ in $(seq 10); do s=$(date +%s%N); "$qextract" --version > /dev/null; echo $(( ($(date +%s%N) - s) / 1000000 )); done | sort -n | head -1)
  echo "tool install: native $rid executable $target, --version in ${best} ms (best of 10)"
  [ "$best" -lt 50 ] || fail "--version took ${best} ms (limit 50 ms)"
else
  find "$work/tools/.store" -name qextract.dll | grep -q . || fail "no qextract.dll in the framework-dependent package"
fi
"$qextract" --version

# Same bytes as the JIT build on every sample: one file per input, and the array on stdout.
dotnet build src/QuestionExtract.Cli -c Release -v quiet -nologo > /dev/null
jit=(dotnet src/QuestionExtract.Cli/bin/Release/net10.0/qextract.dll)
"$qextract" extract samples/ -o "$work/out-tool" --quiet
"${jit[@]}" extract samples/ -o "$work/out-jit" --quiet
diff -r "$work/out-tool" "$work/out-jit" > /dev/null || fail "extract samples/ -o: the installed command's files differ from the JIT build's (diff -r $work/out-tool $work/out-jit)"
cmp -s <("$qextract" extract samples/ --quiet) <("${jit[@]}" extract samples/ --quiet) || fail "extract samples/: stdout differs from the JIT build's"
files=$(find "$work/out-tool" -type f | wc -l)
[ "$files" -gt 0 ] || fail "no output files"
# The probes share common questions across documents on purpose (one per layout), which validate reports as
# duplicate ids in one bank: they are validated one by one, the other samples together.
"$qextract" validate "$work/out-tool/seeds" "$work/out-tool/written"
for f in "$work/out-tool/probes"/*; do "$qextract" validate "$f" > /dev/null || fail "validate $f"; done

# One-shot run without installing (.NET 10 dnx; `dotnet dnx` is the same command).
dotnet dnx QuestionExtract --add-source "$work/nupkg" --yes -- extract samples/written/english-interview.txt -f json --quiet > "$work/out-dnx.json" < /dev/null \
  || fail "dotnet dnx QuestionExtract from the package folder"
cmp -s "$work/out-dnx.json" <("${jit[@]}" extract samples/written/english-interview.txt -f json --quiet) || fail "dnx output differs from the JIT build's"

# The fallback every other platform gets: a pointer naming only `any`, with the QuestionExtract.any packed above.
fallback=""
if [ "$kind" = native ]; then
  mkdir -p "$work/nupkg-any"
  dotnet pack src/QuestionExtract.Cli -c Release -o "$work/nupkg-any" -v quiet -nologo -p:ToolPackageRuntimeIdentifiers=any -p:PackHostTool=false
  cp "$work/nupkg"/QuestionExtract.any.*.nupkg "$work/nupkg-any/"
  NUGET_PACKAGES="$work/nuget-any" dotnet tool install --tool-path "$work/tools-any" --add-source "$work/nupkg-any" --no-http-cache QuestionExtract > /dev/null
  find "$work/tools-any/.store" -name qextract.dll | grep -q . || fail "the framework-dependent fallback installed no qextract.dll"
  "$work/tools-any/qextract" extract samples/ -o "$work/out-any" --quiet
  diff -r "$work/out-any" "$work/out-jit" > /dev/null || fail "the framework-dependent (any) package's output differs from the JIT build's"
  fallback=", framework-dependent 'any' fallback ok"
fi

echo "tool install: ok ($kind package, $files sample outputs identical to the JIT build, dnx ok$fallback)"
