#!/usr/bin/env python3
"""Captures GNU sed on the scripts the lab shell simulates: substitutions with their flags and
`&`, `p`, `d`, `q`, `=`, `y`, addresses and ranges, `-n`, `-e`, `-E`, and the script errors.
Writes Tests/ShellTests/Resources/captures/gnu-sed/cases.json.

    scripts/capture/gnu_sed.py [OUT.json]

Each case writes its input to a file `f` in a fresh temporary folder and runs its command there
under LC_ALL=C.UTF-8, keeping standard output, standard error and the status. The inputs are an
endpoint's DNS names, `--output text` columns, JSON and Korean text. Needs GNU sed. Not run in CI.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import file_cases  # noqa: E402

NAMES = ("*.vpce-0a1b2c3d4e5f6a7b8-m2e6mf0p.s3.ap-northeast-2.vpce.amazonaws.com\n"
         "*.vpce-0a1b2c3d4e5f6a7b8-m2e6mf0p-ap-northeast-2a.s3.ap-northeast-2.vpce.amazonaws.com\n")
TEXT = "foo\nbar\n*baz\n"
JSON = '{\n    "VpcEndpointId": "vpce-0a1b2c3d4e5f6a7b8",\n    "State": "available"\n}\n'
KOREAN = "서울 리전\nap-northeast-2\n"
CASES = [
    ("star-to-bucket", NAMES, "sed 's/^\\*/bucket/' < f"),
    ("star-to-bucket-first-line", NAMES, "sed -n '1s/\\*/bucket/p' < f"),
    ("quotes-removed", JSON, "sed 's/\"//g' < f"),
    ("field-value", JSON, "sed -n 's/.*\"State\": \"\\(.*\\)\".*/x/p' < f"),
    ("ampersand", TEXT, "sed 's/./&&/g' < f"),
    ("escaped-ampersand", TEXT, "sed 's/o/\\&/' < f"),
    ("empty-matches", TEXT, "sed 's/x*/-/g' < f"),
    ("empty-after-match", "baaac\n", "sed 's/a*/x/g' < f"),
    ("second-occurrence", TEXT, "sed 's/o/0/2' < f"),
    ("occurrence-and-on", "aaaa\n", "sed 's/a/b/2g' < f"),
    ("ignore-case", TEXT, "sed 's/O/0/Ig' < f"),
    ("other-delimiter", "/home/ec2-user/.aws/config\n", "sed 's|/|:|g' < f"),
    ("escaped-delimiter", "/home/ec2-user\n", "sed 's/\\//_/g' < f"),
    ("newline-in-replacement", TEXT, "sed 's/o/\\n/' < f"),
    ("two-commands", TEXT, "sed 's/a/b/;s/b/c/' < f"),
    ("two-expressions", TEXT, "sed -e 's/a/b/' -e 's/b/c/' < f"),
    ("extended-group", TEXT, "sed -E 's/(o+)/[&]/g' < f"),
    ("extended-plus", NAMES, "sed -r 's/-[a-z0-9]+\\./-X./' < f"),
    ("print-quiet", TEXT, "sed -n p < f"),
    ("print-twice", TEXT, "sed 'p;p' < f"),
    ("print-matching", TEXT, "sed -n '/o/p' < f"),
    ("delete-line", TEXT, "sed 2d < f"),
    ("delete-last", TEXT, "sed '$d' < f"),
    ("delete-matching", TEXT, "sed '/o/d' < f"),
    ("delete-range", TEXT, "sed '/a/,/b/d' < f"),
    ("delete-to-end", TEXT, "sed '2,$d' < f"),
    ("range-numbers", TEXT, "sed -n '2,3p' < f"),
    ("range-backwards", TEXT, "sed -n '3,1p' < f"),
    ("quit", TEXT, "sed 2q < f"),
    ("quit-quiet", TEXT, "sed -n '2p;2q' < f"),
    ("line-numbers", TEXT, "sed -n '$=' < f"),
    ("equals", TEXT, "sed = < f"),
    ("transliterate", TEXT, "sed 'y/abc/xyz/' < f"),
    ("korean", KOREAN, "sed 's/리전/region/' < f"),
    ("korean-dot", KOREAN, "sed 's/^./X/' < f"),
    ("file-operand", TEXT, "sed 's/a/b/' f"),
    ("dash-operand", TEXT, "sed 's/a/b/' - < f"),
    ("missing-file", TEXT, "sed 's/a/b/' nofile f"),
    ("no-final-newline", "one\ntwo", "sed p < f"),
    ("no-final-newline-subst", "one\ntwo", "sed 's/o/0/' < f"),
    ("long-options", TEXT, "sed --quiet --expression='/a/p' < f"),
    ("unterminated", TEXT, "sed 's/a/b' < f"),
    ("unterminated-short", TEXT, "sed 's/a' < f"),
    ("unterminated-bracket", TEXT, "sed 's/[/x/' < f"),
    ("unknown-option", TEXT, "sed 's/a/b/z' < f"),
    ("double-g", TEXT, "sed 's/a/b/gg' < f"),
    ("reference-without-group", TEXT, "sed 's/a/\\1/' < f"),
    ("unknown-command", TEXT, "sed k < f"),
    ("bad-interval", TEXT, "sed 's/a\\{x\\}/b/' < f"),
    ("unmatched-paren", TEXT, "sed -E 's/(a/b/' < f"),
    ("y-lengths", TEXT, "sed 'y/abc/xy/' < f"),
    ("extra-characters", TEXT, "sed 'px' < f"),
    ("address-zero", TEXT, "sed 0d < f"),
    ("empty-regex-reuses", "ab\n", "sed '/a/s//x/' < f"),
    ("empty-regex-none", "ab\n", "sed 's//x/' < f"),
    ("y-tab", "ab\n", "sed 'y/ab/\\t-/' < f"),
    ("quit-two-addresses", TEXT, "sed '1,2q' < f"),
]


def main():
    file_cases.capture_files(["sed", "--version"], "gnu-sed/cases.json", CASES)


if __name__ == "__main__":
    main()
