nslookup s3.ap-northeast-2.amazonaws.com
ssh V2
aws s3 ls s3://jschoi.acl
