# targets: via-gateway
# feedback: That call went over the internet
answer "The gateway endpoint, by the prefix-list route"
ssh cloudshell
aws s3 ls s3://jschoi.acl
