nslookup s3.ap-northeast-2.amazonaws.com
aws s3 ls s3://jschoi.acl --debug
aws ec2 describe-route-tables --route-table-ids $RTB_PRIVATE_C
