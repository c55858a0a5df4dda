# targets: regional-from-idc
# feedback: That listing ran inside the VPC, where the gateway endpoint works
ssh V2
nslookup s3.ap-northeast-2.amazonaws.com
aws s3 ls s3://jschoi.acl
