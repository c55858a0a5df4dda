# targets: list-from-v2
# feedback: which reaches S3 over the internet
aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --service-name com.amazonaws.ap-northeast-2.s3 --route-table-ids $RTB_PRIVATE_A
aws ec2 describe-route-tables --route-table-ids $RTB_PRIVATE_A
answer pl-78a54011
answer "A public address; the listing takes the endpoint's route"
nslookup s3.ap-northeast-2.amazonaws.com
aws s3 ls s3://jschoi.acl
