# targets: gateway-both-tables
# feedback: V3's route table (private-c) has no route to S3
answer "EC2 refuses: the VPC lacks an S3 gateway endpoint"
aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --vpc-endpoint-type Interface --service-name com.amazonaws.ap-northeast-2.s3 --subnet-ids $SUBNET_PRIVATE_A $SUBNET_PRIVATE_C --security-group-ids $SG_VPCE_SG --private-dns-enabled
aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --service-name com.amazonaws.ap-northeast-2.s3 --route-table-ids $RTB_PRIVATE_A
ssh V3
aws s3 ls s3://jschoi.acl
