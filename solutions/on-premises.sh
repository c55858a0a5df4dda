# Lab on-premises: reference solution, starting on idc.
answer "It hangs and times out, on the way to S3"
nslookup s3.ap-northeast-2.amazonaws.com
aws s3 ls s3://jschoi.acl
why
answer "Its route exists only inside the VPC's route tables"
ssh cloudshell
aws ec2 describe-vpc-endpoints --filters Name=vpc-endpoint-type,Values=Interface --query 'VpcEndpoints[].DnsEntries[0].DnsName'
ssh idc
nslookup bucket.{{endpoint-dns:s3}}
aws s3 --endpoint-url https://bucket.{{endpoint-dns:s3}} ls s3://jschoi.acl
why
ssh cloudshell
aws ec2 authorize-security-group-ingress --group-id $SG_VPCE_SG --protocol tcp --port 443 --cidr 192.168.0.0/16
ssh idc
aws s3 --endpoint-url https://bucket.{{endpoint-dns:s3}} ls s3://jschoi.acl
why
answer "A proxy instance in the VPC relayed the requests"
