#!/usr/bin/env python3
"""Captures the awscli fidelity suite: learner commands of each lab and host, run by the real
awscli 1.18.147 (Python 2.7, the version labrun claims) against moto_server on 127.0.0.1, whose
world holds what these commands can see of the course world (the buckets `jschoi.acl` and
`jschoi.use1-logs` with the same keys and sizes; no VPC the commands name).
Writes Tests/ShellTests/Resources/captures/awscli-fidelity/captures.json.

    AWS=/path/to/awscli-1.18.147/bin/aws scripts/capture/awscli_fidelity.py [OUT.json]

Set up once (pyenv's 2.7.18 has no virtualenv; pip picks the newest that runs on 2.7, 20.15.1 on 2026-12-02):
`~/.pyenv/versions/2.7.18/bin/python -m pip install 'virtualenv<20.22'`, then
`~/.pyenv/versions/2.7.18/bin/python -m virtualenv VENV && VENV/bin/pip install awscli==1.18.147`
(`VENV/bin/aws --version` reads `aws-cli/1.18.147 Python/2.7.18 ... botocore/1.18.6`); moto_server (moto 5.2.1, Python 3) from pip. Each command gets
`--endpoint-url http://127.0.0.1:PORT` right after `aws` (a global option, so the parser reads it
wherever it stands); the simulated command is the case's `command` as written, which both bash
(shlex here) and labrun's shell split into the same words. Not run in CI.
"""
import contextlib
import json
import os
import shlex
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
TARGET = os.path.join(REPO, "Tests/ShellTests/Resources/captures/awscli-fidelity/captures.json")
AWS = os.environ.get("AWS", "aws")

# (name, lab, host, command). Hosts: V1 (public subnet), V2/V3 (private), cloudshell (EC2 rights).
CASES = [
    ("version", "public-subnet", "V1", "aws --version"),
    ("alone", "public-subnet", "V1", "aws"),
    ("s3-alone", "public-subnet", "V1", "aws s3"),
    ("ec2-alone", "public-subnet", "V1", "aws ec2"),
    ("s3api-alone", "public-subnet", "V1", "aws s3api"),
    ("service-typo", "public-subnet", "V1", "aws ec3 describe-vpcs"),
    ("service-typo-close", "public-subnet", "V1", "aws s3apii list-buckets"),
    ("s3-subcommand-typo", "public-subnet", "V1", "aws s3 lss s3://jschoi.acl"),
    ("ec2-operation-typo", "gateway-endpoint", "cloudshell", "aws ec2 describe-vpc"),
    ("s3api-operation-typo", "public-subnet", "V1", "aws s3api list-object-v2 --bucket jschoi.acl"),
    ("configure-typo", "public-subnet", "V1", "aws configure lst"),
    ("sts-typo", "public-subnet", "V1", "aws sts get-caller-identit"),
    ("output-bad-choice", "public-subnet", "V1", "aws s3api list-buckets --output yaml"),
    ("region-no-value", "public-subnet", "V1", "aws s3 ls --region"),
    ("region-then-option", "public-subnet", "V1", "aws s3 ls --region --debug"),
    ("global-ambiguous", "gateway-endpoint", "cloudshell", "aws ec2 describe-vpcs --no"),
    ("global-prefix-output", "public-subnet", "V1",
     "aws s3api get-bucket-location --bucket jschoi.acl --out text"),
    ("global-prefix-query", "public-subnet", "V1", "aws s3api list-buckets --qu 'Buckets[].Name' --o text"),
    ("ec2-prefix-filter", "gateway-endpoint", "cloudshell",
     "aws ec2 describe-vpcs --filter Name=cidr,Values=10.99.0.0/16"),
    ("ec2-ambiguous-max", "gateway-endpoint", "cloudshell", "aws ec2 describe-vpcs --max 5"),
    ("ec2-ambiguous-vpc", "gateway-endpoint", "cloudshell",
     "aws ec2 create-vpc-endpoint --vpc vpc-1 --service-name com.amazonaws.ap-northeast-2.s3"),
    ("ec2-missing-required", "gateway-endpoint", "cloudshell", "aws ec2 create-vpc-endpoint --vpc-id vpc-1"),
    ("ec2-unknown-option", "gateway-endpoint", "cloudshell", "aws ec2 describe-vpcs --bogus 1"),
    ("ec2-empty-filter-json", "gateway-endpoint", "cloudshell",
     "aws ec2 describe-vpcs --filters Name=cidr,Values=10.99.0.0/16 --region us-east-1"),
    ("ec2-empty-filter-query", "gateway-endpoint", "cloudshell",
     "aws ec2 describe-vpcs --filters Name=cidr,Values=10.99.0.0/16 --query Vpcs --output text"),
    ("s3-prefix-recursive-empty", "public-subnet", "V1", "aws s3 ls s3://jschoi.acl/nothing/ --rec"),
    ("s3-ambiguous-option", "public-subnet", "V1", "aws s3 ls s3://jschoi.acl/nothing/ --re"),
    ("s3-no-such-bucket", "public-subnet", "V1", "aws s3 ls s3://jschoi-no-such-bucket"),
    ("s3-unknown-option", "public-subnet", "V1", "aws s3 ls --bogus"),
    ("s3-cp-missing-key", "public-subnet", "V1", "aws s3 cp s3://jschoi.acl/nope.txt -"),
    ("s3-cp-missing-key-file", "public-subnet", "V1", "aws s3 cp s3://jschoi.acl/nope.txt ./x.txt"),
    ("s3-cp-missing-bucket", "public-subnet", "V1", "aws s3 cp s3://jschoi-no-such-bucket/a.txt -"),
    ("s3-public-listing-summary", "public-subnet", "V1", "aws s3 ls s3://jschoi.acl/nothing/ --summarize"),
    ("s3-cp-public-object", "public-subnet", "V1", "aws s3 cp s3://jschoi.acl/public1/index.html -"),
    ("s3api-location", "public-subnet", "V1", "aws s3api get-bucket-location --bucket jschoi.acl"),
    ("s3api-head-bucket", "public-subnet", "V1", "aws s3api head-bucket --bucket jschoi.acl"),
    ("s3api-bucket-names", "public-subnet", "V1", "aws s3api list-buckets --query 'Buckets[].Name'"),
    ("s3api-keys-text", "public-subnet", "V1",
     "aws s3api list-objects-v2 --bucket jschoi.acl --query 'Contents[].[Key,Size]' --output text"),
    ("s3api-keys-table", "public-subnet", "V1",
     "aws s3api list-objects-v2 --bucket jschoi.acl --query 'Contents[].[Key,Size]' --output table"),
    ("s3api-multiselect-json", "public-subnet", "V1",
     "aws s3api list-objects-v2 --bucket jschoi.acl --prefix public1/ --query 'Contents[].{Key:Key,Size:Size}'"),
    ("s3api-multiselect-three", "public-subnet", "V1",
     "aws s3api list-objects-v2 --bucket jschoi.acl --prefix public1/ "
     "--query 'Contents[].{Key:Key,Size:Size,Class:StorageClass}'"),
    ("s3api-multiselect-page", "public-subnet", "V1",
     "aws s3api list-objects-v2 --bucket jschoi.acl --delimiter / "
     "--query '{Name:Name,Prefix:Prefix,KeyCount:KeyCount,MaxKeys:MaxKeys,Delimiter:Delimiter,Truncated:IsTruncated}'"),
    ("s3api-empty-listing", "public-subnet", "V1", "aws s3api list-objects-v2 --bucket jschoi.acl --prefix nothing/"),
    ("s3api-prefixes", "public-subnet", "V1",
     "aws s3api list-objects-v2 --bucket jschoi.acl --delimiter / --query CommonPrefixes"),
    ("s3api-max-keys", "public-subnet", "V1",
     "aws s3api list-objects-v2 --bucket jschoi.acl --max-keys 2 --query 'Contents[].Key'"),
    ("s3api-max-keys-not-a-number", "public-subnet", "V1",
     "aws s3api list-objects-v2 --bucket jschoi.acl --max-keys abc"),
    ("s3api-page-size", "public-subnet", "V1",
     "aws s3api list-objects-v2 --bucket jschoi.acl --page-size 2 --query 'Contents[].Key' --output text"),
    ("s3api-start-after", "public-subnet", "V1",
     "aws s3api list-objects-v2 --bucket jschoi.acl --start-after public1/ --query 'Contents[].Key'"),
    ("s3api-v1-keys", "public-subnet", "V1",
     "aws s3api list-objects --bucket jschoi.acl --prefix public1/ --query 'Contents[].Key'"),
    ("s3api-head-object-missing", "public-subnet", "V1", "aws s3api head-object --bucket jschoi.acl --key nope"),
    ("s3api-head-object-size", "public-subnet", "V1",
     "aws s3api head-object --bucket jschoi.acl --key jschoi.acl_test.csv --query ContentLength"),
    ("s3api-no-policy", "public-subnet", "V1", "aws s3api get-bucket-policy --bucket jschoi.acl"),
    ("s3api-location-use1", "public-subnet", "V1", "aws s3api get-bucket-location --bucket jschoi.use1-logs"),
    ("s3api-location-use1-text", "public-subnet", "V1",
     "aws s3api get-bucket-location --bucket jschoi.use1-logs --output text"),
    ("s3api-location-missing", "public-subnet", "V1", "aws s3api get-bucket-location --bucket jschoi-no-such-bucket"),
    ("s3api-head-object-no-bucket", "public-subnet", "V1",
     "aws s3api head-object --bucket jschoi-no-such-bucket --key a.txt"),
    ("s3api-head-object-no-key-option", "public-subnet", "V1", "aws s3api head-object --bucket jschoi.acl"),
    ("s3api-v1-max-keys", "public-subnet", "V1",
     "aws s3api list-objects --bucket jschoi.acl --max-keys 3 --query 'Contents[].Key'"),
    ("s3api-v1-page-size", "public-subnet", "V1",
     "aws s3api list-objects --bucket jschoi.acl --page-size 3 --query 'Contents[].Key' --output text"),
    ("s3api-v1-prefixes", "public-subnet", "V1",
     "aws s3api list-objects --bucket jschoi.acl --delimiter / --query CommonPrefixes --output text"),
    ("s3api-v1-empty", "public-subnet", "V1", "aws s3api list-objects --bucket jschoi.acl --prefix nothing/"),
    ("s3api-page-size-json", "public-subnet", "V1",
     "aws s3api list-objects-v2 --bucket jschoi.acl --prefix public1/ --page-size 1 --query 'Contents[].Size'"),
    ("s3api-no-policy-use1", "public-subnet", "V1", "aws s3api get-bucket-policy --bucket jschoi.use1-logs"),
    ("ec2-describe-missing-endpoint", "gateway-endpoint", "cloudshell",
     "aws ec2 describe-vpc-endpoints --vpc-endpoint-ids vpce-0123456789abcdef0"),
    ("ec2-delete-missing-endpoint", "gateway-endpoint", "cloudshell",
     "aws ec2 delete-vpc-endpoints --vpc-endpoint-ids vpce-0123456789abcdef0"),
]

# What the commands can see of the course world (labs/course.world.yaml): keys and sizes.
BUCKETS = [
    ("jschoi.acl", "ap-northeast-2", [
        ("private1/", b""), ("private1/secret.txt",
                             b"This object is private: only the bucket owner can read it.\n"),
        ("private1/members.csv", b"x" * 1843), ("public1/", b""),
        ("public1/index.html",
         b"<html><head><title>jschoi.acl</title></head><body>Hello from public1</body></html>\n"),
        ("public1/logo.png", b"x" * 6120), ("jschoi.acl_test.csv", b"x" * 29606),
        ("what-is-eks.png", b"x" * 25184)]),
    ("jschoi.use1-logs", "us-east-1", [("README.txt", b"Access logs kept in us-east-1.\n")]),
]


def aws_env():
    """The environment every capture runs in: test credentials, no user config, UTC, no metadata lookup."""
    env = dict(os.environ, AWS_EC2_METADATA_DISABLED="true", AWS_ACCESS_KEY_ID="testing",
               AWS_SECRET_ACCESS_KEY="testing", AWS_DEFAULT_REGION="ap-northeast-2",
               AWS_CONFIG_FILE="/dev/null", AWS_SHARED_CREDENTIALS_FILE="/dev/null", TZ="UTC",
               LC_ALL="C.UTF-8")
    for name in ["AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_REGION"]:
        env.pop(name, None)
    return env


@contextlib.contextmanager
def moto_world(env):
    """Starts moto_server on a free loopback port holding BUCKETS; yields (url, scratch folder)."""
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
        folder = tempfile.mkdtemp()
        for bucket, region, objects in BUCKETS:
            make = [AWS, "--endpoint-url", url, "s3api", "create-bucket", "--bucket", bucket, "--region", region]
            if region != "us-east-1":
                make += ["--create-bucket-configuration", "LocationConstraint=" + region]
            subprocess.run(make, env=env, check=True, stdout=subprocess.DEVNULL)
            for key, body in objects:
                path = os.path.join(folder, "body")
                with open(path, "wb") as f:
                    f.write(body)
                subprocess.run([AWS, "--endpoint-url", url, "s3api", "put-object", "--bucket", bucket, "--key", key,
                                "--body", path, "--region", region], env=env, check=True, stdout=subprocess.DEVNULL)
        yield url, folder
    finally:
        moto.terminate()
        moto.wait()


def tool_versions(env):
    """The awscli and moto versions, as the capture files record them."""
    version = subprocess.run([AWS, "--version"], env=env, capture_output=True, text=True)
    moto_version = subprocess.run(["python3", "-c", "import moto; print('moto', moto.__version__)"],
                                  capture_output=True, text=True).stdout.strip()
    return [(version.stdout + version.stderr).strip(), moto_version]


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else TARGET
    env = aws_env()
    with moto_world(env) as (url, folder):
        cases = []
        for name, lab, host, command in CASES:
            words = shlex.split(command)
            run = subprocess.run([AWS, "--endpoint-url", url] + words[1:], env=env, capture_output=True,
                                 cwd=folder)
            cases.append({"name": name, "lab": lab, "host": host, "command": command,
                          "stdout": run.stdout.decode(), "stderr": run.stderr.decode().replace(url, "ENDPOINT"),
                          "status": run.returncode})
        tools = tool_versions(env)
    with open(out_path, "w") as f:
        json.dump({"tools": tools, "cases": cases}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("wrote %d cases to %s" % (len(cases), out_path))

if __name__ == "__main__":
    main()
