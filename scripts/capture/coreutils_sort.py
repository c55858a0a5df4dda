#!/usr/bin/env python3
"""Captures GNU sort's keys (`-k` with its own ordering letters) and their errors. Writes
Tests/ShellTests/Resources/captures/coreutils-sort/sort.json.

    scripts/capture/coreutils_sort.py [OUT.json]

Each case writes its input to a file `f` in a fresh temporary folder and runs `sort ARGS f` there
under LC_ALL=C.UTF-8 (the simulation compares by Unicode scalar value, as that locale does), and
keeps standard output, standard error and the status. The inputs are columns as `--output text`
prints them, with ties, so the last-resort comparison shows. Needs coreutils. Not run in CI.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import file_cases  # noqa: E402

TABLE = "b 10\na 2\nc 2\nd  1\n"
TEXT = "i-0b\t10.0.12.20\tV3\ni-0a\t10.0.1.10\tV1\ni-0c\t10.0.11.20\tV2\n"
CASES = [
    ("key-numeric", TABLE, "-k2n"),
    ("key-range-numeric", TABLE, "-k2,2n"),
    ("key-numeric-reversed", TABLE, "-k2nr"),
    ("key-range-numeric-blanks", TABLE, "-k2,2nb"),
    ("key-reversed-text", TABLE, "-k2r"),
    ("key-blanks", TABLE, "-k2b"),
    ("key-end-letters", TABLE, "-k2n,3"),
    ("key-letters-on-both", TABLE, "-k1n,1r"),
    ("global-reverse-not-inherited", TABLE, "-r -k2n"),
    ("global-numeric-not-inherited", TABLE, "-n -k2r"),
    ("global-numeric-inherited", TABLE, "-n -k2"),
    ("global-reverse-inherited", TABLE, "-r -k2"),
    ("separated-numeric", TEXT, "-t . -k4n"),
    ("separated-tab-key", TEXT, "-k3"),
    ("unique-numeric-key", TABLE, "-u -k2n"),
    ("end-before-start", TABLE, "-k2,1n"),
    ("zero-field", TABLE, "-k0"),
    ("zero-end-field", TABLE, "-k2,0"),
    ("stray-letter", TABLE, "-k2x"),
    ("no-number", TABLE, "-ka"),
    ("no-number-after-comma", TABLE, "-k2,a"),
    ("empty-after-comma", TABLE, "-k2,"),
    ("zero-character-offset", TABLE, "-k2.0"),
]


def main():
    # Each case runs `sort ARGS f`, with the file as its operand.
    cases = [(name, text, "sort " + args + " f") for name, text, args in CASES]
    file_cases.capture_files(["sort", "--version"], "coreutils-sort/sort.json", cases)


if __name__ == "__main__":
    main()
