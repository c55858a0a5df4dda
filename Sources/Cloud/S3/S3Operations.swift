/// One bucket as ListBuckets reports it.
public struct BucketSummary: Equatable, Sendable {
  public var name: String
  /// Milliseconds since the Unix epoch (UTC).
  public var creationDate: Int64
}

/// What GetObject answers: the object's metadata and its bytes.
public struct GetObjectOutput: Equatable, Sendable {
  public var key: String
  public var contentLength: Int64
  public var contentType: String
  public var eTag: String
  public var lastModified: Int64
  public var storageClass: String
  public var body: [UInt8]
}

/// What HeadObject answers: GetObject's metadata headers, without the body.
public struct HeadObjectOutput: Equatable, Sendable {
  public var contentLength: Int64
  public var contentType: String
  public var eTag: String
  public var lastModified: Int64
}

extension S3Store {
  /// ListBuckets: every bucket, sorted by name as S3 returns them.
  public func listBuckets() -> Result<[BucketSummary], APIError> {
    .success(buckets.map { BucketSummary(name: $0.name, creationDate: $0.creationDate) })
  }

  /// GetObject: the object's bytes and metadata, or NoSuchBucket / NoSuchKey.
  public func getObject(bucket name: String, key: String) -> Result<GetObjectOutput, APIError> {
    guard let bucket = bucket(named: name) else { return .failure(S3Errors.noSuchBucket(name)) }
    guard let object = bucket.object(forKey: key) else { return .failure(S3Errors.noSuchKey(key)) }
    return .success(
      GetObjectOutput(
        key: object.key, contentLength: object.size, contentType: object.contentType, eTag: object.eTag,
        lastModified: object.lastModified, storageClass: object.storageClass, body: object.contentBytes))
  }

  /// HeadObject: the object's metadata, or the body-less `404` / `Not Found` a HEAD request gets
  /// for a missing bucket or key alike.
  public func headObject(bucket name: String, key: String) -> Result<HeadObjectOutput, APIError> {
    switch getObject(bucket: name, key: key) {
    case .failure(let error): return .failure(S3Errors.headError(for: error))
    case .success(let object):
      return .success(
        HeadObjectOutput(
          contentLength: object.contentLength, contentType: object.contentType, eTag: object.eTag,
          lastModified: object.lastModified))
    }
  }

  /// GetBucketPolicy: the policy text as the owner put it, or NoSuchBucketPolicy when there is none.
  public func getBucketPolicy(bucket name: String) -> Result<String, APIError> {
    guard let bucket = bucket(named: name) else { return .failure(S3Errors.noSuchBucket(name)) }
    guard let policy = bucket.policy else { return .failure(S3Errors.noSuchBucketPolicy(name)) }
    return .success(policy)
  }

  /// HeadBucket: success with the bucket's Region (S3's `x-amz-bucket-region` header), or the
  /// body-less error a HEAD request gets (`404` / `Not Found`).
  public func headBucket(bucket name: String) -> Result<String, APIError> {
    guard let bucket = bucket(named: name) else {
      return .failure(S3Errors.headError(for: S3Errors.noSuchBucket(name)))
    }
    return .success(bucket.region)
  }

  /// GetBucketLocation: the LocationConstraint, which S3 leaves empty (awscli prints `null`) for
  /// us-east-1 and sets to the Region's name elsewhere.
  public func getBucketLocation(bucket name: String) -> Result<String?, APIError> {
    guard let bucket = bucket(named: name) else { return .failure(S3Errors.noSuchBucket(name)) }
    return .success(bucket.region == "us-east-1" ? nil : bucket.region)
  }
}
