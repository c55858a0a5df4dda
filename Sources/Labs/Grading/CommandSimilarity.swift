/// Two attempts at one lab whose command sequences are much alike: evidence for a human to look at,
/// never a verdict (learners following the same instructions type similar commands).
public struct SimilarCommandSequences: Sendable, Equatable {
  public var labID: String
  /// The two attempts, by path, the first sorting before the second.
  public var paths: (String, String)
  /// Their learners as `Name <email>`, in the same order.
  public var learners: (String, String)
  /// Runs of three commands shared over runs in either (Jaccard), from 0 to 1.
  public var similarity: Double
  /// Runs of three commands the two share.
  public var sharedRuns: Int

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.labID == rhs.labID && lhs.paths == rhs.paths && lhs.learners == rhs.learners
      && lhs.similarity == rhs.similarity && lhs.sharedRuns == rhs.sharedRuns
  }
}

/// Compares the command sequences of a class, with resource ids and addresses normalised, since each
/// learner's variant has its own.
public enum CommandSimilarity {
  /// Pairs at least this alike are listed.
  public static let threshold = 0.8
  /// Attempts with fewer runs of three commands say too little to compare.
  public static let minimumRuns = 8
  /// At most this many pairs are listed per lab, the most alike first.
  public static let limitPerLab = 20

  /// The sorted, unique hashes of every run of three consecutive command lines, normalised.
  ///
  /// Grading runs this on every attempt, so lines are normalised byte by byte and hashed as they go,
  /// without building strings.
  public static func shingles(_ commands: [String]) -> [UInt64] {
    var lines: [UInt64] = []
    lines.reserveCapacity(commands.count)
    var buffer: [UInt8] = []
    for command in commands {
      buffer.removeAll(keepingCapacity: true)
      normalise(command, into: &buffer)
      if !buffer.isEmpty { lines.append(fnv1a(buffer)) }
    }
    guard !lines.isEmpty else { return [] }
    let width = min(3, lines.count)
    var hashes: [UInt64] = []
    hashes.reserveCapacity(lines.count)
    for start in 0...(lines.count - width) {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for line in lines[start..<(start + width)] { hash = (hash ^ line) &* 0x100_0000_01b3 }
      hashes.append(hash)
    }
    hashes.sort()
    var unique: [UInt64] = []
    unique.reserveCapacity(hashes.count)
    for hash in hashes where unique.last != hash { unique.append(hash) }
    return unique
  }

  /// Pairs of attempts at the same lab, by different learners, at least `threshold` alike.
  ///
  /// Only the `limitPerLab` most alike pairs of each lab are kept while the pairs are compared: a
  /// class whose attempts are much alike has pairs by the hundred thousand, and building each one
  /// (its learners' names included) to keep twenty was most of grading's peak memory.
  public static func pairs(_ grades: [LearnerGrade]) -> [SimilarCommandSequences] {
    var byLab: [String: [Int]] = [:]
    for (index, grade) in grades.enumerated() where grade.commandShingles.count >= minimumRuns {
      byLab[grade.labID, default: []].append(index)
    }
    var found: [SimilarCommandSequences] = []
    for labID in byLab.keys.sorted() {
      let group = byLab[labID]!.sorted { grades[$0].path < grades[$1].path }
      let seeds = group.map { VariantSeed.canonical(grades[$0].learnerEmail) }
      // The pairs grow with the square of the class: the loop touches only these arrays, not the
      // grades (copying a grade per pair retains and releases every field of it).
      let shingles = group.map { grades[$0].commandShingles }
      var best = BestPairs(limit: limitPerLab)
      for i in group.indices {
        for j in group.indices where j > i && seeds[i] != seeds[j] {
          let (small, large) = (min(shingles[i].count, shingles[j].count), max(shingles[i].count, shingles[j].count))
          // Sharing at most `small` runs of a union of at least `large`: too few to reach the
          // threshold. The margin leaves pairs right at it to the exact test below.
          guard Double(small) >= threshold * Double(large) * 0.999_999 else { continue }
          let shared = intersectionCount(shingles[i], shingles[j])
          let union = shingles[i].count + shingles[j].count - shared
          let similarity = Double(shared) / Double(union)
          guard similarity >= threshold else { continue }
          best.offer(.init(similarity: (similarity * 1000).rounded() / 1000, first: i, second: j, shared: shared))
        }
      }
      for pair in best.pairs {
        let (a, b) = (grades[group[pair.first]], grades[group[pair.second]])
        found.append(
          SimilarCommandSequences(
            labID: labID, paths: (a.path, b.path),
            learners: ("\(a.learnerName) <\(a.learnerEmail)>", "\(b.learnerName) <\(b.learnerEmail)>"),
            similarity: pair.similarity, sharedRuns: pair.shared))
      }
    }
    return found
  }

  /// The most alike pairs seen so far, at most `limit`, in report order: the most alike first, then
  /// by the two attempts' places in the path order (the order of their paths).
  struct BestPairs {
    struct Pair {
      var similarity: Double
      var first: Int
      var second: Int
      var shared: Int

      func comesBefore(_ other: Pair) -> Bool {
        (other.similarity, first, second) < (similarity, other.first, other.second)
      }
    }

    let limit: Int
    private(set) var pairs: [Pair] = []

    init(limit: Int) {
      self.limit = limit
    }

    mutating func offer(_ pair: Pair) {
      if pairs.count == limit, let last = pairs.last, !pair.comesBefore(last) { return }
      var low = 0
      var high = pairs.count
      while low < high {
        let middle = (low + high) / 2
        if pairs[middle].comesBefore(pair) { low = middle + 1 } else { high = middle }
      }
      pairs.insert(pair, at: low)
      if pairs.count > limit { pairs.removeLast() }
    }
  }

  /// A command line with spaces collapsed, resource ids (`vpce-0a1b…`) and IPv4 addresses replaced.
  static func normalised(_ line: String) -> String {
    var buffer: [UInt8] = []
    normalise(line, into: &buffer)
    return String(decoding: buffer, as: UTF8.self)
  }

  /// Writes `line` normalised into `out`: words one space apart; `prefix-` with eight or more hex
  /// digits (an id drawn from the seed) as `prefix-*`; four dot-separated numbers (an address pools
  /// and variants choose) as `#.#.#.#`. Only ASCII is looked at; other bytes are copied.
  static func normalise(_ line: String, into out: inout [UInt8]) {
    let bytes = Array(line.utf8)
    func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b >= 0x61 && b <= 0x66) }
    func isWordy(_ b: UInt8) -> Bool { isLower(b) || isDigit(b) || (b >= 0x41 && b <= 0x5A) }
    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if isSpace(byte) {
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        if !out.isEmpty, index < bytes.count { out.append(0x20) }
        continue
      }
      let atBoundary = index == 0 || !isWordy(bytes[index - 1])
      if atBoundary, isLower(byte) {
        var end = index
        while end < bytes.count, isLower(bytes[end]) { end += 1 }
        if end < bytes.count, bytes[end] == 0x2D {
          var hexEnd = end + 1
          while hexEnd < bytes.count, isHex(bytes[hexEnd]) { hexEnd += 1 }
          if hexEnd - end - 1 >= 8, hexEnd == bytes.count || !isWordy(bytes[hexEnd]) {
            out.append(contentsOf: bytes[index...end])
            out.append(0x2A)
            index = hexEnd
            continue
          }
        }
        out.append(contentsOf: bytes[index..<end])
        index = end
        continue
      }
      if atBoundary, isDigit(byte) {
        var end = index
        var dots = 0
        while end < bytes.count, isDigit(bytes[end]) || (bytes[end] == 0x2E && dots < 3) {
          if bytes[end] == 0x2E { dots += 1 }
          end += 1
        }
        if dots == 3, isDigit(bytes[end - 1]) {
          out.append(contentsOf: Array("#.#.#.#".utf8))
          index = end
          continue
        }
      }
      out.append(byte)
      index += 1
    }
  }

  private static func intersectionCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
    var (i, j, count) = (0, 0, 0)
    while i < a.count, j < b.count {
      if a[i] == b[j] {
        count += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return count
  }

  /// FNV-1a, 64 bits: the same on every run, unlike `Hasher`.
  private static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }
}
