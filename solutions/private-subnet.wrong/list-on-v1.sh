# targets: listing-times-out
# feedback: which sits in the public subnet
nslookup s3.ap-northeast-2.amazonaws.com
answer "Hang, retry, and give up on a timeout"
ssh V1
aws s3 ls s3://jschoi.acl --debug
