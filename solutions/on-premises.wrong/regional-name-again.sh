# targets: blocked-from-idc
# feedback: That used S3's regional name, which the data centre cannot reach
answer "It hangs and times out, on the way to S3"
nslookup s3.ap-northeast-2.amazonaws.com
aws s3 ls s3://jschoi.acl
answer "Its route exists only inside the VPC's route tables"
ssh cloudshell
aws ec2 describe-vpc-endpoints --filters Name=vpc-endpoint-type,Values=Interface --query 'VpcEndpoints[].DnsEntries[0].DnsName'
ssh idc
nslookup bucket.{{endpoint-dns:s3}}
aws s3 ls s3://jschoi.acl --region ap-northeast-2
