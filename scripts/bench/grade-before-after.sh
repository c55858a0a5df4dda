#!/usr/bin/env bash
# `labrun grade` over one generated class, two builds interleaved ROUNDS times so that the machine's
# load falls on both alike: wall-clock medians and their ratio, then callgrind instruction counts of
# one grading of a SMALL sub-class (a single worker, so the counts are stable on a busy machine).
#
#   scripts/bench/grade-before-after.sh BEFORE_LABRUN AFTER_LABRUN CLASS_DIR [ROUNDS] [SMALL]
#
# CLASS_DIR is what `grade-bench --dir` generated (1,000 workspaces by default). Needs valgrind.
set -euo pipefail
before=$1
after=$2
class=$3
rounds=${4:-5}
small=${5:-50}
labs=$(cd "$(dirname "$0")/../.." && pwd)/labs
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seconds() {
  local start end
  start=$(date +%s.%N)
  "$1" grade "$2" --labs "$labs" --format json --output "$work/report.json" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  python3 -c "print($end - $start)"
}
median() { python3 -c "import statistics,sys; print(f'{statistics.median(map(float, sys.argv[1:])):.2f}')" "$@"; }

b=()
a=()
for _ in $(seq "$rounds"); do
  b+=("$(seconds "$before" "$class")")
  a+=("$(seconds "$after" "$class")")
done
mb=$(median "${b[@]}")
ma=$(median "${a[@]}")
echo "grade $(ls "$class" | wc -l) attempts, median of $rounds: before ${mb} s, after ${ma} s, ratio $(python3 -c "print(f'{$ma/$mb:.3f}')")"
echo "  before: ${b[*]}"
echo "  after:  ${a[*]}"

mkdir "$work/small"
for name in $(ls "$class" | head -n "$small"); do ln -s "$class/$name" "$work/small/$name"; done
# Symbolic links are not followed by the search: grade the linked paths themselves.
instructions() {
  strip --strip-debug -o "$work/labrun" "$1"
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$work/labrun" grade "$work"/small/* \
    --labs "$labs" --format json --output "$work/report.json" >/dev/null 2>"$work/cg.err" || true
  grep -m1 "Collected" "$work/cg.err" | awk '{print $NF}'
}
ib=$(instructions "$before")
ia=$(instructions "$after")
echo "grade $small attempts (callgrind instructions): before $ib, after $ia, ratio $(python3 -c "print(f'{$ia/$ib:.3f}')")"
