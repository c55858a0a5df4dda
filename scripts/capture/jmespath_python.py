#!/usr/bin/env python
"""Re-makes Tests/ShellTests/Resources/captures/jmespath-python/results.json with Python jmespath.

    VENV/bin/python scripts/capture/jmespath_python.py [OUT]

Evaluates every expression listed in the committed results.json over document.json with jmespath
0.10.0 on Python 2.7 (what awscli 1.18.147 uses; VENV is the virtualenv it is installed in), the
document loaded as botocore hands a response over there (plain dicts filled in file order, ASCII
text values as `str`), and writes OUT/results.json (default: a new folder under
/tmp) and a copy of document.json: for a value, the result as `json.dumps(..., ensure_ascii=False)`;
for a failure, the stage ("compile" when `jmespath.compile` raises, else "evaluate") and `str(e)`.
The expressions are the project's own; only the results are the oracle's. Compare with:

    diff -r Tests/ShellTests/Resources/captures/jmespath-python OUT

Not run in CI.
"""

from __future__ import print_function

import collections
import io
import json
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from botocore_values import as_parsed, parsed_object  # noqa: E402

import jmespath

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "..", "..", "Tests", "ShellTests", "Resources", "captures", "jmespath-python")


def text(value):
    return value.decode("utf-8") if isinstance(value, bytes) else value


def entry(**members):
    """One result with its members in the committed file's order."""
    order = ["query", "result", "stage", "message"]
    return collections.OrderedDict((name, members[name]) for name in order if name in members)


def evaluate(query, document):
    try:
        compiled = jmespath.compile(query)
    except Exception as error:
        return entry(query=query, stage="compile", message=text(str(error)))
    try:
        return entry(query=query, result=text(json.dumps(compiled.search(document), ensure_ascii=False)))
    except Exception as error:
        return entry(query=query, stage="evaluate", message=text(str(error)))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="jmespath-python.")
    if not os.path.isdir(out):
        os.makedirs(out)
    with io.open(os.path.join(SET, "document.json"), encoding="utf-8") as handle:
        document = as_parsed(json.load(handle, object_pairs_hook=parsed_object))
    with io.open(os.path.join(SET, "results.json"), encoding="utf-8") as handle:
        committed = json.load(handle)
    values, failures = [], []
    for entry in committed["values"] + committed["failures"]:
        result = evaluate(entry["query"], document)
        (values if "result" in result else failures).append(result)
    shutil.copyfile(os.path.join(SET, "document.json"), os.path.join(out, "document.json"))
    dumped = json.dumps(collections.OrderedDict([("values", values), ("failures", failures)]), indent=2,
                        ensure_ascii=False, separators=(",", ": "))
    with io.open(os.path.join(out, "results.json"), "w", encoding="utf-8") as handle:
        handle.write(text(dumped) + u"\n")
    print("made", out, file=sys.stderr)


if __name__ == "__main__":
    main()
