/// An S3 API call as authorization sees it: which IAM action it needs on which resource.
public enum S3Operation: Equatable, Sendable {
  case listBuckets
  case listObjectsV2(bucket: String)
  case listObjects(bucket: String)
  case headObject(bucket: String, key: String)
  case getBucketPolicy(bucket: String)
  case getObject(bucket: String, key: String)
  case putObject(bucket: String, key: String)
  case headBucket(bucket: String)
  case getBucketLocation(bucket: String)

  /// The API operation's name as awscli prints it (`when calling the ListObjectsV2 operation`).
  public var name: String {
    switch self {
    case .listBuckets: return "ListBuckets"
    case .listObjectsV2: return "ListObjectsV2"
    case .listObjects: return "ListObjects"
    case .headObject: return "HeadObject"
    case .getBucketPolicy: return "GetBucketPolicy"
    case .getObject: return "GetObject"
    case .putObject: return "PutObject"
    case .headBucket: return "HeadBucket"
    case .getBucketLocation: return "GetBucketLocation"
    }
  }

  /// The IAM action the call is authorized as (HeadBucket needs `s3:ListBucket` and HeadObject
  /// `s3:GetObject`, per the S3 API reference).
  public var iamAction: String {
    switch self {
    case .listBuckets: return "s3:ListAllMyBuckets"
    case .listObjectsV2, .listObjects, .headBucket: return "s3:ListBucket"
    case .getObject, .headObject: return "s3:GetObject"
    case .getBucketPolicy: return "s3:GetBucketPolicy"
    case .putObject: return "s3:PutObject"
    case .getBucketLocation: return "s3:GetBucketLocation"
    }
  }

  /// The resource ARN the action applies to: the bucket, the object, or `*` for ListBuckets.
  public var resourceARN: String {
    switch self {
    case .listBuckets: return "*"
    case .listObjectsV2(let bucket), .listObjects(let bucket), .headBucket(let bucket), .getBucketLocation(let bucket),
      .getBucketPolicy(let bucket):
      return "arn:aws:s3:::\(bucket)"
    case .getObject(let bucket, let key), .putObject(let bucket, let key), .headObject(let bucket, let key):
      return "arn:aws:s3:::\(bucket)/\(key)"
    }
  }

  /// The bucket the call is about, if any (whose bucket policy therefore applies).
  public var bucket: String? {
    switch self {
    case .listBuckets: return nil
    case .listObjectsV2(let bucket), .listObjects(let bucket), .headBucket(let bucket), .getBucketLocation(let bucket),
      .getBucketPolicy(let bucket), .getObject(let bucket, _), .putObject(let bucket, _), .headObject(let bucket, _):
      return bucket
    }
  }

  /// The request to evaluate policies against, with the network context it arrived in.
  ///
  /// - Parameters:
  ///   - principal: the caller's ARN, e.g. `arn:aws:iam::123456789012:role/s3-read`.
  ///   - sourceVpce: the VPC endpoint ID the call came through (`aws:SourceVpce`), if any.
  ///   - sourceVpc: the VPC it came from through that endpoint (`aws:SourceVpc`), if any.
  ///   - sourceIp: the public address it came from (`aws:SourceIp`); AWS leaves this out for
  ///     calls through a VPC endpoint, which carry `aws:VpcSourceIp` instead.
  ///   - vpcSourceIp: the private address behind the endpoint (`aws:VpcSourceIp`).
  public func policyRequest(
    principal: String, sourceVpce: String? = nil, sourceVpc: String? = nil, sourceIp: String? = nil,
    vpcSourceIp: String? = nil
  ) -> PolicyRequest {
    var context: [(String, String)] = []
    if let sourceVpce { context.append(("aws:SourceVpce", sourceVpce)) }
    if let sourceVpc { context.append(("aws:SourceVpc", sourceVpc)) }
    if let sourceIp { context.append(("aws:SourceIp", sourceIp)) }
    if let vpcSourceIp { context.append(("aws:VpcSourceIp", vpcSourceIp)) }
    return PolicyRequest(
      principal: principal, action: iamAction, resource: resourceARN, context: context,
      viaVPCEndpoint: sourceVpce != nil)
  }
}
