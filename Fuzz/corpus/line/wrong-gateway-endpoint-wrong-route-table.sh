aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --service-name com.amazonaws.ap-northeast-2.s3 --route-table-ids $RTB_PRIVATE_C
ssh V2
aws s3 ls s3://jschoi.acl
