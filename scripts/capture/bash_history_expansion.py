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
import pty
import select
import shutil
import subprocess
import sys
import tempfile
import termios
import time

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


def read_until_prompt(fd, limit=5.0):
    out = b""
    end = time.time() + limit
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            out += chunk
            if out.endswith(b"$ "):
                return out[:-2]
    return out


def run(lines, folder):
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(folder)
        attributes = termios.tcgetattr(0)
        attributes[3] &= ~termios.ECHO
        termios.tcsetattr(0, termios.TCSANOW, attributes)
        env = {"TERM": "dumb", "HOME": folder, "PS1": "$ ", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
               "HISTFILE": "/dev/null", "INPUTRC": "/dev/null"}
        os.execve(shutil.which("bash"), ["-bash", "--noprofile", "--norc", "-i"], env)
    read_until_prompt(fd)
    results = []
    for line in lines:
        os.write(fd, line.encode() + b"\n")
        shown = read_until_prompt(fd).decode("utf-8").replace("\r\n", "\n")
        results.append({"line": line, "shown": shown})
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    os.close(fd)
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
