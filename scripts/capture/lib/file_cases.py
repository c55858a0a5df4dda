"""What the capture scripts of the text tools share: a command run over a file `f` of given text in
a fresh temporary folder under LC_ALL=C.UTF-8 (as the golden tests run it on a simulated host), and
the capture file written as the tests read it: {"tool": VERSION, "cases": [...]}, one space of
indentation, a newline at the end.
"""
import json
import os
import subprocess
import sys
import tempfile

CAPTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "Tests", "ShellTests",
                        "Resources", "captures")


def decoded(done):
    """A finished process's outputs and status, bytes that are not UTF-8 shown as U+FFFD."""
    return {
        "stdout": done.stdout.decode("utf-8", "replace"),
        "stderr": done.stderr.decode("utf-8", "replace"),
        "status": done.returncode,
    }


def run_on_file(text, command):
    """`command` run by sh in a fresh folder holding `f` with `text`."""
    with tempfile.TemporaryDirectory(prefix="labrun-capture-") as folder:
        with open(os.path.join(folder, "f"), "w", encoding="utf-8") as handle:
            handle.write(text)
        env = dict(os.environ, LC_ALL="C.UTF-8")
        return decoded(subprocess.run(command, shell=True, cwd=folder, env=env, capture_output=True))


def tool_version(argv):
    """The first line of `argv`'s output, which names the tool and its version."""
    return subprocess.run(argv, capture_output=True, text=True).stdout.splitlines()[0]


def write(relative, tool, cases):
    """Writes the cases to argv[1], or to `relative` below the tests' captures folder."""
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(CAPTURES, relative)
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"tool": tool, "cases": cases}, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(f"{len(cases)} cases from {tool} -> {out}")


def capture_files(version_argv, relative, cases):
    """Runs each (name, input, command) over its file and writes them."""
    tool = tool_version(version_argv)
    write(relative, tool, [dict(name=name, input=text, command=command, **run_on_file(text, command))
                           for name, text, command in cases])
