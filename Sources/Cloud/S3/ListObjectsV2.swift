/// One entry of a listing's `Contents`.
public struct S3ObjectSummary: Equatable, Sendable {
  /// The key, URL-encoded when the request asked for `encoding-type=url`.
  public var key: String
  public var lastModified: Int64
  public var eTag: String
  public var size: Int64
  public var storageClass: String
}

/// What ListObjectsV2 answers, field for field.
public struct ListObjectsV2Output: Equatable, Sendable {
  public var name: String
  /// The prefix asked for (`""` when none), encoded like keys under `encoding-type=url`.
  public var prefix: String
  /// The delimiter asked for; nil when none (or empty) was given.
  public var delimiter: String?
  public var maxKeys: Int
  /// `url` when the request asked for it.
  public var encodingType: String?
  /// Entries returned: contents plus common prefixes.
  public var keyCount: Int
  public var isTruncated: Bool
  public var contents: [S3ObjectSummary]
  /// Rolled-up prefixes, each ending with the delimiter, in listing order.
  public var commonPrefixes: [String]
  public var continuationToken: String?
  public var nextContinuationToken: String?
  public var startAfter: String?
}

extension S3Store {
  /// The most entries one ListObjectsV2 page can hold, whatever MaxKeys asks for.
  public static let listPageLimit = 1000

  /// Lists a bucket as S3's ListObjectsV2 does.
  ///
  /// Keys come in UTF-8 binary order. With a delimiter, keys whose remainder after `prefix`
  /// contains it are rolled up into one common prefix (up to and including the first
  /// delimiter); each common prefix counts once towards `maxKeys`, like a key. The listing
  /// starts after `startAfter`, or where `continuationToken` says (the token wins when both are
  /// given). `encodingType: "url"` encodes keys, prefixes, the delimiter and `startAfter` in the answer.
  public func listObjectsV2(
    bucket name: String, prefix: String? = nil, delimiter: String? = nil, maxKeys: Int? = nil,
    continuationToken: String? = nil, startAfter: String? = nil, encodingType: String? = nil
  ) -> Result<ListObjectsV2Output, APIError> {
    guard let bucket = bucket(named: name) else { return .failure(S3Errors.noSuchBucket(name)) }
    if let encodingType, encodingType != "url" {
      return .failure(
        S3Errors.invalidArgument(
          "Invalid Encoding Method specified in Request", argumentName: "encoding-type", argumentValue: encodingType))
    }
    let requestedMaxKeys = maxKeys ?? S3Store.listPageLimit
    if requestedMaxKeys < 0 {
      return .failure(
        S3Errors.invalidArgument(
          "Provided max-keys not an integer or within integer range", argumentName: "max-keys",
          argumentValue: String(requestedMaxKeys)))
    }
    var resume: ContinuationToken.Position?
    if let continuationToken {
      guard let position = ContinuationToken.decode(continuationToken) else {
        return .failure(
          S3Errors.invalidArgument(
            "The continuation token provided is incorrect", argumentName: "continuation-token",
            argumentValue: continuationToken))
      }
      resume = position
    } else if let startAfter, !startAfter.isEmpty {
      resume = .afterKey(startAfter)
    }

    let prefix = prefix ?? ""
    let delimiter = (delimiter?.isEmpty ?? true) ? nil : delimiter
    let limit = min(requestedMaxKeys, S3Store.listPageLimit)
    let encodesNames = encodingType == "url"
    func encode(_ name: String) -> String { encodesNames ? S3URLEncoding.encode(name) : name }

    var contents: [S3ObjectSummary] = []
    var commonPrefixes: [String] = []
    var lastEntry: ContinuationToken.Position?
    var isTruncated = false
    var index = bucket.insertionIndex(for: prefix)
    let objects = bucket.objects
    while index < objects.count {
      let object = objects[index]
      index += 1
      guard S3KeyOrder.hasPrefix(object.key, prefix) else {
        // Keys sharing a prefix are contiguous from the prefix's insertion point, so the first
        // key without it ends the range.
        break
      }
      if let resume, !isAfter(object.key, resume) { continue }
      let entry = rollUp(object.key, prefix: prefix, delimiter: delimiter)
      if case .afterPrefix(let common) = entry, case .afterPrefix(let previous)? = lastEntry,
        S3KeyOrder.same(previous, common)
      {
        continue
      }
      if contents.count + commonPrefixes.count == limit {
        isTruncated = limit > 0
        break
      }
      switch entry {
      case .afterKey:
        contents.append(
          S3ObjectSummary(
            key: encode(object.key), lastModified: object.lastModified, eTag: object.eTag, size: object.size,
            storageClass: object.storageClass))
      case .afterPrefix(let common):
        commonPrefixes.append(encode(common))
      }
      lastEntry = entry
    }

    return .success(
      ListObjectsV2Output(
        name: bucket.name, prefix: encode(prefix), delimiter: delimiter.map { encode($0) }, maxKeys: requestedMaxKeys,
        encodingType: encodingType, keyCount: contents.count + commonPrefixes.count, isTruncated: isTruncated,
        contents: contents, commonPrefixes: commonPrefixes, continuationToken: continuationToken,
        nextContinuationToken: isTruncated ? lastEntry.map(ContinuationToken.encode) : nil,
        startAfter: startAfter.map { encode($0) }))
  }

  /// The key itself, or the common prefix it rolls up into; `key` starts with `prefix` (bytes).
  func rollUp(_ key: String, prefix: String, delimiter: String?) -> ContinuationToken.Position {
    guard let delimiter, !delimiter.isEmpty else { return delimiter == nil ? .afterKey(key) : .afterPrefix(prefix) }
    // Searched at the key's bytes, after the prefix it starts with: every key of a listing comes
    // here, and copying each into arrays cost more than the rest of the listing.
    let bytes = key.utf8
    let needle = delimiter.utf8
    let first = needle.first!
    guard var start = bytes.index(bytes.startIndex, offsetBy: prefix.utf8.count, limitedBy: bytes.endIndex) else {
      return .afterKey(key)
    }
    while let found = bytes[start...].firstIndex(of: first) {
      let rest = bytes[found...]
      if rest.starts(with: needle) {
        let end = bytes.index(found, offsetBy: needle.count)
        // A delimiter may split a multi-byte character only if it is itself odd bytes; keep the key then.
        guard let common = String(bytes[..<end]) else { return .afterKey(key) }
        return .afterPrefix(common)
      }
      start = bytes.index(after: found)
    }
    return .afterKey(key)
  }

  /// True when `key` comes after the resume position.
  private func isAfter(_ key: String, _ position: ContinuationToken.Position) -> Bool {
    switch position {
    case .afterKey(let marker):
      return S3KeyOrder.precedes(marker, key)
    case .afterPrefix(let common):
      return S3KeyOrder.precedes(common, key) && !S3KeyOrder.hasPrefix(key, common)
    }
  }
}
