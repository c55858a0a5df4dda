/// All simulated S3 buckets of the world, keyed by name and always handed out sorted by name.
public struct S3Store: Equatable, Sendable, Codable {
  /// The buckets in name order (UTF-8 binary order; bucket names are lowercase ASCII).
  public private(set) var buckets: [Bucket]

  /// A store holding `buckets` (any order; a repeated name keeps the last bucket).
  public init(buckets: [Bucket] = []) {
    self.buckets = []
    for bucket in buckets { put(bucket) }
  }

  private enum CodingKeys: String, CodingKey { case buckets }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(buckets: try container.decodeIfPresent([Bucket].self, forKey: .buckets) ?? [])
  }

  /// The bucket called `name`, if it exists.
  public func bucket(named name: String) -> Bucket? {
    buckets.first { $0.name == name }
  }

  /// Adds `bucket`, or replaces the bucket of the same name.
  public mutating func put(_ bucket: Bucket) {
    if let at = buckets.firstIndex(where: { $0.name == bucket.name }) {
      buckets[at] = bucket
    } else {
      let at = buckets.firstIndex { S3KeyOrder.precedes(bucket.name, $0.name) } ?? buckets.count
      buckets.insert(bucket, at: at)
    }
  }

  /// Changes the bucket called `name` in place; false if there is no such bucket.
  @discardableResult
  public mutating func modifyBucket(named name: String, _ change: (inout Bucket) -> Void) -> Bool {
    guard let at = buckets.firstIndex(where: { $0.name == name }) else { return false }
    change(&buckets[at])
    return true
  }

  /// Sets or clears a bucket's policy text; NoSuchBucket if it does not exist.
  public mutating func setPolicy(_ policy: String?, forBucket name: String) -> Result<Void, APIError> {
    modifyBucket(named: name) { $0.policy = policy } ? .success(()) : .failure(S3Errors.noSuchBucket(name))
  }
}
