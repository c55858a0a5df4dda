# targets: route-destination
# feedback: That is your endpoint's ID: the route's target
aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --service-name com.amazonaws.ap-northeast-2.s3 --route-table-ids $RTB_PRIVATE_A
aws ec2 describe-route-tables --route-table-ids $RTB_PRIVATE_A
answer {{endpoint:s3:gateway}}
