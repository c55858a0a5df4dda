# targets: private-route
# feedback: That host cannot reach the EC2 API
nslookup s3.ap-northeast-2.amazonaws.com
answer "Hang, retry, and give up on a timeout"
aws s3 ls s3://jschoi.acl --debug
aws ec2 describe-route-tables --route-table-ids $RTB_PRIVATE_C
