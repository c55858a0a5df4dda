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
  public static func shingles(_ commands: [String]) -> [UInt64] {
    let lines = commands.map(normalised).filter { !$0.isEmpty }
    guard !lines.isEmpty else { return [] }
    let width = min(3, lines.count)
    var hashes: [UInt64] = []
    hashes.reserveCapacity(lines.count)
    for start in 0...(lines.count - width) {
      hashes.append(fnv1a(lines[start..<(start + width)].joined(separator: "\n")))
    }
    return Array(Set(hashes)).sorted()
  }

  /// Pairs of attempts at the same lab, by different learners, at least `threshold` alike.
  public static func pairs(_ grades: [LearnerGrade]) -> [SimilarCommandSequences] {
    var byLab: [String: [LearnerGrade]] = [:]
    for grade in grades where grade.commandShingles.count >= minimumRuns {
      byLab[grade.labID, default: []].append(grade)
    }
    var found: [SimilarCommandSequences] = []
    for labID in byLab.keys.sorted() {
      let group = byLab[labID]!.sorted { $0.path < $1.path }
      var pairs: [SimilarCommandSequences] = []
      for i in group.indices {
        for j in group.indices where j > i {
          let (a, b) = (group[i], group[j])
          guard VariantSeed.canonical(a.learnerEmail) != VariantSeed.canonical(b.learnerEmail) else { continue }
          let shared = intersectionCount(a.commandShingles, b.commandShingles)
          let union = a.commandShingles.count + b.commandShingles.count - shared
          let similarity = Double(shared) / Double(union)
          guard similarity >= threshold else { continue }
          pairs.append(
            SimilarCommandSequences(
              labID: labID, paths: (a.path, b.path),
              learners: ("\(a.learnerName) <\(a.learnerEmail)>", "\(b.learnerName) <\(b.learnerEmail)>"),
              similarity: (similarity * 1000).rounded() / 1000, sharedRuns: shared))
        }
      }
      pairs.sort { ($1.similarity, $0.paths.0, $0.paths.1) < ($0.similarity, $1.paths.0, $1.paths.1) }
      found += pairs.prefix(limitPerLab)
    }
    return found
  }

  /// A command line with spaces collapsed, resource ids (`vpce-0a1b…`) and IPv4 addresses replaced.
  static func normalised(_ line: String) -> String {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
    return words.map { normaliseWord(Array($0.unicodeScalars)) }.joined(separator: " ")
  }

  private static func normaliseWord(_ scalars: [Unicode.Scalar]) -> String {
    var out = String.UnicodeScalarView()
    var index = 0
    func isLetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) }
    func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
    func isHex(_ s: Unicode.Scalar) -> Bool { isDigit(s) || ("a"..."f").contains(s) }
    func isWordy(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) || ("A"..."Z").contains(s) }
    while index < scalars.count {
      let atBoundary = index == 0 || !isWordy(scalars[index - 1])
      if atBoundary, isLetter(scalars[index]) {
        // `prefix-` then eight or more hex digits: an id drawn from the seed.
        var end = index
        while end < scalars.count, isLetter(scalars[end]) { end += 1 }
        if end < scalars.count, scalars[end] == "-" {
          var hexEnd = end + 1
          while hexEnd < scalars.count, isHex(scalars[hexEnd]) { hexEnd += 1 }
          if hexEnd - end - 1 >= 8, hexEnd == scalars.count || !isWordy(scalars[hexEnd]) {
            out.append(contentsOf: scalars[index...end])
            out.append("*")
            index = hexEnd
            continue
          }
        }
        out.append(contentsOf: scalars[index..<end])
        index = end
        continue
      }
      if atBoundary, isDigit(scalars[index]) {
        // Four dot-separated numbers: an address, which pools and variants choose.
        var end = index
        var dots = 0
        while end < scalars.count, isDigit(scalars[end]) || (scalars[end] == "." && dots < 3) {
          if scalars[end] == "." { dots += 1 }
          end += 1
        }
        if dots == 3, isDigit(scalars[end - 1]) {
          out.append(contentsOf: "#.#.#.#".unicodeScalars)
          index = end
          continue
        }
      }
      out.append(scalars[index])
      index += 1
    }
    return String(out)
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
  private static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }
}
