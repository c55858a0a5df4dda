import Clibgit2

/// SHA-1 of byte strings that each share most of their beginning with the one hashed before.
///
/// A save rewrites the workspace's tree and index, which grow with the transcript but change only
/// in their last entries (the open segment) and, now and then, a length or count near the start.
/// The hasher keeps the bytes it last hashed and the SHA-1 state after each of their 64-byte
/// blocks, and resumes from the last block the new bytes leave untouched, so hashing costs what
/// changed, not what the workspace holds.
struct PrefixHasher {
  private var previous: [UInt8] = []
  /// `states[k]` is the state after the first `k` blocks of `previous`.
  private var states: [labrun_sha1_state] = [PrefixHasher.initial]

  private static let initial: labrun_sha1_state = {
    var state = labrun_sha1_state()
    labrun_sha1_init(&state)
    return state
  }()

  /// The SHA-1 digest of `bytes`.
  mutating func digest(of bytes: [UInt8]) -> [UInt8] {
    if bytes.isEmpty {
      // No buffer to resume in, and nothing worth remembering.
      previous = []
      states = [Self.initial]
      var digest = [UInt8](repeating: 0, count: 20)
      var nothing: UInt8 = 0
      digest.withUnsafeMutableBufferPointer { labrun_sha1_finish(&states[0], &nothing, 0, $0.baseAddress) }
      return digest
    }
    let blocks = bytes.count / 64
    let same = bytes.withUnsafeBufferPointer { new in
      previous.withUnsafeBufferPointer { old in
        labrun_common_prefix(new.baseAddress, old.baseAddress, min(new.count, old.count))
      }
    }
    // Blocks entirely inside the common prefix keep their states; hashing resumes after them.
    let kept = min(same / 64, states.count - 1, blocks)
    states.removeSubrange((kept + 1)...)
    states.reserveCapacity(blocks + 1)
    var state = states[kept]
    var digest = [UInt8](repeating: 0, count: 20)
    bytes.withUnsafeBufferPointer { buffer in
      let base = buffer.baseAddress!
      for block in kept..<blocks {
        labrun_sha1_blocks(&state, base + block * 64, 1)
        states.append(state)
      }
      digest.withUnsafeMutableBufferPointer { out in
        labrun_sha1_finish(&state, base + blocks * 64, UInt64(bytes.count), out.baseAddress)
      }
    }
    previous = bytes
    return digest
  }
}
