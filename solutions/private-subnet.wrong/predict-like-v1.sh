# targets: predict-listing
# feedback: A name that resolves says nothing about the path to it
nslookup s3.ap-northeast-2.amazonaws.com
answer "List the bucket, as it did on V1"
