# targets: via-gateway
# feedback: because you gave `--endpoint-url`
answer "The gateway endpoint, by the prefix-list route"
nslookup s3.ap-northeast-2.amazonaws.com
aws s3 --endpoint-url https://bucket.{{endpoint-dns:s3}} ls s3://jschoi.acl
