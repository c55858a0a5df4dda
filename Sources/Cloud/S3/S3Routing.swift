/// Whether a request reached the right Regional S3 endpoint for its bucket.
public enum S3Routing {
  /// The error S3 answers when a request for `bucket` arrives at the S3 endpoint of
  /// `endpointRegion`, or nil when the bucket is served there.
  ///
  /// A Regional endpoint only serves its own Region's buckets; for any other it answers
  /// `PermanentRedirect` naming the bucket's own endpoint. What the client then does about it
  /// (botocore retries in the bucket's Region) is the caller's business.
  public static func misdirectedRequestError(bucket: Bucket, endpointRegion: String) -> APIError? {
    guard bucket.region != endpointRegion else { return nil }
    return S3Errors.permanentRedirect(bucket: bucket.name, bucketRegion: bucket.region)
  }

  /// The error S3 answers when a request that did reach the bucket's Region was signed (SigV4)
  /// for another Region, or nil when the signature's Region is right.
  public static func signingRegionError(bucket: Bucket, signingRegion: String) -> APIError? {
    guard bucket.region != signingRegion else { return nil }
    return S3Errors.authorizationHeaderMalformed(signingRegion: signingRegion, bucketRegion: bucket.region)
  }
}
