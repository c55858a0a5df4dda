#!/usr/bin/env python3
"""Re-makes Tests/ShellTests/Resources/captures/jmespath-python/results.json with Python jmespath.

    python3 scripts/capture/jmespath_python.py [OUT]

Evaluates every expression listed in the committed results.json over document.json with jmespath
1.1.0 (the library awscli 1.45.11 uses) and writes OUT/results.json (default: a new folder under
/tmp) and a copy of document.json: for a value, the result as `json.dumps(..., ensure_ascii=False)`;
for a failure, the stage ("compile" when `jmespath.compile` raises, else "evaluate") and `str(e)`.
The expressions are the project's own; only the results are the oracle's. Compare with:

    diff -r Tests/ShellTests/Resources/captures/jmespath-python OUT

Not run in CI.
"""

import json
import os
import shutil
import sys
import tempfile

import jmespath

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "..", "..", "Tests", "ShellTests", "Resources", "captures", "jmespath-python")


def evaluate(query, document):
    try:
        compiled = jmespath.compile(query)
    except Exception as error:
        return {"query": query, "stage": "compile", "message": str(error)}
    try:
        return {"query": query, "result": json.dumps(compiled.search(document), ensure_ascii=False)}
    except Exception as error:
        return {"query": query, "stage": "evaluate", "message": str(error)}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="jmespath-python.")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(SET, "document.json"), encoding="utf-8") as handle:
        document = json.load(handle)
    with open(os.path.join(SET, "results.json"), encoding="utf-8") as handle:
        committed = json.load(handle)
    values, failures = [], []
    for entry in committed["values"] + committed["failures"]:
        result = evaluate(entry["query"], document)
        (values if "result" in result else failures).append(result)
    shutil.copyfile(os.path.join(SET, "document.json"), os.path.join(out, "document.json"))
    with open(os.path.join(out, "results.json"), "w", encoding="utf-8") as handle:
        json.dump({"values": values, "failures": failures}, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
    print("made", out, file=sys.stderr)


if __name__ == "__main__":
    main()
