# targets: dns-still-works
# feedback: That lookup ran on V1
ssh V1
nslookup s3.ap-northeast-2.amazonaws.com
