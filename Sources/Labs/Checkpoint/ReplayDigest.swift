import Transcript

/// A digest of what replay reads from a run of transcript entries, and how many there were.
///
/// Replay reads a command's input, the `$?` it started with and its language, and a reset's step;
/// nothing else of an entry (its output, times and host are what the replay produces or ignores).
/// So two transcripts with the same digest replay to the same attempt. FNV-1a, 64 bits: stable
/// across processes and builds, which `Hasher` is not, and it guards against a mix-up (another
/// workspace's checkpoint, a rewritten history), not against someone forging one on purpose.
public struct ReplayDigest: Sendable, Equatable, Codable {
  /// The digest so far.
  public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
  /// How many entries it covers.
  public private(set) var entries = 0
  /// The language tags of the command lines it covers ("" for a line that records none), each once,
  /// in the order they first came: the translations replay reads.
  public private(set) var languages: [String] = []

  /// The digest of no entries.
  public init() {}

  /// The digest of `entries`.
  public init(_ entries: some Sequence<TranscriptEntry>) {
    for entry in entries { add(entry) }
  }

  /// Takes in one more entry.
  public mutating func add(_ entry: TranscriptEntry) {
    entries += 1
    switch entry {
    case .command(let record):
      mix(1)
      mix(optional: record.statusBefore.map { UInt32(bitPattern: $0) })
      mix(text: record.language)
      mix(text: record.input)
      if !languages.contains(record.language ?? "") { languages.append(record.language ?? "") }
    case .reset(let step):
      mix(2)
      mix(text: step)
    }
  }

  /// FNV-1a's 64-bit prime.
  private static let prime: UInt64 = 0x0000_0100_0000_01B3

  private mutating func mix(_ byte: UInt8) {
    value = (value ^ UInt64(byte)) &* Self.prime
  }

  private mutating func mix(optional number: UInt32?) {
    guard let number else { return mix(0) }
    mix(1)
    for shift in stride(from: 0, to: 32, by: 8) { mix(UInt8(truncatingIfNeeded: number >> UInt32(shift))) }
  }

  private mutating func mix(text: String?) {
    guard let text else { return mix(0) }
    mix(1)
    // The length first, so no two lists of strings run together into the same bytes.
    mix(optional: UInt32(truncatingIfNeeded: text.utf8.count))
    // A native string lends its bytes, read in a plain loop: walking the UTF-8 view cost about 30
    // instructions a byte, for every line of every resume.
    let mixed: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      var value = self.value
      for byte in bytes { value = (value ^ UInt64(byte)) &* Self.prime }
      self.value = value
    }
    if mixed == nil { for byte in text.utf8 { mix(byte) } }
  }
}
