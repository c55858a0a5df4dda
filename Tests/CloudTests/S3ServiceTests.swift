import CourseWorldSupport
import Testing

@testable import Cloud

@Suite struct S3ServiceTests {
  let store = S3Store.articleFixture

  @Test func listBucketsIsAlphabetical() throws {
    var store = store
    store.put(Bucket(name: "aaa-first", region: "us-east-1", creationDate: 0))
    let names = try store.listBuckets().get().map(\.name)
    #expect(names == ["aaa-first", "jschoi.acl", "jschoi.use1-logs"])
  }

  @Test(arguments: [
    // (error, code, message, status, details)
    (
      S3Errors.noSuchBucket("nope"), "NoSuchBucket", "The specified bucket does not exist", 404,
      [APIError.Detail("BucketName", "nope")]
    ),
    (S3Errors.noSuchKey("a/b"), "NoSuchKey", "The specified key does not exist.", 404, [.init("Key", "a/b")]),
    (S3Errors.accessDenied(), "AccessDenied", "Access Denied", 403, []),
    (
      S3Errors.permanentRedirect(bucket: "jschoi.use1-logs", bucketRegion: "us-east-1"), "PermanentRedirect",
      "The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.",
      301, [.init("Endpoint", "jschoi.use1-logs.s3.amazonaws.com"), .init("Bucket", "jschoi.use1-logs")]
    ),
    (
      S3Errors.authorizationHeaderMalformed(signingRegion: "us-east-1", bucketRegion: "ap-northeast-2"),
      "AuthorizationHeaderMalformed",
      "The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'ap-northeast-2'", 400,
      [.init("Region", "ap-northeast-2")]
    ),
  ])
  func errorsCarryRealCodesAndWords(
    error: APIError, code: String, message: String, status: Int, details: [APIError.Detail]
  ) {
    #expect(error.code == code)
    #expect(error.message == message)
    #expect(error.httpStatus == status)
    #expect(error.details == details)
  }

  @Test func missingBucketAndKey() {
    #expect(store.listObjectsV2(bucket: "jschoi.nope") == .failure(S3Errors.noSuchBucket("jschoi.nope")))
    #expect(store.getObject(bucket: "jschoi.nope", key: "x").s3Failure == S3Errors.noSuchBucket("jschoi.nope"))
    #expect(
      store.getObject(bucket: "jschoi.acl", key: "private1/nope.txt").s3Failure
        == S3Errors.noSuchKey("private1/nope.txt"))
    #expect(store.getBucketLocation(bucket: "jschoi.nope").s3Failure?.code == "NoSuchBucket")
  }

  @Test func badListingArgumentsAreInvalidArgument() {
    let encoding = store.listObjectsV2(bucket: "jschoi.acl", encodingType: "base64").s3Failure
    #expect(encoding?.code == "InvalidArgument")
    #expect(encoding?.detail("ArgumentName") == "encoding-type")
    let token = store.listObjectsV2(bucket: "jschoi.acl", continuationToken: "not a token").s3Failure
    #expect(token?.code == "InvalidArgument")
    #expect(token?.message == "The continuation token provided is incorrect")
    #expect(store.listObjectsV2(bucket: "jschoi.acl", maxKeys: -1).s3Failure?.code == "InvalidArgument")
  }

  @Test func headBucketAnswersLikeAHeadRequest() {
    #expect(store.headBucket(bucket: "jschoi.acl") == .success("ap-northeast-2"))
    let missing = store.headBucket(bucket: "jschoi.nope").s3Failure
    #expect(missing == APIError(code: "404", message: "Not Found", httpStatus: 404))
    #expect(
      S3Errors.headError(for: S3Errors.accessDenied()) == APIError(code: "403", message: "Forbidden", httpStatus: 403))
  }

  @Test func bucketLocationIsNullForUSEast1() {
    #expect(store.getBucketLocation(bucket: "jschoi.acl") == .success("ap-northeast-2"))
    #expect(store.getBucketLocation(bucket: "jschoi.use1-logs") == .success(nil))
  }

  @Test(arguments: [
    ("ap-northeast-2", "jschoi.acl", nil as String?),
    ("ap-northeast-2", "jschoi.use1-logs", "jschoi.use1-logs.s3.amazonaws.com"),
    ("us-east-1", "jschoi.acl", "jschoi.acl.s3.ap-northeast-2.amazonaws.com"),
    ("us-east-1", "jschoi.use1-logs", nil),
  ])
  func redirectsWhenAskedAtAnotherRegion(endpointRegion: String, bucket: String, endpoint: String?) throws {
    let found = try #require(store.bucket(named: bucket))
    let error = S3Routing.misdirectedRequestError(bucket: found, endpointRegion: endpointRegion)
    #expect(error?.code == (endpoint == nil ? nil : "PermanentRedirect"))
    #expect(error?.detail("Endpoint") == endpoint)
    #expect(error?.detail("Bucket") == (endpoint == nil ? nil : bucket))
  }

  @Test func signingForTheWrongRegionIsMalformedAuthorization() throws {
    let bucket = try #require(store.bucket(named: "jschoi.acl"))
    #expect(S3Routing.signingRegionError(bucket: bucket, signingRegion: "ap-northeast-2") == nil)
    #expect(
      S3Routing.signingRegionError(bucket: bucket, signingRegion: "us-east-1")?.detail("Region") == "ap-northeast-2")
  }

  @Test func getObjectServesTextBodies() throws {
    let output = try store.getObject(bucket: "jschoi.acl", key: "private1/secret.txt").get()
    let text = "This object is private: only the bucket owner can read it.\n"
    #expect(output.body == Array(text.utf8))
    #expect(output.contentLength == Int64(text.utf8.count))
    #expect(output.contentType == "text/plain")
    // MD5 of the body, as python3's hashlib computes it.
    #expect(output.eTag == "\"4a071f423ba539517973b4587e442da1\"")
  }

  @Test func getObjectSynthesisesBytesOfTheRightSizeDeterministically() throws {
    let csv = try store.getObject(bucket: "jschoi.acl", key: "jschoi.acl_test.csv").get()
    #expect(csv.body.count == 29606)
    #expect(csv.body.allSatisfy { $0 == 0x0A || ($0 >= 0x20 && $0 < 0x7F) })
    #expect(csv.eTag == "\"" + MD5.hexDigest(of: csv.body) + "\"")
    let png = try store.getObject(bucket: "jschoi.acl", key: "what-is-eks.png").get()
    #expect(png.body.count == 25184)
    #expect(png.contentType == "image/png")
    #expect(try S3Store.articleFixture.getObject(bucket: "jschoi.acl", key: "what-is-eks.png").get() == png)
    // The bytes follow from the key and the size alone: an object made elsewhere, at another time, with
    // the same key and size has them too, and another key of the same size does not.
    #expect(S3Object(key: "what-is-eks.png", size: 25184, lastModified: 0).contentBytes == png.body)
    #expect(S3Object(key: "what-is-eks-2.png", size: 25184, lastModified: 0).contentBytes != png.body)
  }

  @Test(arguments: [
    ("", "d41d8cd98f00b204e9800998ecf8427e"),
    ("abc", "900150983cd24fb0d6963f7d28e17f72"),
    ("The quick brown fox jumps over the lazy dog", "9e107d9d372bb6826bd81d3542a419d6"),
    (String(repeating: "a", count: 1000), "cabe45dcc9ae5b66ba86600cca6b8ba8"),
  ])
  func md5MatchesReferenceDigests(text: String, digest: String) {
    #expect(MD5.hexDigest(of: Array(text.utf8)) == digest)
  }

  /// Lengths around the 64-byte block and its 56-byte padding limit, where a whole block is read
  /// from the input and the rest padded; the digests are Python 3's hashlib.md5 of
  /// `bytes((i * 7 + 3) % 256 for i in range(n))`.
  @Test(arguments: [
    (55, "52c0e574e1198de5fe3f8f11440dcb1b"), (56, "46c9907fc908ee68b1e7b8e71286a518"),
    (63, "a62f6d59e837867693f042f5b8f5a236"), (64, "7160b8fb5e9e4023d549c3971fbaeead"),
    (65, "70bd662e7aefbda85a0f7244167b7897"), (127, "acce2474d6cc8302120d09c818d17ef7"),
    (128, "10b2da1a82f16d99a81a7203fe9f02cb"), (1000, "10046f077f2082ac19676b8079f1cb1a"),
    (29606, "3e9de8c35b0c9011ae7bbf94d08b25c6"),
  ])
  func md5AcrossBlockBoundaries(length: Int, digest: String) {
    let bytes = (0..<length).map { UInt8(($0 * 7 + 3) % 256) }
    #expect(MD5.hexDigest(of: bytes) == digest)
  }

  @Test func bucketKeepsKeysSortedAndReplaces() {
    var bucket = Bucket(name: "b", region: "us-east-1", creationDate: 0)
    bucket.put(S3Object(key: "b", text: "1", lastModified: 0))
    bucket.put(S3Object(key: "a", text: "2", lastModified: 0))
    bucket.put(S3Object(key: "b", text: "333", lastModified: 0))
    #expect(bucket.objects.map(\.key) == ["a", "b"])
    #expect(bucket.object(forKey: "b")?.size == 3)
    #expect(bucket.removeObject(forKey: "a")?.key == "a")
    #expect(bucket.object(forKey: "a") == nil)
  }

  @Test func setPolicyNeedsTheBucket() {
    var store = store
    #expect(store.setPolicy("{}", forBucket: "nope").s3Failure?.code == "NoSuchBucket")
    #expect((try? store.setPolicy("{}", forBucket: "jschoi.acl").get()) != nil)
    #expect(store.bucket(named: "jschoi.acl")?.policy == "{}")
  }

  @Test(arguments: [
    (S3Operation.listBuckets, "ListBuckets", "s3:ListAllMyBuckets", "*"),
    (.listObjectsV2(bucket: "jschoi.acl"), "ListObjectsV2", "s3:ListBucket", "arn:aws:s3:::jschoi.acl"),
    (
      .getObject(bucket: "jschoi.acl", key: "public1/index.html"), "GetObject", "s3:GetObject",
      "arn:aws:s3:::jschoi.acl/public1/index.html"
    ),
    (.getBucketLocation(bucket: "jschoi.acl"), "GetBucketLocation", "s3:GetBucketLocation", "arn:aws:s3:::jschoi.acl"),
    (.headBucket(bucket: "jschoi.acl"), "HeadBucket", "s3:ListBucket", "arn:aws:s3:::jschoi.acl"),
  ])
  func operationsMapToIAMActions(operation: S3Operation, name: String, action: String, resource: String) {
    #expect(operation.name == name)
    #expect(operation.iamAction == action)
    #expect(operation.resourceARN == resource)
  }
}

extension Result {
  var s3Failure: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}
