# Lab private-subnet: reference solution, starting on V3.
nslookup s3.ap-northeast-2.amazonaws.com
aws s3 ls s3://jschoi.acl --debug
why
ssh cloudshell
aws ec2 describe-route-tables --route-table-ids $RTB_PRIVATE_C
answer b
answer c
