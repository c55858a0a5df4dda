ssh V3
nslookup s3.ap-northeast-2.amazonaws.com
