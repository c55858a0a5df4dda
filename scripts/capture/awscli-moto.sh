#!/usr/bin/env bash
# Re-captures Tests/ShellTests/Resources/captures/awscli-moto: real awscli v1 output for every
# command in that set's manifest.json, in json, text and table, against moto_server on 127.0.0.1.
#
#   scripts/capture/awscli-moto.sh [OUT]
#
# OUT (default: a new folder under /tmp) receives responses/<name>.json and
# outputs/<capture>/{json,text,table}.{out,err}, the layout of the committed set (empty streams
# are left out). Then compare with the committed bytes, random ids and times paired or masked:
#
#   scripts/capture/compare.py Tests/ShellTests/Resources/captures/awscli-moto OUT
#
# Needs `aws` (awscli 1.18.147 on Python 2.7, first on PATH) and `moto_server` (moto 5.2.1). Not run in CI.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
set_dir="$repo/Tests/ShellTests/Resources/captures/awscli-moto"
out=${1:-$(mktemp -d /tmp/awscli-moto.XXXXXX)}
mkdir -p "$out/responses" "$out/outputs"
source "$here/lib/moto.sh"
start_moto "${MOTO_PORT:-}"

# Phase 1 (the captures' first round): two VPCs besides moto's default one, two subnets, an
# internet gateway, a route table with a default route and an S3 gateway endpoint, a "web"
# security group with two rules, two instances from one run, two buckets.
VPC=$(aws_local ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId --output text \
  --tag-specifications 'ResourceType=vpc,Tags=[{Key=Name,Value=lab-vpc},{Key=Env,Value=dev}]')
aws_local ec2 create-vpc --cidr-block 10.1.0.0/16 --query Vpc.VpcId --output text \
  --tag-specifications 'ResourceType=vpc,Tags=[{Key=Name,Value=second}]' >/dev/null
SUBNET_A=$(aws_local ec2 create-subnet --vpc-id "$VPC" --cidr-block 10.0.1.0/24 \
  --availability-zone ap-northeast-2a --query Subnet.SubnetId --output text)
aws_local ec2 create-subnet --vpc-id "$VPC" --cidr-block 10.0.2.0/24 \
  --availability-zone ap-northeast-2c --query Subnet.SubnetId --output text >/dev/null
IGW=$(aws_local ec2 create-internet-gateway --query InternetGateway.InternetGatewayId --output text)
aws_local ec2 attach-internet-gateway --internet-gateway-id "$IGW" --vpc-id "$VPC"
RTB=$(aws_local ec2 create-route-table --vpc-id "$VPC" --query RouteTable.RouteTableId --output text)
aws_local ec2 associate-route-table --route-table-id "$RTB" --subnet-id "$SUBNET_A" >/dev/null
aws_local ec2 create-route --route-table-id "$RTB" --destination-cidr-block 0.0.0.0/0 --gateway-id "$IGW" >/dev/null
aws_local ec2 create-vpc-endpoint --vpc-id "$VPC" --service-name com.amazonaws.ap-northeast-2.s3 \
  --route-table-ids "$RTB" >/dev/null
SG=$(aws_local ec2 create-security-group --group-name web --description "web tier" --vpc-id "$VPC" \
  --query GroupId --output text)
aws_local ec2 authorize-security-group-ingress --group-id "$SG" --ip-permissions \
  'IpProtocol=tcp,FromPort=80,ToPort=80,IpRanges=[{CidrIp=0.0.0.0/0,Description=http}]' \
  'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=10.0.0.0/8}]' >/dev/null
aws_local ec2 run-instances --image-id ami-12c6146b --count 2 --instance-type t2.micro --subnet-id "$SUBNET_A" \
  --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web}]' >/dev/null
aws_local s3api create-bucket --bucket lab-bucket \
  --create-bucket-configuration LocationConstraint=ap-northeast-2 >/dev/null
sleep 2  # the committed ListBuckets shows the second bucket two seconds later
aws_local s3api create-bucket --bucket logs-bucket \
  --create-bucket-configuration LocationConstraint=ap-northeast-2 >/dev/null

# Phase 2, done before the first capture whose response is marked phase 2: two objects, two IAM
# users, an EC2 interface endpoint in subnet a (moto gives its interface a random 10.x address),
# a key pair.
phase_two() {
  printf 'hello\n' >"$out/.hello"
  aws_local s3api put-object --bucket lab-bucket --key docs/readme.txt --body "$out/.hello" >/dev/null
  aws_local s3api put-object --bucket lab-bucket --key index.html --body "$out/.hello" >/dev/null
  rm "$out/.hello"
  aws_local iam create-user --user-name alice >/dev/null
  aws_local iam create-user --user-name bob >/dev/null
  aws_local ec2 create-vpc-endpoint --vpc-id "$VPC" --vpc-endpoint-type Interface \
    --service-name com.amazonaws.ap-northeast-2.ec2 --subnet-ids "$SUBNET_A" >/dev/null
  aws_local ec2 create-key-pair --key-name lab-key >/dev/null
}

# The committed commands name the ids of the original run; this run's ids replace them.
localise() {
  local command=$1
  command=${command//vpc-4b86e84261dd63e48/$VPC}
  command=${command//sg-a5c49c956a1c4a3c3/$SG}
  printf '%s' "${command/#aws /aws_local }"
}

# run_to PREFIX COMMAND...: stdout to PREFIX.out, stderr to PREFIX.err, empty files removed.
run_to() {
  local prefix=$1
  shift
  set +e
  eval "$*" >"$prefix.out" 2>"$prefix.err"
  set -e
  [ -s "$prefix.out" ] || rm "$prefix.out"
  [ -s "$prefix.err" ] || rm "$prefix.err"
}

declare -A response_command response_phase captured
while IFS=$'\t' read -r name phase command; do
  response_command[$name]=$command
  response_phase[$name]=$phase
done < <(python3 -c '
import json, sys
for r in json.load(open(sys.argv[1]))["responses"]:
    print(r["name"], r["phase"], r["command"], sep="\t")' "$set_dir/manifest.json")

phase=1
while IFS=$'\t' read -r name response command; do
  if [ -n "$response" ]; then
    if [ "${response_phase[$response]}" = 2 ] && [ "$phase" = 1 ]; then
      phase_two
      phase=2
    fi
    if [ -z "${captured[$response]:-}" ]; then
      eval "$(localise "${response_command[$response]}") --output json" >"$out/responses/$response.json"
      captured[$response]=1
    fi
  fi
  mkdir -p "$out/outputs/$name"
  for format in json text table; do
    run_to "$out/outputs/$name/$format" "$(localise "$command") --output $format"
  done
done < <(python3 -c '
import json, sys
for c in json.load(open(sys.argv[1]))["captures"]:
    print(c["name"], c["response"] or "", c["command"], sep="\t")' "$set_dir/manifest.json")

# The responses in botocore's shape order, the order its parser inserts keys (awscli 1.18.147
# on Python 2.7 printed them in Python 2's dict order).
"$(dirname "$(command -v aws)")/python" "$here/botocore_shape_order.py" "$out"
tool_versions >"$out/versions.txt"
echo "captured into $out"
