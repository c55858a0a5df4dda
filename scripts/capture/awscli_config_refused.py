#!/usr/bin/env python3
"""Captures what awscli 1.18.147 (botocore 1.18.6, Python 2.7.18: the versions labrun claims)
prints when its config file or its shared credentials file is one Python 2.7's RawConfigParser
refuses. awscli reads both files while it builds its driver, before it parses a single argument,
so every command (`aws --version` included) stops there with a traceback.
Writes Tests/ShellTests/Resources/captures/awscli-config-refused/captures.json.

    pip install --target DIR awscli==1.18.147                 # under Python 2.7.18
    AWSCLI_TARGET=DIR PYTHON2=~/.pyenv/versions/2.7.18/bin/python \\
      scripts/capture/awscli_config_refused.py [OUT.json]

The files are written to a temporary folder and named through AWS_CONFIG_FILE and
AWS_SHARED_CREDENTIALS_FILE. The traceback names where awscli is installed; the capture writes
Amazon Linux 2's places instead (its awscli package puts the script at /usr/bin/aws and the
modules under /usr/lib/python2.7/site-packages), and FILE for the file's path. The only address
any command could reach is 127.0.0.1:9 (`--endpoint-url`), and none gets that far. Not run in CI.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
TARGET = os.path.join(REPO, "Tests/ShellTests/Resources/captures/awscli-config-refused/captures.json")
SITE = os.environ.get("AWSCLI_TARGET", "/tmp/awscli118")
PYTHON2 = os.environ.get("PYTHON2", os.path.expanduser("~/.pyenv/versions/2.7.18/bin/python"))

GOOD_CONFIG = "[default]\nregion = ap-northeast-2\n"

# (name, which file is broken, its text, the command's words after `aws`).
CASES = [
    ("config-key-before-section", "config", "region = x\n[default]\nregion = y\n", ["s3", "ls"]),
    ("config-no-separator", "config", "[default]\nregion ap-northeast-2\n", ["s3", "ls"]),
    ("config-unclosed-header", "config", "[default\nregion = x\n", ["sts", "get-caller-identity"]),
    ("config-version", "config", "  [default]\nregion = x\n", ["--version"]),
    ("config-usage-error", "config", "[default]\n= x\n", ["s3", "lss"]),
    ("config-configure", "config", "[default]\nregion\n", ["configure", "list"]),
    ("credentials-no-section", "credentials", "aws_access_key_id = x\n", ["s3", "ls"]),
    ("credentials-bad-line", "credentials", "[default]\naws_access_key_id\n", ["--version"]),
    ("both-broken", "both", "region = x\n", ["s3", "ls"]),
    ("config-nested-without-equals", "config", "[default]\nregion = x\ns3 =\n  addressing_style path\n", ["s3", "ls"]),
    ("credentials-nested-without-equals", "credentials", "[default]\nx =\n  y\n", ["--version"]),
]

# (name, AWS_CONFIG_FILE as botocore is given it, an exported variable): botocore expands
# `$NAME` and `${NAME}` from the environment (os.path.expandvars), then `~`, before it reads the
# file; the file at the expanded path is a broken one, so the traceback names that path. FOLDER
# is the temporary folder.
EXPANDED = [
    ("expand-braces", "${LABDIR}/c", ("LABDIR", "FOLDER")),
    ("expand-plain", "$LABDIR/c", ("LABDIR", "FOLDER")),
    ("expand-unset", "FOLDER/$NOPE/c", None),
    ("expand-empty-braces", "FOLDER/${}/c", None),
    ("expand-home-tilde", "~/c", None),
    ("expand-then-tilde", "$T/c", ("T", "~")),
    ("expand-adjacent", "FOLDER/$A$B/c", ("A", "x")),
    ("tilde-is-home-variable", "~/c", ("HOME", "FOLDER/h")),
    ("tilde-unknown-user", "~nosuchuser/c", None),
]


def version():
    out = subprocess.run(
        [PYTHON2, os.path.join(SITE, "bin/aws"), "--version"], capture_output=True, text=True,
        env={"PYTHONPATH": SITE, "PATH": "/usr/bin:/bin", "AWS_EC2_METADATA_DISABLED": "true",
             "AWS_CONFIG_FILE": "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent"})
    words = (out.stderr or out.stdout).split()
    return " ".join(word for word in words if not word.startswith("Linux/"))


def capture():
    folder = tempfile.mkdtemp()
    results = []
    for name, broken, text, words in CASES:
        config = os.path.join(folder, name + ".config")
        credentials = os.path.join(folder, name + ".credentials")
        with open(config, "w", newline="") as handle:
            handle.write(text if broken in ("config", "both") else GOOD_CONFIG)
        with open(credentials, "w", newline="") as handle:
            handle.write(text if broken in ("credentials", "both") else "")
        env = {
            "PYTHONPATH": SITE, "PATH": "/usr/bin:/bin", "HOME": folder, "AWS_EC2_METADATA_DISABLED": "true",
            "AWS_CONFIG_FILE": config, "AWS_SHARED_CREDENTIALS_FILE": credentials,
        }
        run = subprocess.run(
            [PYTHON2, os.path.join(SITE, "bin/aws"), "--endpoint-url", "http://127.0.0.1:9"] + words,
            capture_output=True, text=True, env=env, timeout=60)
        def normalise(output):
            output = output.replace(os.path.join(SITE, "bin/aws"), "/usr/bin/aws")
            output = output.replace(SITE + "/", "/usr/lib/python2.7/site-packages/")
            return output.replace(config, "FILE").replace(credentials, "FILE")
        results.append({
            "name": name, "broken": broken, "text": text, "command": "aws " + " ".join(words),
            "stdout": normalise(run.stdout), "stderr": normalise(run.stderr), "status": run.returncode,
        })
    for name, given, variable in EXPANDED:
        base = tempfile.mkdtemp()
        env = {"PYTHONPATH": SITE, "PATH": "/usr/bin:/bin", "HOME": base, "AWS_EC2_METADATA_DISABLED": "true",
               "AWS_SHARED_CREDENTIALS_FILE": os.path.join(base, "none")}
        if variable:
            env[variable[0]] = variable[1].replace("FOLDER", base)
        env["AWS_CONFIG_FILE"] = given.replace("FOLDER", base)
        # The file at each path the name could come to, broken.
        for place in ["c", "$NOPE/c", "${}/c", "x$B/c", "~/c", "h/c", "~nosuchuser/c"]:
            path = os.path.join(base, place)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as handle:
                handle.write("region = x\n")
        run = subprocess.run(
            [PYTHON2, os.path.join(SITE, "bin/aws"), "--version"], capture_output=True, text=True, env=env, timeout=60,
            cwd=base)
        stderr = run.stderr.replace(os.path.join(SITE, "bin/aws"), "/usr/bin/aws")
        stderr = stderr.replace(SITE + "/", "/usr/lib/python2.7/site-packages/").replace(base, "FOLDER")
        results.append({
            "name": name, "broken": "config", "text": "region = x\n", "command": "aws --version",
            "configFile": given, "variable": list(variable) if variable else None,
            "stdout": run.stdout, "stderr": stderr, "status": run.returncode,
        })
    return {"tool": version(), "cases": results, "writer": writer(), "profiles": profiles(),
            "credentialsWriter": credentials_writer()}


def credentials_writer():
    """`aws configure set` writes the three credential keys to the shared credentials file, with the
    profile's section named without `profile `, and everything else to the config file. The home
    starts with the config file a simulated host has."""
    base = tempfile.mkdtemp()
    os.makedirs(os.path.join(base, ".aws"))
    with open(os.path.join(base, ".aws/config"), "w") as handle:
        handle.write(GOOD_CONFIG)
    env = {"PYTHONPATH": SITE, "PATH": "/usr/bin:/bin", "HOME": base, "AWS_EC2_METADATA_DISABLED": "true"}
    commands = [
        "aws configure set aws_access_key_id AKIAEXAMPLEKEY0001 --profile dev",
        "aws configure set profile.dev.aws_secret_access_key secretexample0001",
        "aws configure set region us-east-1 --profile dev",
        "aws configure set default.aws_session_token tokenexample",
        "aws configure set output text",
    ]
    statuses = []
    for command in commands:
        run = subprocess.run([PYTHON2, os.path.join(SITE, "bin/aws")] + command.split()[1:], cwd=base, env=env,
                             capture_output=True, text=True, timeout=60)
        statuses.append({"command": command, "status": run.returncode, "stdout": run.stdout, "stderr": run.stderr})
    files = {}
    for name in [".aws/config", ".aws/credentials"]:
        path = os.path.join(base, name)
        with open(path) as handle:
            files[name] = {"text": handle.read(), "mode": oct(os.stat(path).st_mode & 0o777)}
    return {"commands": statuses, "files": files}


def profiles():
    """Which sections count as profiles: an indented `[profile p]` continues the value above it,
    so botocore knows no profile p; `[DEFAULT]` is no profile either."""
    cases = [
        ("indented-profile-header", "[default]\nregion = x\n  [profile p]\n", "p"),
        ("profile-header", "[default]\nregion = x\n[profile p]\n", "p"),
        ("defaults-is-no-profile", "[DEFAULT]\nregion = x\n", "DEFAULT"),
    ]
    out = []
    for name, text, profile in cases:
        base = tempfile.mkdtemp()
        config = os.path.join(base, "config")
        with open(config, "w") as handle:
            handle.write(text)
        env = {"PYTHONPATH": SITE, "PATH": "/usr/bin:/bin", "HOME": base, "AWS_EC2_METADATA_DISABLED": "true",
               "AWS_CONFIG_FILE": config, "AWS_SHARED_CREDENTIALS_FILE": os.path.join(base, "none")}
        run = subprocess.run(
            [PYTHON2, os.path.join(SITE, "bin/aws"), "configure", "get", "region", "--profile", profile],
            capture_output=True, text=True, env=env, timeout=60)
        out.append({"name": name, "text": text, "profile": profile,
                    "command": "aws configure get region --profile " + profile,
                    "stdout": run.stdout, "stderr": run.stderr, "status": run.returncode})
    return out


def writer():
    """`aws configure set` with AWS_CONFIG_FILE='$HOME/cfg': awscli's writer expands `~` only, so
    it writes ./$HOME/cfg, which the reader (expanding $HOME) never reads back."""
    base = tempfile.mkdtemp()
    os.makedirs(os.path.join(base, "$HOME"))
    env = {"PYTHONPATH": SITE, "PATH": "/usr/bin:/bin", "HOME": base, "AWS_EC2_METADATA_DISABLED": "true",
           "AWS_CONFIG_FILE": "$HOME/cfg", "AWS_SHARED_CREDENTIALS_FILE": os.path.join(base, "none")}
    aws = [PYTHON2, os.path.join(SITE, "bin/aws")]
    set_run = subprocess.run(aws + ["configure", "set", "region", "us-east-1"], cwd=base, env=env,
                             capture_output=True, text=True, timeout=60)
    get_run = subprocess.run(aws + ["configure", "get", "region"], cwd=base, env=env,
                             capture_output=True, text=True, timeout=60)
    written = {}
    for folder, _, names in os.walk(base):
        for name in names:
            path = os.path.join(folder, name)
            with open(path) as handle:
                written[os.path.relpath(path, base)] = handle.read()
    return {"configFile": "$HOME/cfg", "setStatus": set_run.returncode, "written": written,
            "getStatus": get_run.returncode, "getStdout": get_run.stdout}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else TARGET
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(capture(), indent=2, sort_keys=True, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
