/// A summary memo read from and written to a cache file's bytes (the CLI does the reading and
/// writing): what one build of labrun recorded, for the files it listed most recently.
public final class SummaryMemoFile: SummaryMemo {
  /// How many files the cache remembers: the labs of a few courses.
  public static let capacity = 64

  static let magic = Array("labrun lab summaries 1\n".utf8)

  private struct Stored: Codable {
    var build: String
    var digests: [String]
    var summaries: [MemoizedSummary]
  }

  private let build: String
  private var digests: [String] = []
  private var summaries: [MemoizedSummary] = []
  /// The digests asked for in this run, which the file keeps first.
  private var asked: [String] = []
  /// Whether anything was recorded that the file does not hold yet.
  public private(set) var changed = false

  /// The memo in `bytes` when this `build` wrote them; empty when there are none, they are damaged,
  /// or another build wrote them.
  public init(build: String, bytes: [UInt8]?) {
    self.build = build
    guard let bytes, let payload = CacheFileFraming.payload(of: bytes, magic: Self.magic),
      let stored = try? CheckpointDecoder.decode(Stored.self, from: payload), stored.build == build,
      stored.digests.count == stored.summaries.count
    else { return }
    digests = stored.digests
    summaries = stored.summaries
  }

  public func summary(forDigest digest: String) -> MemoizedSummary? {
    guard let index = digests.firstIndex(of: digest) else { return nil }
    asked.append(digest)
    return summaries[index]
  }

  public func record(_ summary: MemoizedSummary, forDigest digest: String) {
    asked.append(digest)
    if let index = digests.firstIndex(of: digest) {
      summaries[index] = summary
    } else {
      digests.append(digest)
      summaries.append(summary)
    }
    changed = true
  }

  /// The file's bytes: this run's files first, then the others, up to `capacity`.
  public func bytes() -> [UInt8] {
    var order = asked.compactMap { digests.firstIndex(of: $0) }
    for index in digests.indices where !order.contains(index) { order.append(index) }
    var kept: [Int] = []
    for index in order where !kept.contains(index) && kept.count < Self.capacity { kept.append(index) }
    let stored = Stored(build: build, digests: kept.map { digests[$0] }, summaries: kept.map { summaries[$0] })
    // Encoding strings, numbers and arrays cannot fail; an empty file is no cache, never a wrong one.
    return (try? CheckpointEncoder.encode(stored)).map { CacheFileFraming.frame($0, magic: Self.magic) } ?? []
  }
}
