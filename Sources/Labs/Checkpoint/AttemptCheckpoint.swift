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
    /// The digest of the lab in the workspace's language.
    public var labDigest: String
    /// `LANGUAGE DIGEST` of the lab in each language replay read for the state: the state's own and
    /// each covered line's, since an answer is judged in the words of the language it was given in.
    public var spokenDigests: [String]
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
  static let magic = Array("labrun checkpoint 2\n".utf8)

  /// The checkpoint as a file's bytes: the magic line, a checksum of the rest, then the state.
  public func bytes() throws -> [UInt8] {
    CacheFileFraming.frame(try CheckpointEncoder.encode(self), magic: Self.magic)
  }
}

extension AttemptCheckpoint {
  /// The checkpoint in `bytes`, or nil when they are not one this version of the layout wrote whole.
  public init?(bytes: [UInt8]) {
    guard let payload = CacheFileFraming.payload(of: bytes, magic: Self.magic),
      let decoded = try? CheckpointDecoder.decode(Self.self, from: payload)
    else { return nil }
    self = decoded
  }
}
