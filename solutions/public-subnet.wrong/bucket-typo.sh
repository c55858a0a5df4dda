# targets: list-bucket
# feedback: with a dot
nslookup s3.ap-northeast-2.amazonaws.com
aws s3 ls s3://jschoi-acl
