/// A simulated S3 bucket: where it lives, when it was made, what it holds, and its policy.
public struct Bucket: Equatable, Sendable, Codable {
  /// The globally unique bucket name, e.g. `jschoi.acl`.
  public let name: String
  /// The Region the bucket was created in, e.g. `ap-northeast-2`.
  public var region: String
  /// Creation time, milliseconds since the Unix epoch (UTC).
  public var creationDate: Int64
  /// The bucket policy document as the owner wrote it, if any.
  public var policy: String?
  /// The objects, always in S3 listing order (UTF-8 binary order of keys).
  public private(set) var objects: [S3Object]

  /// A bucket holding `objects` (any order; a repeated key keeps the last object).
  public init(name: String, region: String, creationDate: Int64, objects: [S3Object] = [], policy: String? = nil) {
    self.name = name
    self.region = region
    self.creationDate = creationDate
    self.policy = policy
    self.objects = []
    for object in objects { put(object) }
  }

  private enum CodingKeys: String, CodingKey {
    case name, region, creationDate, policy, objects
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    // Rebuilt through `put` so a hand-written world description cannot break the ordering invariant.
    self.init(
      name: try container.decode(String.self, forKey: .name),
      region: try container.decode(String.self, forKey: .region),
      creationDate: try container.decode(Int64.self, forKey: .creationDate),
      objects: try container.decodeIfPresent([S3Object].self, forKey: .objects) ?? [],
      policy: try container.decodeIfPresent(String.self, forKey: .policy))
  }

  /// The object stored under exactly `key` (byte-for-byte), if any.
  public func object(forKey key: String) -> S3Object? {
    let at = insertionIndex(for: key)
    guard at < objects.count, S3KeyOrder.same(objects[at].key, key) else { return nil }
    return objects[at]
  }

  /// Stores `object`, replacing any object with the same key.
  public mutating func put(_ object: S3Object) {
    let at = insertionIndex(for: object.key)
    if at < objects.count, S3KeyOrder.same(objects[at].key, object.key) {
      objects[at] = object
    } else {
      objects.insert(object, at: at)
    }
  }

  /// Removes the object under `key`; returns it if there was one.
  @discardableResult
  public mutating func removeObject(forKey key: String) -> S3Object? {
    let at = insertionIndex(for: key)
    guard at < objects.count, S3KeyOrder.same(objects[at].key, key) else { return nil }
    return objects.remove(at: at)
  }

  /// The first position whose key does not sort before `key`.
  func insertionIndex(for key: String) -> Int {
    var low = 0
    var high = objects.count
    while low < high {
      let mid = (low + high) / 2
      if S3KeyOrder.precedes(objects[mid].key, key) { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
