#!/usr/bin/env python3
"""Captures which HTTP requests the real awscli 1.18.147 (Python 2.7.18, botocore 1.18.6) sends
for the S3 and EC2 commands labrun simulates: each request's method and path-and-query, in
order, as its `--debug` log prints them ("Sending http request: <AWSPreparedRequest ...
method=GET, url=..."), plus the command's standard output and exit status.

The first request's URL is what awscli names in `Connect timeout on endpoint URL: "..."` when
the endpoint never answers; the sequence shows how `--page-size` pages a listing.
Writes Tests/ShellTests/Resources/captures/awscli-requests/requests.json.

    AWS=/path/to/awscli-1.18.147/bin/aws scripts/capture/awscli_requests.py [OUT.json]

Same set-up and world as scripts/capture/awscli_fidelity.py (moto_server on 127.0.0.1 holding
the course's two buckets); the endpoint's `http://127.0.0.1:PORT` is cut off each URL, so only
the path and query are kept. Not run in CI.
"""
import json
import os
import re
import shlex
import subprocess
import sys

import awscli_fidelity as fidelity

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
TARGET = os.path.join(REPO, "Tests/ShellTests/Resources/captures/awscli-requests/requests.json")

# (name, command). EC2 calls name ids moto does not hold: the request is sent all the same.
CASES = [
    ("s3-ls-buckets", "aws s3 ls"),
    ("s3-ls-bucket", "aws s3 ls s3://jschoi.acl"),
    ("s3-ls-prefix", "aws s3 ls s3://jschoi.acl/public1/"),
    ("s3-ls-recursive", "aws s3 ls s3://jschoi.acl --recursive"),
    ("s3-ls-recursive-prefix", "aws s3 ls s3://jschoi.acl/public1/ --recursive"),
    ("s3-ls-page-size", "aws s3 ls s3://jschoi.acl --recursive --page-size 3"),
    ("s3-ls-use1", "aws s3 ls s3://jschoi.use1-logs --region us-east-1"),
    ("s3-cp-stdout", "aws s3 cp s3://jschoi.acl/public1/index.html -"),
    ("s3-cp-space-key", "aws s3 cp 's3://jschoi.acl/public1/a b+c.txt' -"),
    ("s3api-list-buckets", "aws s3api list-buckets"),
    ("s3api-v2", "aws s3api list-objects-v2 --bucket jschoi.acl"),
    ("s3api-v2-prefix", "aws s3api list-objects-v2 --bucket jschoi.acl --prefix public1/"),
    ("s3api-v2-delimiter", "aws s3api list-objects-v2 --bucket jschoi.acl --delimiter /"),
    ("s3api-v2-prefix-delimiter", "aws s3api list-objects-v2 --bucket jschoi.acl --prefix public1/ --delimiter /"),
    ("s3api-v2-max-keys", "aws s3api list-objects-v2 --bucket jschoi.acl --max-keys 2"),
    ("s3api-v2-start-after", "aws s3api list-objects-v2 --bucket jschoi.acl --start-after public1/"),
    ("s3api-v2-prefix-max-keys", "aws s3api list-objects-v2 --bucket jschoi.acl --prefix public1/ --max-keys 2"),
    ("s3api-v2-prefix-max-keys-text", "aws s3api list-objects-v2 --bucket jschoi.acl --prefix public1/ --max-keys 2 "
                                      "--output text"),
    ("s3api-v2-all", "aws s3api list-objects-v2 --bucket jschoi.acl --prefix p --delimiter / --max-keys 5 "
                     "--start-after a"),
    ("s3api-v2-page-size", "aws s3api list-objects-v2 --bucket jschoi.acl --page-size 3"),
    ("s3api-v2-page-size-prefix", "aws s3api list-objects-v2 --bucket jschoi.acl --prefix p --page-size 2"),
    ("s3api-v1", "aws s3api list-objects --bucket jschoi.acl"),
    ("s3api-v1-prefix", "aws s3api list-objects --bucket jschoi.acl --prefix public1/"),
    ("s3api-v1-delimiter", "aws s3api list-objects --bucket jschoi.acl --delimiter /"),
    ("s3api-v1-max-keys", "aws s3api list-objects --bucket jschoi.acl --max-keys 3"),
    ("s3api-v1-marker", "aws s3api list-objects --bucket jschoi.acl --marker public1/"),
    ("s3api-v1-page-size", "aws s3api list-objects --bucket jschoi.acl --page-size 3"),
    ("s3api-v1-all", "aws s3api list-objects --bucket jschoi.acl --prefix p --delimiter / --max-keys 5 --marker a"),
    ("s3api-head-object", "aws s3api head-object --bucket jschoi.acl --key jschoi.acl_test.csv"),
    ("s3api-head-object-nested", "aws s3api head-object --bucket jschoi.acl --key public1/index.html"),
    ("s3api-get-object", "aws s3api get-object --bucket jschoi.acl --key public1/index.html out.html"),
    ("s3api-put-object", "aws s3api put-object --bucket jschoi.acl --key up/x.txt"),
    ("s3api-head-bucket", "aws s3api head-bucket --bucket jschoi.acl"),
    ("s3api-location", "aws s3api get-bucket-location --bucket jschoi.acl"),
    ("s3api-location-use1", "aws s3api get-bucket-location --bucket jschoi.use1-logs"),
    ("s3api-policy", "aws s3api get-bucket-policy --bucket jschoi.acl"),
    ("ec2-describe-vpcs", "aws ec2 describe-vpcs"),
    ("ec2-describe-subnets", "aws ec2 describe-subnets"),
    ("ec2-describe-route-tables", "aws ec2 describe-route-tables"),
    ("ec2-describe-vpc-endpoints", "aws ec2 describe-vpc-endpoints"),
    ("ec2-describe-instances", "aws ec2 describe-instances"),
    ("ec2-describe-security-groups", "aws ec2 describe-security-groups"),
    ("ec2-describe-prefix-lists", "aws ec2 describe-prefix-lists"),
    ("ec2-describe-endpoint-services", "aws ec2 describe-vpc-endpoint-services"),
    ("ec2-create-endpoint", "aws ec2 create-vpc-endpoint --vpc-id vpc-1 "
                            "--service-name com.amazonaws.ap-northeast-2.s3"),
    ("ec2-delete-endpoints", "aws ec2 delete-vpc-endpoints --vpc-endpoint-ids vpce-0123456789abcdef0"),
    ("ec2-describe-zones", "aws ec2 describe-availability-zones"),
    ("ec2-describe-interfaces", "aws ec2 describe-network-interfaces"),
    ("ec2-create-route", "aws ec2 create-route --route-table-id rtb-1 --destination-cidr-block 0.0.0.0/0 "
                         "--gateway-id igw-1"),
    ("ec2-delete-route", "aws ec2 delete-route --route-table-id rtb-1 --destination-cidr-block 0.0.0.0/0"),
    ("ec2-authorize-ingress", "aws ec2 authorize-security-group-ingress --group-id sg-1 --protocol tcp "
                              "--port 443 --cidr 10.0.0.0/16"),
    ("ec2-revoke-ingress", "aws ec2 revoke-security-group-ingress --group-id sg-1 --protocol tcp --port 443 "
                           "--cidr 10.0.0.0/16"),
    ("ec2-modify-endpoint", "aws ec2 modify-vpc-endpoint --vpc-endpoint-id vpce-0123456789abcdef0 "
                            "--reset-policy"),
    ("sts-caller", "aws sts get-caller-identity"),
]

REQUEST = re.compile(r"Sending http request: <AWSPreparedRequest stream_output=\w+, method=(\w+), url=(\S+),")


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else TARGET
    env = fidelity.aws_env()
    with fidelity.moto_world(env) as (url, folder):
        cases = []
        for name, command in CASES:
            words = shlex.split(command)
            run = subprocess.run([fidelity.AWS, "--endpoint-url", url] + words[1:] + ["--debug"], env=env,
                                 capture_output=True, cwd=folder)
            log = run.stderr.decode()
            requests = []
            for method, address in REQUEST.findall(log):
                # The endpoint is the capture's own; what botocore builds is the rest.
                requests.append({"method": method, "pathAndQuery": address[len(url):]})
            # EC2's answers describe moto's own world, not the course's: only their requests matter.
            stdout = run.stdout.decode() if words[1] in ("s3", "s3api") else ""
            # urllib3 keeps the connection open between requests to one host: how many it opened.
            connections = len(re.findall(r"urllib3.connectionpool - DEBUG - Starting new", log))
            cases.append({"name": name, "command": command, "requests": requests, "connections": connections,
                          "stdout": stdout, "status": run.returncode})
        tools = fidelity.tool_versions(env)
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    with open(out_path, "w") as f:
        json.dump({"tools": tools, "cases": cases}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("wrote %d cases to %s" % (len(cases), out_path))


if __name__ == "__main__":
    main()
