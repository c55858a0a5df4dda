# Lab interface-endpoint: reference solution, starting on cloudshell.
aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --vpc-endpoint-type Interface --service-name com.amazonaws.ap-northeast-2.ec2 --subnet-ids $SUBNET_PRIVATE_A $SUBNET_PRIVATE_C --private-dns-enabled
sleep 90
ssh V3
nslookup ec2.ap-northeast-2.amazonaws.com
answer "EC2 refuses: S3 offered no private DNS name then"
ssh cloudshell
aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --vpc-endpoint-type Interface --service-name com.amazonaws.ap-northeast-2.s3 --subnet-ids $SUBNET_PRIVATE_A $SUBNET_PRIVATE_C --security-group-ids $SG_VPCE_SG --private-dns-enabled
aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --vpc-endpoint-type Interface --service-name com.amazonaws.ap-northeast-2.s3 --subnet-ids $SUBNET_PRIVATE_A $SUBNET_PRIVATE_C --security-group-ids $SG_VPCE_SG
sleep 90
ssh V3
nslookup s3.ap-northeast-2.amazonaws.com
aws s3 ls s3://jschoi.acl
nslookup bucket.{{endpoint-dns:s3}}
aws s3 --endpoint-url https://bucket.{{endpoint-dns:s3}} ls s3://jschoi.acl
why
ssh cloudshell
aws ec2 authorize-security-group-ingress --group-id $SG_VPCE_SG --protocol tcp --port 443 --cidr 10.0.0.0/16
ssh V3
aws s3 --endpoint-url https://bucket.{{endpoint-dns:s3}} ls s3://jschoi.acl
why
answer "Without private DNS, S3's regional name stayed public"
