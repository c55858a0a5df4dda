#!/usr/bin/env python3
"""Captures real bash on tilde expansion. Writes Tests/ShellTests/Resources/captures/bash/tilde.json.

    scripts/capture/bash_tilde.py [OUT.json]

Each case runs as bash_constructs.py runs its cases (a login bash reading the case from standard
input, in a fresh empty folder, the same clean-up of line numbers), with $HOME set to
/home/ec2-user, the home of V1's login user in the simulation, so that the expanded paths are the
ones the learner sees. That folder need not exist: bash expands `~` from $HOME without looking.
No case prints the folder the case runs in (`~+` is only asked after a `cd`), and `~USER` is only
asked for root, whose home (/root) is the same here as on Amazon Linux 2; the capture machine has
no ec2-user. Needs bash; touches only the temporary folders it makes. Not run in CI.
"""
import json
import os
import subprocess
import sys

from bash_constructs import run

HOME = "/home/ec2-user"

# (name, script), as in bash_constructs.py.
CASES = [
    ("prefixes", "echo ~ ~/x ~root ~root/x ~zz ~zz/x"),
    ("assignment", "X=~/a; echo $X"),
    ("assignment-colons", "X=a:~/b:~root; echo $X"),
    ("assignment-shaped-argument", "echo a=~/b:~/c x:~/d"),
    ("quoted-prefixes", "echo ~\"/x\" \"~\" \\~ '~'/x ~\\/x"),
    ("not-an-assignment", "echo ~/x=~/y ~root:~"),
    ("assignment-user-then-home", "X=~root:~; echo $X"),
    ("export-path", "export P=~/bin:~root/bin; echo $P"),
    ("home-set", "export HOME=/tmp; echo ~ ~/f; cd; pwd"),
    ("home-trailing-slash", "HOME=/tmp/; echo ~/x ~"),
    ("home-empty", 'HOME=; echo "[$(echo ~)]" [~]'),
    ("working-directories", "cd /tmp; cd /; echo ~+ ~- ~+/x ~-/y"),
    ("no-previous-directory", "echo ~-"),
    ("for-words", "for d in ~ ~root; do echo $d; done"),
    ("cd-names-expanded-path", "cd ~/nofile"),
    ("glob-without-match", "echo ~/*.none"),
    ("redirection-target", "echo hi > ~/nodir/f"),
    ("second-equals", "X=1=~/y; echo $X"),
    ("variable-after-tilde", "echo ~$X/a"),
    ("dash-option-value", "echo --file=~/x"),
]


def main() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "Tests", "ShellTests", "Resources", "captures", "bash", "tilde.json")
    out = sys.argv[1] if len(sys.argv) > 1 else default
    version = subprocess.run(["bash", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    cases = [dict(name=name, script=script, **run(script, home=HOME)) for name, script in CASES]
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"tool": version, "home": HOME, "cases": cases}, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(f"{len(cases)} cases from {version} -> {out}")


if __name__ == "__main__":
    main()
