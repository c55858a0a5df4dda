# targets: resolve-s3
# feedback: That lookup ran on V3
ssh V3
nslookup s3.ap-northeast-2.amazonaws.com
