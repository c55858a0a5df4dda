#!/usr/bin/env python3
"""Captures real bash on the lab shell's constructs: substitution, redirection, here-documents,
loops, conditionals and `test`. Writes Tests/ShellTests/Resources/captures/bash/constructs.json.

    scripts/capture/bash_constructs.py [OUT.json]

Each case runs in a fresh empty folder as a login bash (`argv[0]` is `-bash`, so messages start
with `-bash:` as in the learner's terminal) reading the case from standard input, with a clean
environment. bash run this way names a line number in its messages (`-bash: line 2: …`); an
interactive shell, which is what the learner sits in, does not, so the capture drops
`line N: ` after the `-bash: ` prefix; and after a syntax error it quotes the offending line,
which an interactive shell does not, so that line is dropped. Those are the only changes made to
what bash printed.
Only shell builtins and redirections are captured here: coreutils on this machine (9.x) words
some messages differently from Amazon Linux 2's 8.22, which the simulation follows.
Needs bash; touches only the temporary folders it makes. Not run in CI.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

# (name, script). A script may hold several lines; every line is a command line of the session.
CASES = [
    ("substitution", "echo $(echo a   b)"),
    ("substitution-quoted", 'echo "$(echo a   b)"'),
    ("substitution-trailing-newlines", 'x="$(echo one; echo; echo)"; echo "[$x]"'),
    ("substitution-nested", "echo $(echo $(echo deep) x)"),
    ("backticks", "echo `echo hi` there"),
    ("backticks-in-quotes", 'echo "`echo a  b`"'),
    ("assignment-status", "x=$(false); echo $?"),
    ("assignment-status-true", "x=$(true); echo $? $x"),
    ("substitution-status-then-command", "echo $(false); echo $?"),
    ("substitution-splits", 'for w in $(echo "a b" c); do echo "<$w>"; done'),
    ("substitution-stderr", "x=$(nosuchcmd 2>&1); echo \"$x\""),
    ("empty-command-status", "$(false); echo $?"),
    ("write-then-read", "echo hello > f\ncat f"),
    ("append", "echo one > f; echo two >> f; cat f"),
    ("truncate-first", "echo one > f; cat f > f; cat f; echo end"),
    ("read-from-file", "echo 'a b' > f; cat < f"),
    ("missing-input-file", "cat < nofile; echo $?"),
    ("write-into-missing-folder", "echo hi > nodir/f; echo $?"),
    ("write-to-folder", "mkdir d; echo hi > d; echo $?"),
    ("stderr-to-file", "cat nofile 2> err; echo $?; cat err"),
    ("stderr-to-stdout", "cat nofile 2>&1 | grep -c 'No such'"),
    ("both-to-file", "cat nofile &> all; cat all"),
    ("dev-null", "echo gone > /dev/null; cat nofile 2>/dev/null; echo $?"),
    ("order-matters", "cat nofile 2>&1 > out; echo ---; cat out"),
    ("ambiguous-redirect", 'x="a b"; echo hi > $x; echo $?'),
    ("empty-redirect", 'echo hi > "$EMPTY"; echo $?'),
    ("here-document", "cat <<EOF\nline one\n  two\nEOF"),
    ("here-document-expands", "X=world\ncat <<EOF\nhello $X $(echo sub)\nEOF"),
    ("here-document-quoted", "X=world\ncat <<'EOF'\nhello $X $(echo sub)\nEOF"),
    ("here-document-strip-tabs", "cat <<-EOF\n\tindented\n\t\tmore\n\tEOF"),
    ("here-document-to-file", "cat > p.json <<'EOF'\n{\"a\": [1, 2]}\nEOF\ncat p.json"),
    ("here-document-escapes", "cat <<EOF\ncost \\$5 and \\\\ back\nEOF"),
    ("here-string", 'cat <<< "a  b"'),
    ("here-string-read", 'read x y <<< "one two three"; echo "$x|$y"'),
    ("tee", "echo both | tee f; cat f"),
    ("tee-append", "echo one > f; echo two | tee -a f > /dev/null; cat f"),
    ("for", "for i in 1 2 3; do echo $i; done"),
    ("for-multiline", "for i in a b\ndo\n  echo \"item $i\"\ndone"),
    ("for-empty", "for i in; do echo $i; done; echo after"),
    ("for-break", "for i in 1 2 3 4; do if [ $i = 3 ]; then break; fi; echo $i; done"),
    ("for-continue", "for i in 1 2 3; do [ $i = 2 ] && continue; echo $i; done"),
    ("for-variable-after", "for i in x y; do :; done; echo $i"),
    ("if", "if true; then echo yes; fi"),
    ("if-else", "if false; then echo yes; else echo no; fi"),
    ("elif", "if false; then echo 1; elif true; then echo 2; else echo 3; fi"),
    ("if-status", "if false; then echo x; fi; echo $?"),
    ("while-read-file", "printf 'a 1\\nb 2\\n' > f\nwhile read name n; do echo \"$n=$name\"; done < f"),
    ("printf", "printf '%s=%d\\n' a 1 b 2; printf '[%-5s|%5s]\\n' x y; printf '%s\\n'; printf 'no newline'"),
    ("while-read-pipe", "echo -e 'x\\ny' | while read l; do echo \"<$l>\"; done"),
    ("while-count", "n=x; while [ $n != xxxx ]; do n=${n}x; echo $n; done"),
    ("until", "until true; do echo never; done; echo done"),
    ("read-last-takes-rest", "echo 'a b c d' | { read x y; echo \"$y\"; }"),
    ("read-end-of-input", "read x < /dev/null; echo $? \"[$x]\""),
    ("group", "{ echo a; echo b; } > f; cat f"),
    ("subshell-keeps-variables-apart", "x=1; (x=2; echo $x); echo $x"),
    ("pipe-both", "cat nofile |& grep -o nofile"),
    ("test-file", "touch f; [ -f f ] && echo file; [ -d f ] || echo notdir; test -e nofile; echo $?"),
    ("test-strings", '[ -z "" ] && echo empty; [ -n x ] && echo set; [ a = a ] && echo eq; [ a != b ] && echo ne'),
    ("test-numbers", "[ 10 -gt 9 ] && echo gt; [ 2 -le 2 ] && echo le; [ 3 -eq 4 ]; echo $?"),
    ("test-not", "[ ! -f nofile ] && echo absent"),
    ("test-and-or", "[ 1 -lt 2 -a 3 -gt 1 ] && echo both; [ 1 -gt 2 -o 3 -gt 1 ] && echo either"),
    ("test-integer-expected", "[ 1 -eq x ]; echo $?"),
    ("test-missing-bracket", "[ a; echo $?"),
    ("test-unary-expected", "[ a b ]; echo $?"),
    ("test-binary-expected", "[ a b c ]; echo $?"),
    ("test-too-many", "[ a -a b c ]; echo $?"),
    ("syntax-fi", "fi"),
    ("syntax-done", "for i in 1; do echo $i; done done"),
    ("syntax-then", "if true; then; fi"),
    ("syntax-for-name", "for 1x in a; do echo; done"),
    ("break-outside-loop", "break; echo $?"),
    ("glob", "touch b.json a.json c.txt; echo *.json; ls *.txt"),
    ("glob-no-match", "echo *.nothing"),
    ("glob-quoted", "touch a.json; echo '*.json' \"*\""),
    ("cd-and-ls", "mkdir -p x/y; cd x/y; touch z; cd ../..; ls x/y; cd x; ls"),
    ("cd-missing", "cd nowhere; echo $?"),
    ("cd-file", "touch f; cd f; echo $?"),
]


def run(script: str, home: str = "") -> dict:
    """Runs `script` as described above; `home` is $HOME when given (else the fresh folder)."""
    with tempfile.TemporaryDirectory(prefix="labrun-bash-") as folder:
        env = {"PATH": "/usr/bin:/bin", "HOME": home or folder, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
        process = subprocess.run(
            ["bash", "-c", 'exec -a -bash bash --norc --noprofile'],
            input=script + "\n", capture_output=True, text=True, cwd=folder, env=env, timeout=20)
        strip = re.compile(r"^-bash: line \d+: ", re.MULTILINE)
        # After a syntax error a non-interactive bash also quotes the line; an interactive one does not.
        quoted_line = re.compile(r"(syntax error[^\n]*\n)-bash: `[^\n]*'\n")
        stderr = quoted_line.sub(r"\1", strip.sub("-bash: ", process.stderr))
        return {
            "stdout": strip.sub("-bash: ", process.stdout),
            "stderr": stderr,
            "status": process.returncode,
        }


def main() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "Tests", "ShellTests", "Resources", "captures", "bash", "constructs.json")
    out = sys.argv[1] if len(sys.argv) > 1 else default
    version = subprocess.run(["bash", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    cases = [dict(name=name, script=script, **run(script)) for name, script in CASES]
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"tool": version, "cases": cases}, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(f"{len(cases)} cases from {version} -> {out}")


if __name__ == "__main__":
    main()
