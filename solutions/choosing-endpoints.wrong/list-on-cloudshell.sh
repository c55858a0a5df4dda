# targets: via-gateway
# feedback: That call went over the internet
ssh cloudshell
aws s3 ls s3://jschoi.acl
