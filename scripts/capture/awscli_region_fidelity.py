#!/usr/bin/env python3
"""Captures the Regions part of the awscli fidelity suite: how the real awscli 1.18.147 (Python 2.7,
the version labrun claims) picks its Region (--region, AWS_DEFAULT_REGION, the config file), what
`aws configure get/set/list` print and write, and which endpoint each Region sends a call to.
Writes Tests/ShellTests/Resources/captures/awscli-fidelity/regions.json.

    AWS=/path/to/awscli-1.18.147/bin/aws scripts/capture/awscli_region_fidelity.py [OUT.json]

Each case runs under bash (`bash -c`, so pipes and `;` work as in labrun's shell) with a fresh HOME
whose ~/.aws/config is the course hosts' (`[default]` / `region = ap-northeast-2`) and with no
AWS_DEFAULT_REGION, as on the simulated hosts of the fidelity test. `aws` on PATH is a wrapper:
for "moto" cases it adds `--endpoint-url http://127.0.0.1:PORT` (moto_server 5.2.1, whose
answers these cases keep to what moto gets right); for "offline" cases it adds nothing, and the
machine has no network, so a name fails as an unknown name fails (only names that AWS does not
have either are used, and only output that comes before the connection is compared).
Not run in CI.
"""
import json
import os
import socket
import stat
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
TARGET = os.path.join(REPO, "Tests/ShellTests/Resources/captures/awscli-fidelity/regions.json")
AWS = os.environ.get("AWS", "aws")

COURSE_CONFIG = "[default]\nregion = ap-northeast-2\n"

# (name, lab, host, mode, command); mode "moto" or "offline" as the docstring says.
CASES = [
    ("region-option-vpcs", "gateway-endpoint", "cloudshell", "moto",
     "aws ec2 describe-vpcs --region us-east-1 --filters Name=cidr,Values=10.0.0.0/16"),
    ("region-option-zones", "gateway-endpoint", "cloudshell", "moto",
     "aws ec2 describe-availability-zones --region us-east-1 --query 'AvailabilityZones[].ZoneName' --output text"),
    ("region-option-prefix-list-name", "gateway-endpoint", "cloudshell", "moto",
     "aws ec2 describe-prefix-lists --region us-east-1 --query 'PrefixLists[?contains(PrefixListName, `s3`)].PrefixListName'"),
    ("region-unknown-ec2", "public-subnet", "V1", "offline", "aws ec2 describe-vpcs --region nosuch-1"),
    ("region-unknown-s3", "public-subnet", "V1", "offline", "aws s3 ls --region nosuch-1"),
    ("region-unknown-sts", "public-subnet", "V1", "offline", "aws sts get-caller-identity --region nosuch-1"),
    ("region-bad-format", "public-subnet", "V1", "offline", "aws ec2 describe-vpcs --region 'bad_region!'"),
    ("region-env-unknown", "public-subnet", "V1", "offline",
     "export AWS_DEFAULT_REGION=nosuch-1; aws ec2 describe-vpcs"),
    ("region-option-beats-env", "public-subnet", "V1", "offline",
     "export AWS_DEFAULT_REGION=nosuch-1; aws ec2 describe-vpcs --region nosuch-2"),
    ("region-aws-region-ignored", "public-subnet", "V1", "offline",
     "export AWS_REGION=nosuch-1; aws configure list | grep region"),
    ("sts-endpoint-seoul", "public-subnet", "V1", "offline",
     "aws sts get-caller-identity --debug 2>&1 | grep -o 'connection (1): [a-z0-9.-]*'"),
    ("sts-endpoint-use1", "public-subnet", "V1", "offline",
     "aws sts get-caller-identity --region us-east-1 --debug 2>&1 | grep -o 'connection (1): [a-z0-9.-]*'"),
    ("sts-endpoint-use1-regional", "public-subnet", "V1", "offline",
     "export AWS_STS_REGIONAL_ENDPOINTS=regional; aws sts get-caller-identity --region us-east-1 --debug 2>&1"
     " | grep -o 'connection (1): [a-z0-9.-]*'"),
    ("ec2-endpoint-use1", "public-subnet", "V1", "offline",
     "aws ec2 describe-vpcs --region us-east-1 --debug 2>&1 | grep -o 'connection (1): [a-z0-9.-]*'"),
    ("configure-get-region", "public-subnet", "V1", "offline", "aws configure get region"),
    ("configure-get-missing", "public-subnet", "V1", "offline", "aws configure get output"),
    ("configure-get-env-ignored", "public-subnet", "V1", "offline",
     "export AWS_DEFAULT_REGION=us-east-1; aws configure get region"),
    ("configure-list-region", "public-subnet", "V1", "offline", "aws configure list | grep region"),
    ("configure-list-env", "public-subnet", "V1", "offline",
     "export AWS_DEFAULT_REGION=us-east-1; aws configure list --region eu-west-1 | grep region"),
    ("configure-set-region", "public-subnet", "V1", "offline",
     "aws configure set region us-east-1; cat ~/.aws/config; aws configure get region"),
    ("configure-set-new-key", "public-subnet", "V1", "offline",
     "aws configure set output text; cat ~/.aws/config"),
    ("configure-set-profile", "public-subnet", "V1", "offline",
     "aws configure set region us-east-1 --profile use1; cat ~/.aws/config; aws configure get region --profile use1"),
    ("configure-set-then-call", "public-subnet", "V1", "offline",
     "aws configure set region nosuch-1; aws ec2 describe-vpcs"),
    ("configure-set-fresh-file", "public-subnet", "V1", "offline",
     "rm ~/.aws/config; aws configure set region us-east-1; cat ~/.aws/config"),
    ("configure-no-region", "public-subnet", "V1", "offline", "rm ~/.aws/config; aws ec2 describe-vpcs"),
    ("profile-not-found", "public-subnet", "V1", "offline", "aws ec2 describe-vpcs --profile nosuch"),
    ("profile-not-found-get", "public-subnet", "V1", "offline", "aws configure get region --profile nosuch"),
]


def wrapper(folder, real, endpoint):
    """A bin folder whose `aws` runs the real one, with the endpoint when one is given."""
    path = os.path.join(folder, "aws")
    extra = ' --endpoint-url "%s"' % endpoint if endpoint else ""
    with open(path, "w") as f:
        f.write('#!/bin/sh\nexec "%s"%s "$@"\n' % (real, extra))
    os.chmod(path, stat.S_IRWXU)
    return folder


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else TARGET
    real = subprocess.run(["bash", "-c", "command -v " + AWS], capture_output=True, text=True).stdout.strip()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    url = "http://127.0.0.1:%d" % port
    moto = subprocess.Popen(["moto_server", "-H", "127.0.0.1", "-p", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(50):
            try:
                urllib.request.urlopen(url + "/moto-api/")
                break
            except OSError:
                time.sleep(0.2)
        bins = {"moto": wrapper(tempfile.mkdtemp(), real, url), "offline": wrapper(tempfile.mkdtemp(), real, None)}
        cases = []
        for name, lab, host, mode, command in CASES:
            home = tempfile.mkdtemp()
            os.makedirs(os.path.join(home, ".aws"))
            with open(os.path.join(home, ".aws", "config"), "w") as f:
                f.write(COURSE_CONFIG)
            env = {"PATH": bins[mode] + ":/usr/bin:/bin", "HOME": home, "AWS_EC2_METADATA_DISABLED": "true",
                   "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "TZ": "UTC",
                   "LC_ALL": "C.UTF-8"}
            run = subprocess.run(["bash", "-c", command], env=env, capture_output=True, cwd=home)
            cases.append({"name": name, "lab": lab, "host": host, "command": command,
                          "stdout": run.stdout.decode(), "stderr": run.stderr.decode().replace(url, "ENDPOINT"),
                          "status": run.returncode})
        version = subprocess.run([real, "--version"], capture_output=True, text=True)
        moto_version = subprocess.run(["python3", "-c", "import moto; print('moto', moto.__version__)"],
                                      capture_output=True, text=True).stdout.strip()
        tools = [(version.stdout + version.stderr).strip(), moto_version]
    finally:
        moto.terminate()
        moto.wait()
    with open(out_path, "w") as f:
        json.dump({"tools": tools, "cases": cases}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("wrote %d cases to %s" % (len(cases), out_path))


if __name__ == "__main__":
    main()
