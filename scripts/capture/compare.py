#!/usr/bin/env python3
"""Compares a fresh capture folder with a committed one, modulo what the real tools randomise.

    scripts/capture/compare.py COMMITTED FRESH [--mask-only]

Every file under either folder is compared (a file the capture script writes for provenance only,
`versions.txt`, is skipped). Before comparing:

* Timestamps (ISO 8601 as awscli prints them, HTTP dates, dig's `;; WHEN:` line, query times,
  ping's, traceroute's and ncat's times, curl's connect times and progress-meter speeds) are
  masked on both sides with same-length placeholders, so column widths survive.
* Random identifiers are *paired*: each class below is collected in order of first appearance
  over all files (sorted by path) on both sides, and the n-th fresh value is renamed to the n-th
  committed one. A renamed id must then sit exactly where the committed one does, so references
  between resources (a subnet id inside a route table) are still checked. Constant values pair
  with themselves.
* Where a renamed value has another length than the committed one (moto's random 10.x address for
  an endpoint interface), awscli's table widens or narrows; such a file is reported as
  "equal modulo column widths" when it matches with runs of spaces and dashes collapsed.

Exit status 0 when every file is equal (or equal modulo widths), 1 otherwise; a unified diff is
printed for each file that differs.
"""

import difflib
import os
import re
import sys

# Classes of values the tools draw at random, paired between the two sides.
PAIRED = [
    ("aws-id", re.compile(r"\b(?:[a-z]+-)+[0-9a-f]{17}\b")),
    ("vpce-dns-suffix", re.compile(r"(?<=[0-9a-f]{17}-)[0-9a-z]{8}(?=[.-])")),
    ("uuid", re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")),
    ("fingerprint", re.compile(r"\b(?:[0-9a-f]{2}:){19}[0-9a-f]{2}\b")),
    ("mac", re.compile(r"\b02:00:00(?::[0-9a-f]{2}){3}\b")),
    ("hosted-zone", re.compile(r"\b[0-9A-F]{13}\b")),
    ("iam-id", re.compile(r"\b(?=[a-z0-9]*[0-9])(?=[a-z0-9]*[a-z])[a-z0-9]{20}\b")),
    ("ipv4", re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")),
    ("dashed-ipv4", re.compile(r"(?<=ip-|c2-)\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}(?=\.)")),
    ("dig-id", re.compile(r"(?<=, id: )\d+\b")),
]

# Values masked on both sides (same length, so table and column widths are kept).
MASKED = [
    re.compile(r"\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)"),
    re.compile(r"\b\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\b"),
    re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT"),
    re.compile(r"(?<=;; WHEN: ).*"),
    re.compile(r"(?<=;; Query time: )\d+(?= msec)"),
    re.compile(r"(?<=time=)[\d.]+(?= ms)"),
    re.compile(r"(?<=, time )\d+(?=ms)"),
    re.compile(r"(?<=rtt min/avg/max/mdev = )[\d./]+"),
    re.compile(r"(?<=  )\d+\.\d{3}(?= ms)"),  # traceroute's probe times
    re.compile(r"(?<=bytes received in )\d+\.\d\d(?= seconds)"),  # ncat's elapsed time
    re.compile(r"(?<= after )\d+(?= ms\b| milliseconds\b)"),  # curl's connect times
    re.compile(r"(?<=connect timeout after )\d+(?=ms, move on!)"),
    # curl's progress meter: the speed and time columns after the three size columns.
    re.compile(
        r"(?<=\r[ 0-9]{3} [ 0-9.kMGTP]{5}  [ 0-9]{3} [ 0-9.kMGTP]{5}  [ 0-9]{3} [ 0-9.kMGTP]{5}  )"
        r"[ 0-9.kMGTP]{5}  [ 0-9.kMGTP]{5} [-:0-9]{8} [-:0-9]{8} [-:0-9]{8} [ 0-9.kMGTP]{5}"
    ),
]

SKIPPED = {"versions.txt"}


def files(root):
    found = []
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.relpath(os.path.join(folder, name), root)
            if name not in SKIPPED and not name.endswith(".md") and not path.startswith("manifest"):
                found.append(path)
    return sorted(found)


def read(root, path):
    with open(os.path.join(root, path), "rb") as handle:
        return handle.read().decode("utf-8")


def mask(text):
    for pattern in MASKED:
        text = pattern.sub(lambda match: re.sub(r"[0-9A-Za-z]", "#", match.group(0)), text)
    return text


def first_appearances(texts, pattern):
    seen = []
    for text in texts:
        for match in pattern.finditer(text):
            if match.group(0) not in seen:
                seen.append(match.group(0))
    return seen


def collapse_widths(text):
    return re.sub(r"[ -]+", " ", text)


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    committed_root, fresh_root = argv[1], argv[2]
    mask_only = "--mask-only" in argv
    committed_files, fresh_files = files(committed_root), files(fresh_root)
    problems = 0
    for path in sorted(set(committed_files) ^ set(fresh_files)):
        side = "committed" if path in committed_files else "fresh"
        print(f"ONLY IN {side}: {path}")
        problems += 1
    common = [path for path in committed_files if path in fresh_files]
    committed = {path: mask(read(committed_root, path)) for path in common}
    fresh = {path: mask(read(fresh_root, path)) for path in common}

    renames = {}
    if not mask_only:
        for label, pattern in PAIRED:
            old = first_appearances([committed[path] for path in common], pattern)
            new = first_appearances([fresh[path] for path in common], pattern)
            if len(old) != len(new):
                print(f"note: {len(old)} committed and {len(new)} fresh values of class {label}")
            for new_value, old_value in zip(new, old):
                renames.setdefault(new_value, old_value)
    if renames:
        combined = re.compile("|".join(re.escape(value) for value in sorted(renames, key=len, reverse=True)))
    equal = widths = 0
    for path in common:
        ours = committed[path]
        theirs = combined.sub(lambda match: renames[match.group(0)], fresh[path]) if renames else fresh[path]
        if ours == theirs:
            equal += 1
        elif collapse_widths(ours) == collapse_widths(theirs):
            widths += 1
            print(f"equal modulo column widths: {path}")
        else:
            problems += 1
            print(f"DIFFERENT: {path}")
            diff = difflib.unified_diff(ours.splitlines(True), theirs.splitlines(True), "committed/" + path, "fresh/" + path)
            sys.stdout.writelines(diff)
    print(f"{equal} equal, {widths} equal modulo column widths, {problems} different or missing, of {len(common)} compared")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
