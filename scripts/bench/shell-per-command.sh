#!/usr/bin/env bash
# Per-command cost of the simulated shell, before and after a change: callgrind instruction
# counts of `labrun-bench profile-s3ls` and `profile-nslookup` (fixed loops of 2,000 lines,
# stable on a busy machine; the before checkout needs the same two loops in its labrun-bench) and the medians `labrun-bench shell` prints for `nslookup` and `aws s3 ls`, the two
# runs interleaved ROUNDS times so that the machine's load falls on both alike.
#
#   scripts/bench/shell-per-command.sh BEFORE_CHECKOUT AFTER_CHECKOUT [ROUNDS]
#
# Each checkout must have `swift build -c release --product labrun-bench` done. Needs valgrind.
set -euo pipefail
before=$1
after=$2
rounds=${3:-5}
for side in "$before" "$after"; do
  test -x "$side/.build/release/labrun-bench" || { echo "no release labrun-bench in $side" >&2; exit 64; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

instructions() {
  # valgrind cannot read Swift's debug information; a stripped copy counts the same code.
  strip --strip-debug -o "$work/bench" "$1/.build/release/labrun-bench"
  (cd "$1" && valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$work/bench" "$2" >/dev/null 2>"$work/cg.err")
  grep -m1 "Collected" "$work/cg.err" | awk '{print $NF}'
}
for loop in profile-s3ls profile-nslookup; do
  b=$(instructions "$before" $loop)
  a=$(instructions "$after" $loop)
  echo "$loop (2,000 lines, callgrind instructions): before $b, after $a, ratio $(python3 -c "print(f'{$a/$b:.3f}')")"
done

for round in $(seq "$rounds"); do
  (cd "$before" && .build/release/labrun-bench shell) | sed "s/^/before /" >>"$work/times"
  (cd "$after" && .build/release/labrun-bench shell) | sed "s/^/after /" >>"$work/times"
done
python3 - "$work/times" <<'PY'
import re, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    m = re.match(r"(before|after) shell: (nslookup|aws s3 ls) .*?\(V1\): median ([\d.]+) µs", line)
    if m:
        rows.setdefault((m.group(2), m.group(1)), []).append(float(m.group(3)))
for command in ("nslookup", "aws s3 ls"):
    b = statistics.median(rows[(command, "before")])
    a = statistics.median(rows[(command, "after")])
    print(f"{command}: median of {len(rows[(command, 'before')])} interleaved runs' medians: before {b:.2f} µs, after {a:.2f} µs, ratio {a / b:.3f}")
PY
