import Cloud
import Shell

/// An attempt's state after a run of its transcript, so a resume runs only the lines after it.
///
/// A cache and nothing more: the transcript stays the truth. `Attempt.resume` uses a checkpoint only
/// when it was made by this very build, of this lab, seed and the same entries (`Key`); otherwise,
/// or when its bytes are damaged, the whole transcript is replayed as before. Grading never reads one.
public struct AttemptCheckpoint: Sendable, Equatable, Codable {
  /// What the state was computed from.
  public struct Key: Sendable, Equatable, Codable {
    /// The build of labrun that computed it (the binary's GNU build id): another build may simulate
    /// differently, so its state is not this build's replay.
    public var build: String
    /// The digest of the lab in the workspace's language, and of the lab the state speaks.
    public var labDigest: String
    public var spokenDigest: String
    public var seed: UInt64
    /// The entries it covers: the first `replayed.entries` of the transcript.
    public var replayed: ReplayDigest
  }

  public var key: Key
  var language: String
  var shell: ShellState
  var commands: Int
  var progress: LabProgress.Saved

  /// The first line of a checkpoint file, which also versions the layout of what follows.
  static let magic = Array("labrun checkpoint 1\n".utf8)

  /// The checkpoint as a file's bytes: the magic line, a checksum of the rest, then the state.
  public func bytes() throws -> [UInt8] {
    let payload = try CheckpointEncoder.encode(self)
    var checksum = ReplayDigest.Checksum()
    checksum.add(payload)
    var bytes = Self.magic
    for shift in stride(from: 0, to: 64, by: 8) {
      bytes.append(UInt8(truncatingIfNeeded: checksum.value >> UInt64(shift)))
    }
    bytes.append(contentsOf: payload)
    return bytes
  }
}

extension AttemptCheckpoint {
  /// The checkpoint in `bytes`, or nil when they are not one this version of the layout wrote whole.
  public init?(bytes: [UInt8]) {
    let header = Self.magic.count + 8
    guard bytes.count > header, bytes.starts(with: Self.magic) else { return nil }
    var stored: UInt64 = 0
    for index in (Self.magic.count..<header).reversed() { stored = stored << 8 | UInt64(bytes[index]) }
    let payload = Array(bytes[header...])
    var checksum = ReplayDigest.Checksum()
    checksum.add(payload)
    guard checksum.value == stored, let decoded = try? CheckpointDecoder.decode(Self.self, from: payload) else {
      return nil
    }
    self = decoded
  }
}

extension ReplayDigest {
  /// FNV-1a over raw bytes: the checkpoint file's own checksum.
  struct Checksum {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: [UInt8]) {
      for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    }
  }
}
