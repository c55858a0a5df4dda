# targets: refused-without-gateway
# feedback: this step wants to see the refusal first
answer "EC2 refuses: the VPC lacks an S3 gateway endpoint"
aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --service-name com.amazonaws.ap-northeast-2.s3 --route-table-ids $RTB_PRIVATE_A $RTB_PRIVATE_C
