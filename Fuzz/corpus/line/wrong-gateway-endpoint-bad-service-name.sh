aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --service-name com.amazonaws.s3 --route-table-ids $RTB_PRIVATE_A
