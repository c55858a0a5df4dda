#!/usr/bin/env python3
"""Captures how bash's readline lists the completions of a word (Tab twice). Writes
Tests/LineEditingTests/Resources/readline-listing.json.

    scripts/capture/readline_listing.py [OUT.json]

Each case makes a fresh temporary folder holding files (and folders) of the given names, starts an
interactive bash (no rc files, prompt `$ `, C.UTF-8) in a pseudo-terminal of the given width, goes
types `ls FOLDER/PREFIX` and Tab twice, and keeps what bash wrote between the end of the
typed line and the prompt it draws again: the listing, `\\r\\n` line ends and padding included. The
names are lower-case ASCII letters, digits, `-`, `.` and Korean (wide) letters, ordered alike by
byte and by collation, so a case measures the layout and not a locale's sort. Needs bash and
Python's pty module; touches only the folders it makes. Not run in CI.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import pty_bash  # noqa: E402


def names(prefix, count, width=None):
    """`count` names `PREFIXnn`, each padded with `x` to `width` characters when given."""
    made = []
    for index in range(count):
        name = f"{prefix}{index:02d}"
        if width:
            name = name + "x" * (width - len(name))
        made.append(name)
    return made


# (name, terminal width, files, folders, typed prefix: the names' longest common prefix, so that the
# first Tab has nothing to add and the second lists)
CASES = [
    ("one-row", 80, ["alpha", "beta", "gamma", "delta", "epsilon"], [], ""),
    ("down-the-columns", 80, names("file", 30), [], "file"),
    ("mixed-lengths", 80, ["a", "bb", "ccc", "dddd", "eeeee", "ffffffffffff", "g", "hh", "iii", "jjjjjjjjjjjjjjjjjjj"], [], ""),
    ("folders-marked", 80, ["notes.txt", "run.sh"], ["configs", "logs", "tmp"], ""),
    ("folder-is-widest", 60, ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"], ["abcdefgh"], "a"),
    ("exact-fit", 40, names("n", 12, width=8), [], "n"),
    ("one-short-of-fit", 41, names("n", 12, width=8), [], "n"),
    ("one-column", 20, names("long-name-", 4, width=19), [], "long-name-0"),
    ("wider-than-window", 10, names("waytoolong", 3, width=14), [], "waytoolong0"),
    ("last-row-short", 50, names("k", 7, width=6), [], "k0"),
    ("korean", 40, ["가나다", "라마", "바사아자", "abc", "d"], [], ""),
    ("narrow-many", 30, names("x", 9), [], "x0"),
]


def capture(width, files, folders, prefix):
    folder = tempfile.mkdtemp(prefix="labrun-readline-")
    try:
        for name in files:
            open(os.path.join(folder, name), "w").close()
        for name in folders:
            os.mkdir(os.path.join(folder, name))
        env = {"TERM": "xterm", "HOME": folder, "PS1": "$ ", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
               "COLUMNS": str(width), "LINES": "24", "INPUTRC": "/dev/null"}
        pid, fd = pty_bash.spawn(folder, env, width=width)
        pty_bash.read(fd)
        # The folder typed whole, as a learner types a path: readline shows only each name.
        typed = ("ls " + folder + "/" + prefix).encode()
        os.write(fd, typed)
        pty_bash.read(fd)
        os.write(fd, b"\t\t")
        shown = pty_bash.read(fd)
        # Ctrl-C drops the line; what is typed right after it can be lost, so bash is given time.
        os.write(fd, b"\x03")
        pty_bash.read(fd, limit=1.0)
        pty_bash.stop(pid, fd)
        # Bracketed paste mode is switched on and off around each line; it is not the listing's.
        text = shown.decode("utf-8").replace("\x1b[?2004h", "").replace("\x1b[?2004l", "")
        # The bell of the first Tab, then the listing from the next line to the prompt drawn again.
        if "\r\n" not in text:
            raise SystemExit(f"no listing for {files + folders} at width {width}: {text!r}")
        start = text.index("\r\n") + 2
        end = text.rindex("$ " + "ls " + folder + "/" + prefix)
        return text[start:end]
    finally:
        shutil.rmtree(folder)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "Tests", "LineEditingTests", "Resources", "readline-listing.json")
    out = sys.argv[1] if len(sys.argv) > 1 else default
    version = subprocess.run(["bash", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    readline = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "libreadline8"], capture_output=True,
                              text=True).stdout
    cases = []
    for name, width, files, folders, prefix in CASES:
        assert prefix == os.path.commonprefix(files + folders), name
        listing = capture(width, files, folders, prefix)
        cases.append({"name": name, "width": width, "files": files, "folders": folders, "prefix": prefix,
                      "listing": listing})
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"tool": version, "readline": "libreadline8 " + readline, "cases": cases}, handle,
                  ensure_ascii=False, indent=1)
        handle.write("\n")
    print(f"{len(cases)} cases from {version} -> {out}")


if __name__ == "__main__":
    main()
