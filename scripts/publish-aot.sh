#!/usr/bin/env bash
# Publishes qextract as a native (ahead-of-time compiled) executable: no .NET runtime needed to run it, and
# start-up in milliseconds instead of the JIT build's fraction of a second. Needs a C toolchain (gcc or clang)
# and zlib headers (Debian: apt-get install build-essential zlib1g-dev); it installs nothing.
#
# usage: scripts/publish-aot.sh [OUT=artifacts/aot]     the binary is OUT/qextract
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/aot}
command -v cc >/dev/null || command -v gcc >/dev/null || command -v clang >/dev/null || { echo "needs a C compiler and linker (Debian: apt-get install build-essential zlib1g-dev)"; exit 2; }
rid=linux-$(uname -m | sed 's/x86_64/x64/;s/aarch64/arm64/')
# Warnings stay errors: a trim or AOT warning means something may break in the native binary.
dotnet publish src/QuestionExtract.Cli -c Release -r "$rid" -p:PublishAot=true -p:PackAsTool=false -o "$out" -nologo -v quiet
echo "$out/qextract"
