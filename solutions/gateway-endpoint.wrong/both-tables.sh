# targets: v3-unchanged
# feedback: so your endpoint is on private-c's table as well
aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --service-name com.amazonaws.ap-northeast-2.s3 --route-table-ids $RTB_PRIVATE_A $RTB_PRIVATE_C
aws ec2 describe-route-tables --route-table-ids $RTB_PRIVATE_A
answer pl-78a54011
answer "A public address; the listing takes the endpoint's route"
ssh V2
nslookup s3.ap-northeast-2.amazonaws.com
aws s3 ls s3://jschoi.acl
answer "Hang and time out, as it did before the endpoint"
ssh V3
aws s3 ls s3://jschoi.acl
