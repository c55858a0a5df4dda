# Lab choosing-endpoints: reference solution, starting on V2.
answer "The gateway endpoint, by the prefix-list route"
nslookup s3.ap-northeast-2.amazonaws.com
aws s3 ls s3://jschoi.acl
why
ssh cloudshell
aws ec2 describe-vpc-endpoints --filters Name=vpc-endpoint-type,Values=Interface --query 'VpcEndpoints[].DnsEntries[0].DnsName'
ssh V2
aws s3 --endpoint-url https://bucket.{{endpoint-dns:s3}} ls s3://jschoi.acl
why
answer 14.60
answer 34.60
answer 0
answer "An S3 gateway endpoint on the workloads' route tables"
answer "An S3 interface endpoint whose group admits the data centre"
