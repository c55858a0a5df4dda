ssh V1
nslookup s3.ap-northeast-2.amazonaws.com
