/// labrun's own pseudo-random generator: SplitMix64, fully specified here so that the same seed
/// gives the same IDs, address picks and answer orders on every machine and Swift version.
///
/// The standard library's `random(in:using:)` and `shuffled(using:)` are deliberately not used:
/// their algorithms are not promised to stay the same between Swift releases.
public struct SeededGenerator: Sendable, Equatable, Codable {
  /// The generator's whole state; two generators with the same state produce the same sequence.
  public private(set) var state: UInt64

  /// Creates a generator whose sequence is fixed by `seed`.
  public init(seed: UInt64) {
    self.state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniformly distributed integer in `0..<bound`, without modulo bias.
  public mutating func below(_ bound: UInt64) -> UInt64 {
    precondition(bound > 0, "below(_:) needs a positive bound")
    // Reject the top sliver that would make small values more likely.
    let limit = UInt64.max - (UInt64.max % bound)
    while true {
      let value = next()
      if value < limit { return value % bound }
    }
  }

  /// A uniformly distributed index into a collection of `count` elements.
  public mutating func index(_ count: Int) -> Int {
    Int(below(UInt64(count)))
  }

  /// One element of `items`, chosen uniformly; nil for an empty array.
  public mutating func pick<T>(_ items: [T]) -> T? {
    items.isEmpty ? nil : items[index(items.count)]
  }

  /// The elements of `items` in a random order (Fisher–Yates, from the last element down).
  public mutating func shuffled<T>(_ items: [T]) -> [T] {
    var result = items
    guard result.count > 1 else { return result }
    for i in stride(from: result.count - 1, to: 0, by: -1) {
      let j = index(i + 1)
      result.swapAt(i, j)
    }
    return result
  }

  /// `count` lowercase hexadecimal digits, as in `vpce-0916e80803286e2d6`.
  public mutating func hex(_ count: Int) -> String {
    string(count, from: Array("0123456789abcdef".utf8))
  }

  /// `count` characters drawn from lowercase letters and digits, as in the DNS suffix `s14qjhy6`.
  public mutating func alphanumeric(_ count: Int) -> String {
    string(count, from: Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8))
  }

  /// The alphabets are ASCII, so the text is made as bytes (appending Characters cost most of it).
  private mutating func string(_ count: Int, from alphabet: [UInt8]) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    for _ in 0..<count { bytes.append(alphabet[index(alphabet.count)]) }
    return String(decoding: bytes, as: UTF8.self)
  }
}
