#!/usr/bin/env python3
"""Captures an interactive bash's history expansion (`!!`, `!$`, `!N`, `^old^new` …). Writes
Tests/ShellTests/Resources/captures/bash/history-expansion.json.

    scripts/capture/bash_history_expansion.py [OUT.json]

History expansion happens only in an interactive shell, so each sequence runs in a fresh bash
started as a login shell would be named (`-bash`, so its messages begin `-bash:` as the learner's
do), with no rc files and no history file, in a pseudo-terminal whose echo is off (readline then
echoes nothing), prompt `$ `. Each line is typed with Enter and what bash writes before the next
prompt is kept, `\\r\\n` made `\\n`. Needs bash and Python's pty module; runs in a fresh temporary
folder and touches nothing else. Not run in CI.
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import pty_bash  # noqa: E402

SEQUENCES = [
    ("events-and-words", [
        "echo hi there", "!!", "echo !$", "echo !^ !*", "!ec", "!nosuch", "echo $?", "echo 'a!b'", "echo a!=b",
        "echo !", "echo hi!", "!-2", 'echo "hi!"', "echo $!", "echo a \\!b",
    ]),
    ("numbers-and-searches", [
        "echo one two | wc -w", "echo !$", "echo 'q w' x", "echo !$ !^", "!!:0", "!3", "!-1 more", "echo !?two?",
        "!nosuch more; echo after", "history",
    ]),
    ("quick-substitution-and-ranges", [
        "echo nonexistent", "^nonexistent^tmp", "^zzz^y", "echo a b c d", "echo !!:2-3", "echo !:1*", "!!:9",
    ]),
    ("empty-history", ["!!"]),
    ("no-such-word", ["true", "echo !^", "echo !$", "echo !*"]),
    ("status-kept", ["false", "!nosuch", "echo $?"]),
]


def run(lines, folder):
    env = {"TERM": "dumb", "HOME": folder, "PS1": "$ ", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
           "HISTFILE": "/dev/null", "INPUTRC": "/dev/null"}
    pid, fd = pty_bash.spawn(folder, env, width=80, argv0="-bash", echo=False)
    pty_bash.read(fd, prompt=b"$ ")
    results = []
    for line in lines:
        os.write(fd, line.encode() + b"\n")
        shown = pty_bash.read(fd, prompt=b"$ ").decode("utf-8").replace("\r\n", "\n")
        results.append({"line": line, "shown": shown})
    pty_bash.stop(pid, fd)
    return results


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "Tests", "ShellTests", "Resources", "captures", "bash",
                           "history-expansion.json")
    out = sys.argv[1] if len(sys.argv) > 1 else default
    version = subprocess.run(["bash", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    sequences = []
    for name, lines in SEQUENCES:
        with tempfile.TemporaryDirectory(prefix="labrun-history-") as folder:
            sequences.append({"name": name, "lines": run(lines, folder)})
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"tool": version, "sequences": sequences}, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(f"{len(sequences)} sequences from {version} -> {out}")


if __name__ == "__main__":
    main()
