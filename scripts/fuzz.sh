#!/usr/bin/env bash
# Builds labrun's libFuzzer targets and runs them.
#
#   scripts/fuzz.sh line    [SECONDS] [extra libFuzzer flags]   lines typed in a lab
#   scripts/fuzz.sh labfile [SECONDS] [extra libFuzzer flags]   lab.yaml files
#
# SECONDS defaults to 20 (what scripts/test.sh runs); a long campaign is e.g.
#   scripts/fuzz.sh line 3600 -jobs=2 -workers=2
# Each input has 2 s (-timeout) and 200 MB (-rss_limit_mb) at most: longer is a hang, larger a leak.
# Findings are written to Fuzz/findings/ as crash-*, timeout-*, oom-*; replay one without libFuzzer
# with `swift run labrun-fuzz-line Fuzz/findings/crash-…`. The corpus grows in .build-fuzz/corpus-*.
set -euo pipefail
cd "$(dirname "$0")/.."

target="${1:?name a target: line or labfile}"
seconds="${2:-20}"
shift $(($# >= 2 ? 2 : $#))
case "$target" in
  line) product=labrun-fuzz-line ;;
  labfile) product=labrun-fuzz-labfile ;;
  *) echo "fuzz.sh: unknown target '$target'; use line or labfile" >&2; exit 64 ;;
esac

# A build of its own, so the instrumented objects never mix with the normal build's.
swift build -c release --scratch-path .build-fuzz --product "$product" \
  -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING >&2
binary=".build-fuzz/release/$product"

corpus=".build-fuzz/corpus-$target"
mkdir -p "$corpus" Fuzz/findings
seeds="Fuzz/corpus/$target"
"$binary" "$corpus" "$seeds" -max_total_time="$seconds" -timeout=2 -rss_limit_mb=200 -max_len=70000 \
  -artifact_prefix=Fuzz/findings/ -print_final_stats=1 "$@"
