/// The errors simulated S3 answers with, in the real service's codes, words and HTTP statuses.
public enum S3Errors {
  /// `NoSuchBucket` (404) for a bucket that does not exist.
  public static func noSuchBucket(_ bucket: String) -> APIError {
    APIError(
      code: "NoSuchBucket", message: "The specified bucket does not exist", httpStatus: 404,
      details: [.init("BucketName", bucket)])
  }

  /// `NoSuchKey` (404) for a key with no object.
  public static func noSuchKey(_ key: String) -> APIError {
    APIError(
      code: "NoSuchKey", message: "The specified key does not exist.", httpStatus: 404,
      details: [.init("Key", key)])
  }

  /// `NoSuchBucketPolicy` (404) for a bucket without a policy, in S3's words (the error
  /// reference describes the code; the message is what S3 answers, as awscli prints it).
  public static func noSuchBucketPolicy(_ bucket: String) -> APIError {
    APIError(
      code: "NoSuchBucketPolicy", message: "The bucket policy does not exist", httpStatus: 404,
      details: [.init("BucketName", bucket)])
  }

  /// `AccessDenied` (403), refused by a policy.
  public static func accessDenied() -> APIError {
    APIError(code: "AccessDenied", message: "Access Denied", httpStatus: 403)
  }

  /// `PermanentRedirect` (301): the bucket lives in another Region than the endpoint asked.
  ///
  /// The body names the endpoint to use and the bucket, in that order. awscli v1 rewrites the
  /// message when it prints it (drops the final period, appends `: ENDPOINT`); that is the CLI's
  /// business, so the message here is S3's own.
  public static func permanentRedirect(bucket: String, bucketRegion: String) -> APIError {
    APIError(
      code: "PermanentRedirect",
      message: "The bucket you are attempting to access must be addressed using the specified endpoint. "
        + "Please send all future requests to this endpoint.",
      httpStatus: 301,
      details: [
        .init("Endpoint", virtualHostedEndpoint(bucket: bucket, region: bucketRegion)), .init("Bucket", bucket),
      ])
  }

  /// `AuthorizationHeaderMalformed` (400): the request was signed for another Region than the bucket's.
  public static func authorizationHeaderMalformed(signingRegion: String, bucketRegion: String) -> APIError {
    APIError(
      code: "AuthorizationHeaderMalformed",
      message:
        "The authorization header is malformed; the region '\(signingRegion)' is wrong; expecting '\(bucketRegion)'",
      httpStatus: 400,
      details: [.init("Region", bucketRegion)])
  }

  /// `InvalidArgument` (400) naming the offending request parameter.
  public static func invalidArgument(_ message: String, argumentName: String, argumentValue: String) -> APIError {
    APIError(
      code: "InvalidArgument", message: message, httpStatus: 400,
      details: [.init("ArgumentName", argumentName), .init("ArgumentValue", argumentValue)])
  }

  /// The error a HEAD request (HeadBucket, HeadObject) yields: S3 sends no body, so botocore
  /// names the error after the status code and its reason phrase (`404` / `Not Found`).
  public static func headError(for error: APIError) -> APIError {
    let reason: String
    switch error.httpStatus {
    case 301: reason = "Moved Permanently"
    case 400: reason = "Bad Request"
    case 403: reason = "Forbidden"
    case 404: reason = "Not Found"
    default: reason = "Unknown"
    }
    return APIError(code: String(error.httpStatus), message: reason, httpStatus: error.httpStatus)
  }

  /// `BUCKET.s3.amazonaws.com` for us-east-1, `BUCKET.s3.REGION.amazonaws.com` elsewhere.
  public static func virtualHostedEndpoint(bucket: String, region: String) -> String {
    region == "us-east-1" ? "\(bucket).s3.amazonaws.com" : "\(bucket).s3.\(region).amazonaws.com"
  }
}
