# targets: listing-times-out
# feedback: V2 fails the same way for now
nslookup s3.ap-northeast-2.amazonaws.com
answer "Hang, retry, and give up on a timeout"
ssh V2
aws s3 ls s3://jschoi.acl
