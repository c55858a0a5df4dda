#!/usr/bin/env bash
# Prints every figure of issue 17's acceptance list for a base commit ("before") and this work tree
# ("after"), measured in one run on release builds. Instruction counts come from callgrind (exact on
# a noisy machine; the binaries are copied with `strip --strip-debug`, as valgrind cannot read
# Swift's debug information), system calls from `strace -c`, times and peak memory from GNU time.
#
#   scripts/costs-bench.sh [BASE_COMMIT]      (default: main)
#
# Needs valgrind, strace and GNU time (apt-get install valgrind strace time). Takes about 30 minutes
# on two cores; LABRUN_BENCH_DIR chooses the scratch folder (default: a new one under /tmp).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
base_commit=${1:-main}
work=${LABRUN_BENCH_DIR:-$(mktemp -d /tmp/labrun-costs.XXXXXX)}
mkdir -p "$work"
# LABRUN_BENCH_LABS: the labs both sides run (a base older than a lab-format change cannot read today's).
labs=${LABRUN_BENCH_LABS:-$repo/labs}
learner="Bench Learner <bench@example.org>"
# `labrun list` keeps lab summaries in a cache (docs/performance.md): its own folder here, so that
# the first run is the cold one on every machine.
export XDG_CACHE_HOME=$work/cache
products=(labrun workspace-bench grade-bench)

for tool in valgrind strace /usr/bin/time strip; do
  command -v "$tool" >/dev/null || { echo "costs-bench: $tool is missing; apt-get install valgrind strace time binutils" >&2; exit 1; }
done

# The two builds. The base gets this tree's workspace-bench source, whose `fill` and `save` modes use
# only the Workspace API both sides share.
echo "== building (release): after = $repo, before = $base_commit" >&2
# LABRUN_BENCH_BEFORE_SRC reuses an unpacked (and perhaps already built) copy of the base.
before_src=${LABRUN_BENCH_BEFORE_SRC:-$work/before-src}
if [ -z "${LABRUN_BENCH_BEFORE_SRC:-}" ]; then
  rm -rf "$before_src" && mkdir -p "$before_src"
  git -C "$repo" archive "$base_commit" | tar -x -C "$before_src"
fi
cp "$repo/Benchmarks/Workspace/main.swift" "$before_src/Benchmarks/Workspace/main.swift"
for side in after before; do
  src=$repo
  [ "$side" = before ] && src=$before_src
  for product in "${products[@]}"; do
    (cd "$src" && swift build -c release --product "$product" >"$work/build-$side.log" 2>&1) ||
      { echo "costs-bench: the $side build of $product failed; see $work/build-$side.log" >&2; exit 1; }
  done
  mkdir -p "$work/$side"
  for product in "${products[@]}"; do
    strip --strip-debug -o "$work/$side/$product" "$src/.build/release/$product"
  done
done

# Instructions of one run of a command.
instructions() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null </dev/null |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p' || true
}
# System calls of one run (all threads).
syscalls() {
  strace -f -c -o "$work/strace.txt" "$@" >/dev/null 2>&1 </dev/null || true
  awk '$NF == "total" { print $4 }' "$work/strace.txt"
}
# The median wall time in milliseconds of five runs, standard input from $1.
wall_ms() {
  local input=$1
  shift
  local times=()
  for _ in 1 2 3 4 5; do
    local began ended
    $prepare
    began=$(date +%s%N)
    "$@" <"$input" >/dev/null 2>&1 || true
    ended=$(date +%s%N)
    times+=($(((ended - began) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}
# What wall_ms does before each run, outside the timing (default: nothing).
prepare=:
# User+system seconds and peak RSS (kB) of one run: "cpu rss".
cpu_rss() {
  local input=$1
  shift
  /usr/bin/time -f "%U %S %M" -o "$work/time.txt" "$@" <"$input" >/dev/null 2>&1 || true
  # GNU time puts "Command exited with non-zero status N" first when it did (grade exits 2).
  tail -n 1 "$work/time.txt" | awk '{ printf "%.3f %d\n", $1 + $2, $3 }'

}
fmt_m() { awk -v n="$1" 'BEGIN { printf "%.2f M", n / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

declare -A figure
declare -a ir sc live

# 1. A save at command 10 and at command 10,000: the difference between opening a copy and saving 1
#    or 101 commands, divided by 100 (folds and progress changes included, as a session meets them).
#    The first save of a session is left out of the difference: it also pays once for what the open
#    left behind (the base frees the entries it decoded there), a cost of resuming, measured below.
for side in before after; do
  bench=$work/$side/workspace-bench
  for size in 10 10000; do
    rm -rf "$work/fill-$side-$size"
    "$bench" fill "$work/fill-$side-$size" "$size"
    for saves in 1 101; do
      rm -rf "$work/copy" && cp -a "$work/fill-$side-$size" "$work/copy"
      ir[$saves]=$(instructions "$bench" save "$work/copy" "$saves")
      rm -rf "$work/copy" && cp -a "$work/fill-$side-$size" "$work/copy"
      sc[$saves]=$(syscalls "$bench" save "$work/copy" "$saves")
    done
    figure[save-ir-$side-$size]=$(((ir[101] - ir[1]) / 100))
    figure[save-sc-$side-$size]=$(((sc[101] - sc[1]) / 100))
  done
done

# 2. A 10,000-command workspace of the interface-endpoint lab, typed through each side's own labrun
#    and then resumed with no input. The after side's session leaves a resume checkpoint in .git, as
#    every session does; "cold" is the after side on the base's workspace with that checkpoint
#    removed before each run (a workspace an older labrun wrote, or a checkpoint lost to a crash).
python3 - "$work" <<'PY'
import sys
filler = ["hint", "check", "steps", "hostname", "nslookup s3.ap-northeast-2.amazonaws.com",
  "aws s3 ls s3://jschoi.acl", "dig s3.ap-northeast-2.amazonaws.com", "aws s3 ls", "ip route",
  "cat /etc/resolv.conf", "aws sts get-caller-identity", "host s3.ap-northeast-2.amazonaws.com",
  "aws s3 ls s3://jschoi.acl/private1/", "aws ec2 describe-vpc-endpoints",
  "nslookup ec2.ap-northeast-2.amazonaws.com", "aws s3 lss", "curl -sI https://s3.ap-northeast-2.amazonaws.com"]
for n in [1000, 5000, 10000]:
    with open(f"{sys.argv[1]}/lines-{n}.txt", "w") as f:
        for i in range(n):
            f.write(filler[(i * 7 + 3) % len(filler)] + "\n")
PY
for side in before after; do
  rm -rf "$work/r10k-$side"
  "$work/$side/labrun" start interface-endpoint --labs "$labs" --workspace "$work/r10k-$side" --learner "$learner" \
    <"$work/lines-10000.txt" >/dev/null 2>&1
done
for side in before after; do
  labrun=$work/$side/labrun
  figure[resume-ms-$side]=$(wall_ms /dev/null "$labrun" start interface-endpoint --labs "$labs" --workspace "$work/r10k-$side")
  figure[resume-ir-$side]=$(instructions "$labrun" start interface-endpoint --labs "$labs" --workspace "$work/r10k-$side")
  figure[grade10k-ms-$side]=$(wall_ms /dev/null "$labrun" grade "$work/r10k-$side" --labs "$labs" --format json)
done
cold=$work/r10k-before/.git/labrun-resume-checkpoint
prepare="rm -f $cold"
figure[resume-cold-ms]=$(wall_ms /dev/null "$work/after/labrun" start interface-endpoint --labs "$labs" --workspace "$work/r10k-before")
rm -f "$cold"
figure[resume-cold-ir]=$(instructions "$work/after/labrun" start interface-endpoint --labs "$labs" --workspace "$work/r10k-before")
prepare=:
rm -f "$cold"

# 3. A class: 1,000 attempts of 50 commands written by each side (its own format); 1,000 and 5,000
#    attempts of 10 commands (under 4 KiB each, so both formats are the same) for peak memory.
for side in before after; do
  "$work/$side/grade-bench" --count 1000 --commands 50 --dir "$work/class-$side-1000x50" --labs "$labs" >/dev/null
done
"$work/before/grade-bench" --count 1000 --commands 10 --dir "$work/class-1000x10" --labs "$labs" >/dev/null
"$work/before/grade-bench" --count 5000 --commands 10 --dir "$work/class-5000x10" --labs "$labs" >/dev/null
for side in before after; do
  labrun=$work/$side/labrun
  read -r cpu _ < <(cpu_rss /dev/null "$labrun" grade "$work/class-$side-1000x50" --labs "$labs" --format json)
  figure[class-ms-$side]=$(awk -v c="$cpu" 'BEGIN { printf "%.2f", c }')
  read -r _ rss1 < <(cpu_rss /dev/null "$labrun" grade "$work/class-1000x10" --labs "$labs" --format json)
  read -r _ rss5 < <(cpu_rss /dev/null "$labrun" grade "$work/class-5000x10" --labs "$labs" --format json)
  figure[rss1-$side]=$rss1
  figure[rss5-$side]=$rss5
done

# 4. Start-up: a new workspace to the first prompt (no input), `labrun list` (with no summary cache,
#    then with the one it left), `labrun --help`.
for side in before after; do
  labrun=$work/$side/labrun
  rm -rf "$work/new-$side"
  figure[start-ir-$side]=$(instructions "$labrun" start interface-endpoint --labs "$labs" \
    --workspace "$work/new-$side" --learner "$learner")
  rm -rf "$XDG_CACHE_HOME"
  figure[list-ir-$side]=$(instructions "$labrun" list --labs "$labs")
  # The second run reads the summaries the first left (the before side keeps none).
  figure[list-warm-ir-$side]=$(instructions "$labrun" list --labs "$labs")
  figure[help-ir-$side]=$(instructions "$labrun" --help)
done

# 5. A live session's memory per command: peak RSS of piped sessions of 1,000 and 5,000 commands.
for side in before after; do
  labrun=$work/$side/labrun
  for n in 1000 5000; do
    rm -rf "$work/live-$side-$n"
    read -r _ rss < <(cpu_rss "$work/lines-$n.txt" "$labrun" start interface-endpoint --labs "$labs" \
      --workspace "$work/live-$side-$n" --learner "$learner")
    live[$n]=$rss
  done
  figure[live-$side]=$(awk -v a="${live[1000]}" -v b="${live[5000]}" 'BEGIN { printf "%.2f", (b - a) * 1024 / 4000 / 1024 }')
done

echo
echo "issue 17 acceptance figures (before = $base_commit, after = $(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet || echo +changes))"
printf '%-58s %16s %16s %s\n' "figure" "before" "after" "target"
row() { printf '%-58s %16s %16s %s\n' "$1" "$2" "$3" "$4"; }
for side in before after; do
  figure[save-ratio-ir-$side]=$(ratio "${figure[save-ir-$side-10000]}" "${figure[save-ir-$side-10]}")
  figure[save-ratio-sc-$side]=$(ratio "${figure[save-sc-$side-10000]}" "${figure[save-sc-$side-10]}")
done
row "save at command 10: instructions" "$(fmt_m "${figure[save-ir-before-10]}")" "$(fmt_m "${figure[save-ir-after-10]}")" ""
row "save at command 10,000: instructions" "$(fmt_m "${figure[save-ir-before-10000]}")" "$(fmt_m "${figure[save-ir-after-10000]}")" "<= 1.50 M"
row "  ratio 10,000 / 10" "${figure[save-ratio-ir-before]}x" "${figure[save-ratio-ir-after]}x" "<= 1.25x"
row "save at command 10: system calls" "${figure[save-sc-before-10]}" "${figure[save-sc-after-10]}" ""
row "save at command 10,000: system calls" "${figure[save-sc-before-10000]}" "${figure[save-sc-after-10000]}" ""
row "  ratio 10,000 / 10" "${figure[save-ratio-sc-before]}x" "${figure[save-ratio-sc-after]}x" "<= 1.25x"
row "resume of 10,000 commands: wall ms (median of 5)" "${figure[resume-ms-before]}" "${figure[resume-ms-after]}" "<= 400"
row "resume of 10,000 commands: instructions" "$(fmt_m "${figure[resume-ir-before]}")" "$(fmt_m "${figure[resume-ir-after]}")" "<= 600 M"
row "  without a checkpoint (after only): wall ms" "" "${figure[resume-cold-ms]}" ""
row "  without a checkpoint (after only): instructions" "" "$(fmt_m "${figure[resume-cold-ir]}")" ""
row "grade a 10,000-command attempt: wall ms (median of 5)" "${figure[grade10k-ms-before]}" "${figure[grade10k-ms-after]}" "<= 1500"
row "grade 1,000 x 50 commands: CPU ms per attempt" "${figure[class-ms-before]}" "${figure[class-ms-after]}" "<= 5"
row "grade 1,000 x 10: peak RSS kB" "${figure[rss1-before]}" "${figure[rss1-after]}" ""
row "grade 5,000 x 10: peak RSS kB" "${figure[rss5-before]}" "${figure[rss5-after]}" ""
row "  ratio 5,000 / 1,000" "$(ratio "${figure[rss5-before]}" "${figure[rss1-before]}")x" "$(ratio "${figure[rss5-after]}" "${figure[rss1-after]}")x" "<= 1.2x"
row "start interface-endpoint, new workspace: instructions" "$(fmt_m "${figure[start-ir-before]}")" "$(fmt_m "${figure[start-ir-after]}")" "<= 80 M"
row "labrun list, first run: instructions" "$(fmt_m "${figure[list-ir-before]}")" "$(fmt_m "${figure[list-ir-after]}")" "<= 30 M"
row "labrun list, again: instructions" "$(fmt_m "${figure[list-warm-ir-before]}")" "$(fmt_m "${figure[list-warm-ir-after]}")" "<= 30 M"
row "labrun --help: instructions" "$(fmt_m "${figure[help-ir-before]}")" "$(fmt_m "${figure[help-ir-after]}")" "<= 30 M"
row "live session: memory per command, kB (1,000 -> 5,000)" "${figure[live-before]}" "${figure[live-after]}" "<= 1.5"
echo "(scratch folder: $work)"
