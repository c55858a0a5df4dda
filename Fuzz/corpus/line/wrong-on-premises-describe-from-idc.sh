nslookup s3.ap-northeast-2.amazonaws.com
aws s3 ls s3://jschoi.acl
answer b
aws ec2 describe-vpc-endpoints
