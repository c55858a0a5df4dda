#!/usr/bin/env python3
"""Captures GNU cut and tr: their lists and sets, what they print, and their errors. Writes
Tests/ShellTests/Resources/captures/coreutils-cut-tr/cases.json.

    scripts/capture/coreutils_cut_tr.py [OUT.json]

Each case writes its input to a file `f` in a fresh temporary folder and runs its command there
under LC_ALL=C.UTF-8 (GNU cut and tr work on bytes in it, as the simulation does), keeping
standard output, standard error and the status. The inputs are what `--output text` and the
article's names look like: tab-separated columns, a wildcard DNS name, Korean text. Needs
coreutils. Not run in CI.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import file_cases  # noqa: E402

TEXT = "vpce-0a1\tInterface\tcom.amazonaws.ap-northeast-2.s3\nvpce-0b2\tGateway\tcom.amazonaws.ap-northeast-2.s3\nno tabs here\n"
NAME = "*.vpce-0a1b2c3d4e5f6a7b8-m2e6mf0p.s3.ap-northeast-2.vpce.amazonaws.com\n"
MIXED = "Hello,  World 42\nfoo\tbar\n서울 리전\n"
CASES = [
    # cut: fields
    ("cut-field", TEXT, "cut -f2 < f"),
    ("cut-fields-out-of-order", TEXT, "cut -f3,1 < f"),
    ("cut-field-range-open", TEXT, "cut -f2- < f"),
    ("cut-field-range-to", TEXT, "cut -f-2 < f"),
    ("cut-fields-blank-separated", TEXT, "cut -f '1 3' < f"),
    ("cut-only-delimited", TEXT, "cut -s -f1 < f"),
    ("cut-complement", TEXT, "cut --complement -f2 < f"),
    ("cut-output-delimiter", TEXT, "cut -f1,3 --output-delimiter=' | ' < f"),
    ("cut-dot-delimiter", NAME, "cut -d. -f2 < f"),
    ("cut-dot-delimiter-rest", NAME, "cut -d . -f 2- < f"),
    ("cut-long-options", NAME, "cut --delimiter=. --fields=1,3 < f"),
    ("cut-space-delimiter", MIXED, "cut -d ' ' -f1 < f"),
    ("cut-empty-delimiter-is-nul", TEXT, "cut -d '' -f1 < f"),
    ("cut-file-operand", TEXT, "cut -f1 f"),
    ("cut-missing-file", TEXT, "cut -f1 nofile f"),
    ("cut-stdin-dash", TEXT, "cut -f2 - < f"),
    ("cut-overlapping-ranges", TEXT, "cut -f1-2,2-3 < f"),
    # cut: bytes (and -c, which GNU counts in bytes too)
    ("cut-bytes", NAME, "cut -b1-5 < f"),
    ("cut-characters-are-bytes", MIXED, "cut -c1-4 < f"),
    ("cut-bytes-open", NAME, "cut -c3- < f"),
    ("cut-bytes-output-delimiter", NAME, "cut -b1-2,5-6 --output-delimiter=: < f"),
    ("cut-bytes-complement", NAME, "cut -b 1,2 --complement < f"),
    ("cut-bytes-n-ignored", NAME, "cut -n -b1 < f"),
    # cut: errors
    ("cut-no-list", TEXT, "cut < f"),
    ("cut-missing-argument", TEXT, "cut -f"),
    ("cut-zero", TEXT, "cut -f0 < f"),
    ("cut-zero-bytes", TEXT, "cut -b0 < f"),
    ("cut-bad-field", TEXT, "cut -fa < f"),
    ("cut-bad-position", TEXT, "cut -ba < f"),
    ("cut-decreasing", TEXT, "cut -f3-1 < f"),
    ("cut-two-dashes", TEXT, "cut -f1-2-3 < f"),
    ("cut-two-dashes-bytes", TEXT, "cut -b1-2-3 < f"),
    ("cut-lone-dash", TEXT, "cut -f- < f"),
    ("cut-trailing-comma", TEXT, "cut -f1, < f"),
    ("cut-too-large", TEXT, "cut -f99999999999999999999 < f"),
    ("cut-two-lists", TEXT, "cut -f1 -b1 < f"),
    ("cut-delimiter-with-bytes", TEXT, "cut -d: -b1 < f"),
    ("cut-long-delimiter", TEXT, "cut -d ab -f1 < f"),
    ("cut-only-delimited-bytes", TEXT, "cut -s -b1 < f"),
    ("cut-bad-option", TEXT, "cut -x -f1 < f"),
    ("cut-bad-long-option", TEXT, "cut --bogus -f1 < f"),
    # tr
    ("tr-upper", MIXED, "tr a-z A-Z < f"),
    ("tr-classes-upper", MIXED, "tr '[:lower:]' '[:upper:]' < f"),
    ("tr-classes-lower", MIXED, "tr '[:upper:]' '[:lower:]' < f"),
    ("tr-star-to-bucket-first-letter", NAME, "tr '*' b < f"),
    ("tr-delete-digits", MIXED, "tr -d '[:digit:]' < f"),
    ("tr-delete-newlines", MIXED, "tr -d '\\n' < f"),
    ("tr-newlines-to-spaces", TEXT, "tr '\\n' ' ' < f"),
    ("tr-tabs-to-commas", TEXT, "tr '\\t' , < f"),
    ("tr-squeeze-spaces", MIXED, "tr -s ' ' < f"),
    ("tr-squeeze-range", MIXED, "tr -s a-z < f"),
    ("tr-complement-delete", MIXED, "tr -cd '[:alnum:]\\n' < f"),
    ("tr-complement-translate", MIXED, "tr -c a-z _ < f"),
    ("tr-pad-set2", MIXED, "tr abc xy < f"),
    ("tr-truncate", MIXED, "tr -t abc xy < f"),
    ("tr-class-to-byte", MIXED, "tr '[:alpha:]' x < f"),
    ("tr-translate-squeeze", MIXED, "tr -s '[:space:]' ' ' < f"),
    ("tr-delete-squeeze", MIXED, "tr -ds a o < f"),
    ("tr-octal", MIXED, "tr '\\110' h < f"),
    ("tr-quote-deleted", "\"vpce-0a1\"\n", "tr -d '\"' < f"),
    ("tr-punct", MIXED, "tr -d '[:punct:]' < f"),
    ("tr-long-options", MIXED, "tr --delete --complement 'a-z\\n' < f"),
    ("tr-backslash-at-end", MIXED, "tr 'a\\' b < f"),
    ("tr-no-operand", MIXED, "tr < f"),
    ("tr-one-operand", MIXED, "tr a < f"),
    ("tr-extra-operand", MIXED, "tr a b c < f"),
    ("tr-delete-two", MIXED, "tr -d a b < f"),
    ("tr-empty-set2", MIXED, "tr a '' < f"),
    ("tr-reverse-range", MIXED, "tr z-a x < f"),
    ("tr-class-in-set2", MIXED, "tr a '[:digit:]' < f"),
    ("tr-bad-class", MIXED, "tr '[:bogus:]' x < f"),
    ("tr-bad-option", MIXED, "tr -x a b < f"),
]


def main():
    file_cases.capture_files(["cut", "--version"], "coreutils-cut-tr/cases.json", CASES)


if __name__ == "__main__":
    main()
