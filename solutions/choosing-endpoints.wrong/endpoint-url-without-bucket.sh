# targets: via-interface
# feedback: the host name in `--endpoint-url` does not exist
answer "The gateway endpoint, by the prefix-list route"
nslookup s3.ap-northeast-2.amazonaws.com
aws s3 ls s3://jschoi.acl
aws s3 --endpoint-url https://{{endpoint-dns:s3}} ls s3://jschoi.acl
