# Lab private-subnet: reference solution, starting on V3.
nslookup s3.ap-northeast-2.amazonaws.com
answer "Hang, retry, and give up on a timeout"
aws s3 ls s3://jschoi.acl --debug
why
ssh cloudshell
aws ec2 describe-route-tables --route-table-ids $RTB_PRIVATE_C
answer "V3's route table has no route covering S3's public addresses"
answer "A gateway endpoint for S3 on V3's route table"
