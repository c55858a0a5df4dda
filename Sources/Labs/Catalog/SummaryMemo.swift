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
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var count = 0
    for byte in text.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
      count += 1
    }
    return String(hash, radix: 16) + "-" + String(count, radix: 16)
  }
}
