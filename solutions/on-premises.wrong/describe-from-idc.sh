# targets: find-endpoint-name
# feedback: The data centre has no internet access
answer "It hangs and times out, on the way to S3"
nslookup s3.ap-northeast-2.amazonaws.com
aws s3 ls s3://jschoi.acl
answer "Its route exists only inside the VPC's route tables"
aws ec2 describe-vpc-endpoints
