#!/usr/bin/env python3
"""Captures bash's parameter expansion operators on the values a learner of the course handles
(an endpoint's wildcard DNS name, a VPC endpoint ID, paths, Korean text). Writes
Tests/ShellTests/Resources/captures/bash/parameter-expansion.json.

    scripts/capture/bash_parameter_expansion.py [OUT.json]

Each case is one line run by `bash --norc --noprofile -c` under LC_ALL=C.UTF-8 in an empty
temporary folder (so no pattern meets a file), keeping standard output, standard error and the
status; error messages say `bash: line 1:` there and `-bash:` at a prompt, which the test
accounts for. Needs bash. Not run in CI.
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import file_cases  # noqa: E402

N = "N='*.vpce-0a1b2c3d4e5f6a7b8-m2e6mf0p.s3.ap-northeast-2.vpce.amazonaws.com'; "
P = "P=/home/ec2-user/.aws/config; "
K = "K='서울 리전'; "
CASES = [
    ("replace-star", N + "echo ${N/\\*/bucket}"),
    ("replace-star-quoted", N + "echo \"${N/'*'/bucket}\""),
    ("replace-anchored-start", N + "echo \"${N/#\\*./bucket.}\""),
    ("replace-anchored-end", N + "echo \"${N/%.com/.net}\""),
    ("replace-every", N + "echo \"${N//-/_}\""),
    ("replace-first-only", N + "echo \"${N/-/_}\""),
    ("replace-glob-longest", N + "echo \"${N/.*./:}\""),
    ("replace-nothing", N + "echo \"${N/zzz/y}\""),
    ("replace-empty-string", N + "echo \"${N/\\*.}\""),
    ("replace-with-variable", N + "B=bucket; echo \"${N/\\*/$B}\""),
    ("remove-shortest-prefix", N + "echo \"${N#*.}\""),
    ("remove-longest-prefix", N + "echo \"${N##*.}\""),
    ("remove-shortest-suffix", N + "echo \"${N%.*}\""),
    ("remove-longest-suffix", N + "echo \"${N%%.*}\""),
    ("basename", P + "echo \"${P##*/}\""),
    ("dirname", P + "echo \"${P%/*}\""),
    ("prefix-bracket", P + "echo \"${P#/[a-h]*/}\""),
    ("prefix-question", P + "echo \"${P#/????/}\""),
    ("length", N + "echo ${#N}"),
    ("length-korean", K + "echo ${#K}"),
    ("length-unset", "echo ${#NOPE}"),
    ("default-unset", "echo ${NOPE:-fallback}"),
    ("default-empty-colon", "E=; echo [${E:-fallback}]"),
    ("default-empty-no-colon", "E=; echo [${E-fallback}]"),
    ("default-set", "V=value; echo ${V:-fallback}"),
    ("default-quoted-spaces", "echo \"${NOPE:-two  words}\""),
    ("default-unquoted-split", "printf '[%s]' ${NOPE:-two  words}; echo"),
    ("default-variable", "echo ${NOPE:-$HOME}"),
    ("default-nested", "echo ${NOPE:-${HOME}}"),
    ("alternative-set", "V=value; echo [${V:+yes}]"),
    ("alternative-unset", "echo [${NOPE:+yes}]"),
    ("alternative-empty", "E=; echo [${E:+yes}] [${E+yes}]"),
    ("substring", N + "echo ${N:2:4}"),
    ("substring-to-end", N + "echo ${N:60}"),
    ("substring-negative", N + "echo ${N: -3}"),
    ("substring-negative-length", N + "echo ${N:2:-3}"),
    ("substring-past-end", N + "echo [${N:200}]"),
    ("substring-korean", K + "echo ${K:0:2}"),
    ("upper-all", N + "echo ${N^^}"),
    ("upper-first", "V=vpce; echo ${V^}"),
    ("lower-all", "V=VPCE-ABC; echo ${V,,}"),
    ("lower-first", "V=VPCE; echo ${V,}"),
    ("status-default", "false; echo ${?:-x}"),
    ("bad-substitution", "echo ${N:}"),
    ("bad-substitution-name", "echo ${1a}"),
    ("negative-length-error", "V=abc; echo ${V:2:-3}"),
]


def run(line):
    with tempfile.TemporaryDirectory(prefix="labrun-pe-") as folder:
        env = {"PATH": os.environ["PATH"], "LC_ALL": "C.UTF-8", "HOME": "/home/ec2-user"}
        return file_cases.decoded(subprocess.run(["bash", "--norc", "--noprofile", "-c", line], cwd=folder,
                                                 env=env, capture_output=True))


def main():
    tool = file_cases.tool_version(["bash", "--version"])
    file_cases.write("bash/parameter-expansion.json", tool,
                     [dict(name=name, line=line, **run(line)) for name, line in CASES])


if __name__ == "__main__":
    main()
