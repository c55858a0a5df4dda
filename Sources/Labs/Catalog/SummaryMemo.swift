/// Remembers what a `lab.yaml`'s summary came to, by the digest of its bytes, so a listing need
/// not parse files that have not changed since the last one.
///
/// The labs module does no I/O: the CLI keeps the memo in a cache file. A memo must only hand back
/// what this build recorded, since another build may read a file differently.
public protocol SummaryMemo: AnyObject {
  /// What was recorded for a file with these bytes, if anything.
  func summary(forDigest digest: String) -> MemoizedSummary?
  /// Records what a file with these bytes came to.
  func record(_ summary: MemoizedSummary, forDigest digest: String)
}

/// A summary's fields as the scan or the composer found them (before its folder is compared with its
/// id), or the problem that made the file unreadable.
public struct MemoizedSummary: Sendable, Equatable, Codable {
  public var id: String?
  public var title: String?
  public var steps: Int?
  /// The composer's message for a file it could not read; the fields are then nil.
  public var problem: String?

  public init(id: String?, title: String?, steps: Int?, problem: String?) {
    self.id = id
    self.title = title
    self.steps = steps
    self.problem = problem
  }
}

extension MemoizedSummary {
  init(_ result: Result<SummaryScan.Fields, Catalog.SummaryProblem>) {
    switch result {
    case .success(let fields): self.init(id: fields.id, title: fields.title, steps: fields.steps, problem: nil)
    case .failure(let problem): self.init(id: nil, title: nil, steps: nil, problem: problem.message)
    }
  }

  var result: Result<SummaryScan.Fields, Catalog.SummaryProblem> {
    if let problem { return .failure(Catalog.SummaryProblem(message: problem)) }
    return .success(SummaryScan.Fields(id: id, title: title, steps: steps))
  }

  /// The memo's key for a file: FNV-1a (64 bits) of its bytes, and their count, in hex. A mix-up
  /// guard, not a defence against a file made to collide: the memo is the user's own cache.
  static func digest(of text: String) -> String {
    func fnv1a<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
      return hash
    }
    // Over the string's own buffer where it has one: the view's iterator costs several times more
    // a byte, and a listing digests every lab file.
    let hash = text.utf8.withContiguousStorageIfAvailable { fnv1a($0) } ?? fnv1a(text.utf8)
    return String(hash, radix: 16) + "-" + String(text.utf8.count, radix: 16)
  }
}
