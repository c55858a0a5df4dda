#!/usr/bin/env bash
# Captures Tests/CloudTests/Resources/captures/ec2-describe: real awscli v1 `--output json` for the
# describe calls of Tests/CloudTests/EC2DescribeTests.swift, against moto_server on 127.0.0.1, with
# moto holding the course world of Sources/Cloud/Description/WorldDescription+Course.swift:
#
#   VPC lab-vpc 10.0.0.0/16 (DNS support and hostnames on);
#   subnets public-a 10.0.1.0/24 (a), private-a 10.0.11.0/24 (a), private-c 10.0.12.0/24 (c);
#   an internet gateway; route tables public (0.0.0.0/0 → igw), private-a, private-c, each with
#   its subnet; a virtual private gateway attached (route propagation: see below);
#   security group vpce-sg; instances V1 10.0.1.10 (public address), V2 10.0.11.20, V3 10.0.12.20,
#   t3.micro, with the instance profile lab-s3-read-only-role.
#
#   scripts/capture/ec2-describe.sh [OUT]
#   scripts/capture/compare.py Tests/CloudTests/Resources/captures/ec2-describe OUT
#
# moto's account also has a default VPC, which the course's has not: captures that would list it
# name the lab VPC (`--vpc-ids`, or a `vpc-id` filter added to the test's filter). Deleting moto's
# default VPC instead makes moto mark later subnets DefaultForAz, which AWS never does.
#
# OUT (default: a new folder under /tmp) gets <name>.json (stdout; stderr, if any, in <name>.err).
# Needs `aws` (awscli 1.45.11) and `moto_server` (moto 5.2.1). Not run in CI.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$(mktemp -d /tmp/ec2-describe.XXXXXX)}
mkdir -p "$out"
source "$here/lib/moto.sh"
start_moto "${MOTO_PORT:-}"

text() { aws_local "$@" --output text; }

VPC=$(text ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId \
  --tag-specifications 'ResourceType=vpc,Tags=[{Key=Name,Value=lab-vpc}]')
aws_local ec2 modify-vpc-attribute --vpc-id "$VPC" --enable-dns-hostnames '{"Value":true}'

subnet() {  # NAME CIDR ZONE
  text ec2 create-subnet --vpc-id "$VPC" --cidr-block "$2" --availability-zone "$3" --query Subnet.SubnetId \
    --tag-specifications "ResourceType=subnet,Tags=[{Key=Name,Value=$1}]"
}
PUBLIC_A=$(subnet public-a 10.0.1.0/24 ap-northeast-2a)
PRIVATE_A=$(subnet private-a 10.0.11.0/24 ap-northeast-2a)
PRIVATE_C=$(subnet private-c 10.0.12.0/24 ap-northeast-2c)

IGW=$(text ec2 create-internet-gateway --query InternetGateway.InternetGatewayId)
aws_local ec2 attach-internet-gateway --internet-gateway-id "$IGW" --vpc-id "$VPC"

table() {  # NAME SUBNET
  local id
  id=$(text ec2 create-route-table --vpc-id "$VPC" --query RouteTable.RouteTableId \
    --tag-specifications "ResourceType=route-table,Tags=[{Key=Name,Value=$1}]")
  aws_local ec2 associate-route-table --route-table-id "$id" --subnet-id "$2" >/dev/null
  echo "$id"
}
RTB_PUBLIC=$(table public "$PUBLIC_A")
RTB_PRIVATE_A=$(table private-a "$PRIVATE_A")
RTB_PRIVATE_C=$(table private-c "$PRIVATE_C")
aws_local ec2 create-route --route-table-id "$RTB_PUBLIC" --destination-cidr-block 0.0.0.0/0 --gateway-id "$IGW" >/dev/null

# The data centre over VPN: a virtual private gateway. moto implements neither
# enable-vgw-route-propagation nor create-vpn-connection-route, so the tables show no propagation;
# EC2DescribeTests adds it as AWS documents it.
VGW=$(text ec2 create-vpn-gateway --type ipsec.1 --query VpnGateway.VpnGatewayId)
aws_local ec2 attach-vpn-gateway --vpn-gateway-id "$VGW" --vpc-id "$VPC" >/dev/null

aws_local ec2 create-security-group --group-name vpce-sg --description "for interface endpoints" --vpc-id "$VPC" >/dev/null

aws_local iam create-role --role-name lab-s3-read-only-role \
  --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}' >/dev/null
aws_local iam create-instance-profile --instance-profile-name lab-s3-read-only-role >/dev/null
aws_local iam add-role-to-instance-profile --instance-profile-name lab-s3-read-only-role --role-name lab-s3-read-only-role

IMAGE=$(text ec2 describe-images --owners amazon --filters 'Name=name,Values=amzn2-ami-hvm-*-x86_64-gp2' \
  --query 'sort_by(Images, &Name)[-1].ImageId')
instance() {  # NAME SUBNET ADDRESS [PUBLIC]
  local network="DeviceIndex=0,SubnetId=$2,PrivateIpAddress=$3,AssociatePublicIpAddress=${4:-false}"
  text ec2 run-instances --image-id "$IMAGE" --instance-type t3.micro --network-interfaces "$network" \
    --iam-instance-profile Name=lab-s3-read-only-role --query 'Instances[0].InstanceId' \
    --tag-specifications "ResourceType=instance,Tags=[{Key=Name,Value=$1}]"
}
V1=$(instance V1 "$PUBLIC_A" 10.0.1.10 true)
instance V2 "$PRIVATE_A" 10.0.11.20 >/dev/null
instance V3 "$PRIVATE_C" 10.0.12.20 >/dev/null

# capture NAME ARGS...: `aws ARGS --output json` into NAME.json (stderr into NAME.err if any).
capture() {
  local name=$1
  shift
  aws_local "$@" --output json >"$out/$name.json" 2>"$out/$name.err" || true
  [ -s "$out/$name.err" ] || rm "$out/$name.err"
}

capture describe-vpcs ec2 describe-vpcs --vpc-ids "$VPC"
capture describe-vpn-gateways ec2 describe-vpn-gateways
capture describe-subnets-name-wildcard ec2 describe-subnets --filters 'Name=tag:Name,Values=private-?'
capture describe-route-tables-private-a ec2 describe-route-tables --route-table-ids "$RTB_PRIVATE_A"
capture filter-association-main ec2 describe-route-tables --filters Name=association.main,Values=true Name=vpc-id,Values="$VPC"
capture filter-association-subnet ec2 describe-route-tables --filters Name=association.subnet-id,Values="$PRIVATE_C"
capture filter-route-gateway ec2 describe-route-tables --filters 'Name=route.gateway-id,Values=igw-*'
capture filter-tag-name ec2 describe-route-tables --filters 'Name=tag:Name,Values=private-*'
capture filter-route-destination ec2 describe-route-tables --filters Name=route.destination-cidr-block,Values=0.0.0.0/0
# moto does not match wildcards in prefix-list-name filters, nor take service-name filters (it fails
# with KeyError 'Value'): these two captures give the exact name where the test uses a wildcard.
capture describe-prefix-lists-s3 ec2 describe-prefix-lists --filters Name=prefix-list-name,Values=com.amazonaws.ap-northeast-2.s3
capture describe-instances-private-ip ec2 describe-instances --filters Name=private-ip-address,Values=10.0.11.20
capture describe-instances-public ec2 describe-instances --instance-ids "$V1"
capture describe-security-groups-default ec2 describe-security-groups --filters Name=group-name,Values=default Name=vpc-id,Values="$VPC"
capture describe-availability-zones-c ec2 describe-availability-zones --zone-names ap-northeast-2c
capture describe-availability-zones ec2 describe-availability-zones
capture describe-endpoint-services-s3 ec2 describe-vpc-endpoint-services --service-names com.amazonaws.ap-northeast-2.s3
capture describe-endpoint-services-ec2 ec2 describe-vpc-endpoint-services --service-names com.amazonaws.ap-northeast-2.ec2
capture describe-subnets-private-a ec2 describe-subnets --subnet-ids "$PRIVATE_A"
aws_local ec2 create-vpc-endpoint --vpc-id "$VPC" --vpc-endpoint-type Interface \
  --service-name com.amazonaws.ap-northeast-2.ec2 --subnet-ids "$PRIVATE_A" >/dev/null
capture describe-subnets-private-a-endpoint ec2 describe-subnets --subnet-ids "$PRIVATE_A"

tool_versions >"$out/versions.txt"
echo "captured into $out"
