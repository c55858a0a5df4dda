# targets: via-interface
# feedback: That call went through the gateway endpoint again
nslookup s3.ap-northeast-2.amazonaws.com
aws s3 ls s3://jschoi.acl
aws s3 ls s3://jschoi.acl --region ap-northeast-2
