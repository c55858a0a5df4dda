#!/usr/bin/env python
"""Re-makes Tests/ShellTests/Resources/captures/awscli-formatter with awscli's own formatters.

    VENV/bin/python scripts/capture/awscli_formatter.py [OUT] > /dev/null

For every case in the set's manifest.json, reads cases/<name>/input.json and writes to
OUT/cases/<name>/ what awscli 1.18.147 on Python 2.7 prints for it with `--output json`, `text` and `table`
(json.out, text.out, table.out) and, when a formatter raises, what the CLI then writes to stderr
(text.err, table.err: `"\\n" + str(error) + "\\n"`, as awscli.utils.write_exception does; stdout
keeps what was written before the error). Empty streams are left out; input.json is copied.

Tables are rendered with colour off and the width awscli uses when stdout is not a terminal (80),
so run it with stdout redirected. Compare with:

    scripts/capture/compare.py Tests/ShellTests/Resources/captures/awscli-formatter OUT

Needs awscli 1.18.147 importable by the Python 2.7 that runs it (VENV: a virtualenv of pyenv's
2.7.18 with `pip install awscli==1.18.147`); the script also runs on Python 3 for a newer awscli.
On Python 2.7, json.load builds plain dicts, so the input's keys reach the formatters in Python 2's
hash order, as botocore's parsed responses do. Not run in CI.
"""

from __future__ import print_function

import argparse
import io
import json
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from botocore_values import as_parsed, parsed_object  # noqa: E402

from awscli.formatter import get_formatter

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "..", "..", "Tests", "ShellTests", "Resources", "captures", "awscli-formatter")


def render(format_type, operation, source):
    """What awscli prints on stdout and stderr for the response in `source` in one format."""
    # Loaded afresh for each format (the formatters delete keys): a copy would re-insert the keys
    # in Python 2's iteration order and so change the order a second time.
    with io.open(source, encoding="utf-8") as handle:
        response = as_parsed(json.load(handle, object_pairs_hook=parsed_object))
    args = argparse.Namespace(query=None, color="off")
    stream = Collector()
    try:
        get_formatter(format_type, args)(operation, response, stream)
    except Exception as error:  # clidriver catches every exception the same way
        return stream.getvalue(), "\n" + str(error) + "\n"
    return stream.getvalue(), ""


class Collector(object):
    """A stream that takes what awscli writes on either Python (str, bytes or unicode)."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text.decode("utf-8") if isinstance(text, bytes) else text)

    def flush(self):
        pass

    def getvalue(self):
        return u"".join(self.parts)


def write(path, text):
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    if text:
        with io.open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)


def main():
    if sys.stdout.isatty():
        sys.exit("redirect stdout: awscli sizes tables to the terminal, and the set was made at 80 columns")
    out = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="awscli-formatter.")
    with io.open(os.path.join(SET, "manifest.json"), encoding="utf-8") as handle:
        cases = json.load(handle)
    for case in cases:
        source = os.path.join(SET, "cases", case["name"], "input.json")
        target = os.path.join(out, "cases", case["name"])
        if not os.path.isdir(target):
            os.makedirs(target)
        shutil.copyfile(source, os.path.join(target, "input.json"))
        for format_type in ("json", "text", "table"):
            stdout, stderr = render(format_type, case["operation"], source)
            write(os.path.join(target, format_type + ".out"), stdout)
            write(os.path.join(target, format_type + ".err"), stderr)
    print("made", out, file=sys.stderr)


if __name__ == "__main__":
    main()
