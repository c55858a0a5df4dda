# targets: s3-private-dns-refused
# feedback: The instances' role may not create endpoints
# Step 2 ends on V3; step 4's request typed there is refused by IAM, not by EC2's rule on S3.
aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --vpc-endpoint-type Interface --service-name com.amazonaws.ap-northeast-2.ec2 --subnet-ids $SUBNET_PRIVATE_A $SUBNET_PRIVATE_C --private-dns-enabled
sleep 90
ssh V3
nslookup ec2.ap-northeast-2.amazonaws.com
answer "EC2 refuses: S3 offered no private DNS name then"
aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --vpc-endpoint-type Interface --service-name com.amazonaws.ap-northeast-2.s3 --subnet-ids $SUBNET_PRIVATE_A $SUBNET_PRIVATE_C --security-group-ids $SG_VPCE_SG --private-dns-enabled
