# targets: onprem-private
# feedback: Still a public answer from the data centre
answer "EC2 refuses: the VPC lacks an S3 gateway endpoint"
aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --vpc-endpoint-type Interface --service-name com.amazonaws.ap-northeast-2.s3 --subnet-ids $SUBNET_PRIVATE_A $SUBNET_PRIVATE_C --security-group-ids $SG_VPCE_SG --private-dns-enabled
aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --service-name com.amazonaws.ap-northeast-2.s3 --route-table-ids $RTB_PRIVATE_A $RTB_PRIVATE_C
aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --vpc-endpoint-type Interface --service-name com.amazonaws.ap-northeast-2.s3 --subnet-ids $SUBNET_PRIVATE_A $SUBNET_PRIVATE_C --security-group-ids $SG_VPCE_SG --private-dns-enabled
answer "Public addresses, and the listing takes the gateway endpoint"
ssh V3
nslookup s3.ap-northeast-2.amazonaws.com
aws s3 ls s3://jschoi.acl
answer "Private addresses; the listing goes to the interface"
ssh idc
nslookup s3.ap-northeast-2.amazonaws.com
