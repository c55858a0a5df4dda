#!/usr/bin/env python3
"""Captures real tools where they read or lay out local files, for the simulated host's file
system: awscli's `file://` parameters and `s3 cp` path checks (they fail before any request, so
no service is needed: the endpoint is a closed port on 127.0.0.1), and GNU ls's columns.
Writes Tests/ShellTests/Resources/captures/local-files/captures.json.

    AWS=/path/to/awscli-1.18.147/bin/aws scripts/capture/local_files.py [OUT.json]

Each case runs in a fresh empty folder after its `setup` (run by bash). coreutils 9.1 quotes file
names in some messages differently from Amazon Linux 2's 8.22; the test bridges that and says how. The simulated command is
the case's `command`; the real one gets `--endpoint-url http://127.0.0.1:9` added for awscli, so
nothing can leave this machine. Needs awscli 1.18.147 on Python 2.7 (the version labrun claims; set up as
scripts/capture/awscli_fidelity.py says, and named by AWS, since pyenv's shims put their own `aws` first on
PATH), coreutils and localedef (Debian's `locales`).
Not run in CI.
"""
import json
import os
import subprocess
import sys
import tempfile

AWS = os.environ.get("AWS", "aws")

GREEK = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho "
         "sigma tau upsilon phi chi psi omega").split()

# The top-level folders of the simulated hosts.
ROOT = "bin boot dev etc home lib lib64 local media mnt opt proc root run sbin srv sys tmp usr var".split()

CASES = [
    ("paramfile-missing", "", "aws ec2 describe-vpcs --filters file://nope.json"),
    ("paramfile-missing-equals", "", "aws ec2 describe-vpcs --filters=file://nope.json"),
    ("paramfile-folder", "mkdir d", "aws ec2 describe-vpcs --filters file://d"),
    ("paramfile-policy", "", "aws ec2 modify-vpc-endpoint --vpc-endpoint-id vpce-1 --policy-document file://p.json"),
    ("s3-cp-missing-local", "", "aws s3 cp nofile s3://jschoi.acl/"),
    ("s3-cp-local-to-local", "touch a", "aws s3 cp a b"),
    ("ls-columns", "touch " + " ".join(n + ".txt" for n in GREEK), "ls -C"),
    ("ls-one-per-line", "touch b.json a.json C.txt", "ls | cat"),
    ("ls-tab-stops", "touch b.json a.json C.txt", "ls -C"),
    ("ls-root-names", "mkdir " + " ".join(ROOT), "ls -C"),
    # coreutils' messages for files that are not there or not what the command needs.
    ("rm-missing", "", "rm nofile"),
    ("rm-force-missing", "", "rm -f nofile"),
    ("rm-folder", "mkdir d", "rm d"),
    ("rm-root", "", "rm -rf /"),
    ("mkdir-exists", "mkdir a", "mkdir a"),
    ("mkdir-alone", "", "mkdir"),
    ("cp-missing", "", "cp nofile x"),
    ("cp-alone", "", "cp"),
    ("cp-no-destination", "touch x", "cp x"),
    ("cp-folder", "mkdir d", "cp d e"),
    ("mv-missing", "", "mv nofile x"),
    ("touch-missing-folder", "", "touch nofolder/x"),
    ("touch-alone", "", "touch"),
    ("tee-missing-folder", "", "tee nofolder/x < /dev/null"),
    ("ls-missing", "", "ls nofile"),
    ("cat-folder", "mkdir d", "cat d"),
    ("wc-missing", "", "wc nofile"),
]


def make_locale() -> str:
    """Amazon Linux 2's locale, en_US.UTF-8, compiled into a folder of our own (LOCPATH), since
    ls sorts names by the locale's collation."""
    folder = tempfile.mkdtemp(prefix="labrun-locale-")
    subprocess.run(["localedef", "-i", "en_US", "-f", "UTF-8", os.path.join(folder, "en_US.UTF-8")], check=True)
    return folder


LOCPATH = make_locale()


def run(setup: str, command: str) -> dict:
    with tempfile.TemporaryDirectory(prefix="labrun-files-") as folder:
        env = {
            "PATH": os.environ["PATH"], "HOME": folder, "LOCPATH": LOCPATH, "LC_ALL": "en_US.UTF-8", "COLUMNS": "80",
            "AWS_EC2_METADATA_DISABLED": "true", "AWS_ACCESS_KEY_ID": "AKIAEXAMPLE",
            "AWS_SECRET_ACCESS_KEY": "example", "AWS_DEFAULT_REGION": "ap-northeast-2",
        }
        if setup:
            subprocess.run(["bash", "-c", setup], cwd=folder, env=env, check=True)
        real = command
        if command.startswith("aws "):
            real = AWS + command[len("aws"):] + " --endpoint-url http://127.0.0.1:9"
        process = subprocess.run(["bash", "-c", real], capture_output=True, text=True, cwd=folder, env=env,
                                 timeout=60)
        return {"stdout": process.stdout, "stderr": process.stderr, "status": process.returncode}


def main() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "Tests", "ShellTests", "Resources", "captures", "local-files",
                           "captures.json")
    out = sys.argv[1] if len(sys.argv) > 1 else default
    tools = [subprocess.run([AWS, "--version"], capture_output=True, text=True).stdout.strip()
             or subprocess.run([AWS, "--version"], capture_output=True, text=True).stderr.strip(),
             subprocess.run(["ls", "--version"], capture_output=True, text=True).stdout.splitlines()[0]]
    cases = [dict(name=name, setup=setup, command=command, **run(setup, command)) for name, setup, command in CASES]
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"tools": tools, "cases": cases}, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(f"{len(cases)} cases ({'; '.join(tools)}) -> {out}")


if __name__ == "__main__":
    main()
