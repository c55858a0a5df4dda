nslookup s3.ap-northeast-2.amazonaws.com
ssh cloudshell
aws s3 ls s3://jschoi.acl
