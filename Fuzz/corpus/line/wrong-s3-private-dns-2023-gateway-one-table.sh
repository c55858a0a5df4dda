aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --vpc-endpoint-type Interface --service-name com.amazonaws.ap-northeast-2.s3 --subnet-ids $SUBNET_PRIVATE_A $SUBNET_PRIVATE_C --security-group-ids $SG_VPCE_SG --private-dns-enabled
aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --service-name com.amazonaws.ap-northeast-2.s3 --route-table-ids $RTB_PRIVATE_A
ssh V3
aws s3 ls s3://jschoi.acl
