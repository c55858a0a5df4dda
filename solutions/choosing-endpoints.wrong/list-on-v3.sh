# targets: via-gateway
# feedback: only V2's route table (private-a) has the gateway endpoint's route
answer "The gateway endpoint, by the prefix-list route"
ssh V3
nslookup s3.ap-northeast-2.amazonaws.com
aws s3 ls s3://jschoi.acl
