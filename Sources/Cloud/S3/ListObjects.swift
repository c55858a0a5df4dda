/// What ListObjects (version 1) answers, field for field.
public struct ListObjectsOutput: Equatable, Sendable {
  public var name: String
  /// The prefix asked for (`""` when none), encoded like keys under `encoding-type=url`.
  public var prefix: String
  /// The marker asked for (`""` when none), encoded likewise.
  public var marker: String
  /// Where the next page starts; S3 sends it only for a truncated listing with a delimiter
  /// (without one, clients resume after the last key).
  public var nextMarker: String?
  public var delimiter: String?
  public var maxKeys: Int
  public var encodingType: String?
  public var isTruncated: Bool
  public var contents: [S3ObjectSummary]
  public var commonPrefixes: [String]
}

extension S3Store {
  /// Lists a bucket as S3's ListObjects (version 1) does: the same order, roll-up and page limit
  /// as ``listObjectsV2(bucket:prefix:delimiter:maxKeys:continuationToken:startAfter:encodingType:)``,
  /// resuming after `marker` instead of at a continuation token.
  ///
  /// A marker that rolls up into a common prefix (the `NextMarker` of a page that ended on one)
  /// skips every key under that prefix, so that prefix is not listed a second time.
  public func listObjects(
    bucket name: String, prefix: String? = nil, delimiter: String? = nil, maxKeys: Int? = nil,
    marker: String? = nil, encodingType: String? = nil
  ) -> Result<ListObjectsOutput, APIError> {
    let prefixText = prefix ?? ""
    let delimiterText = (delimiter?.isEmpty ?? true) ? nil : delimiter
    var token: String?
    if let marker, !marker.isEmpty {
      // Resume as ListObjectsV2 would at a token for the same place.
      var position = ContinuationToken.Position.afterKey(marker)
      if S3KeyOrder.hasPrefix(marker, prefixText),
        case .afterPrefix(let common) = rollUp(
          marker, prefix: prefixText, delimiter: delimiterText)
      {
        position = .afterPrefix(common)
      }
      token = ContinuationToken.encode(position)
    }
    return listObjectsV2(
      bucket: name, prefix: prefix, delimiter: delimiter, maxKeys: maxKeys, continuationToken: token,
      encodingType: encodingType
    ).map { page in
      let encode = { (text: String) in encodingType == "url" ? S3URLEncoding.encode(text) : text }
      var next: String?
      if page.isTruncated, page.delimiter != nil {
        next = page.contents.last.map(\.key)
        if let common = page.commonPrefixes.last, next.map({ S3KeyOrder.precedes($0, common) }) ?? true {
          next = common
        }
      }
      return ListObjectsOutput(
        name: page.name, prefix: page.prefix, marker: encode(marker ?? ""), nextMarker: next,
        delimiter: page.delimiter, maxKeys: page.maxKeys, encodingType: page.encodingType,
        isTruncated: page.isTruncated, contents: page.contents, commonPrefixes: page.commonPrefixes)
    }
  }
}
