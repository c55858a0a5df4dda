# targets: via-interface
# feedback: That call went through the gateway endpoint again
answer "The gateway endpoint, by the prefix-list route"
nslookup s3.ap-northeast-2.amazonaws.com
aws s3 ls s3://jschoi.acl
aws s3 ls s3://jschoi.acl --region ap-northeast-2
