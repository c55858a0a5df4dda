# targets: regional-from-idc
# feedback: That listing ran inside the VPC, where the gateway endpoint works
answer "It hangs and times out, on the way to S3"
ssh V2
nslookup s3.ap-northeast-2.amazonaws.com
aws s3 ls s3://jschoi.acl
