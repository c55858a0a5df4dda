# Lab public-subnet: reference solution, starting on V1.
nslookup s3.ap-northeast-2.amazonaws.com
aws s3 ls s3://jschoi.acl
why
ssh cloudshell
aws ec2 describe-route-tables --route-table-ids $RTB_PUBLIC
answer "It is S3's public name, and nothing in the VPC overrides it"
answer "0.0.0.0/0 to the internet gateway, plus V1's public IP"
