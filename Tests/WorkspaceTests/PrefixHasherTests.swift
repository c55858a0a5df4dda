import Clibgit2
import Foundation
import Testing

@testable import Workspace

/// labrun's own SHA-1 names trees and signs indexes, so it must be SHA-1 exactly, whatever the
/// previous input it resumes from.
@Suite struct PrefixHasherTests {
  static func hex(_ digest: [UInt8]) -> String { digest.map { String(format: "%02x", $0) }.joined() }

  /// The test vectors of FIPS 180-2, appendix A, and the empty message (RFC 3174 / sha1sum).
  @Test(arguments: [
    ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
    ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "84983e441c3bd26ebaae4aa1f95129e5e54670f1"
    ),
    (String(repeating: "a", count: 1_000_000), "34aa973cd4c4daa4f61eeb2bdbad27316534016f"),
  ])
  func publishedVectors(message: String, digest: String) {
    var hasher = PrefixHasher()
    #expect(Self.hex(hasher.digest(of: Array(message.utf8))) == digest)
  }

  /// Blobs of every length around the block and padding boundaries hash as `git hash-object` hashes
  /// them (SHA-1 of `blob LENGTH\0` and the bytes), one hasher resuming from each previous input.
  @Test func blobsOfEveryBoundaryLengthMatchGit() throws {
    let folder = TemporaryFolder()
    var generator = SplitMix64(state: 17)
    var resumed = PrefixHasher()
    var previous: [UInt8] = []
    for length in [0, 1, 40, 45, 46, 47, 53, 54, 55, 56, 57, 63, 64, 65, 110, 119, 120, 127, 128, 129, 1000, 4096] {
      // Each input keeps most of the previous one, as consecutive trees and indexes do.
      var content = Array(previous.prefix(length))
      while content.count < length { content.append(UInt8.random(in: 0...255, using: &generator)) }
      previous = content
      let object = Array("blob \(content.count)\0".utf8) + content
      let git = try gitCLI(["hash-object", "--stdin"], in: folder.path, input: Data(content))
      #expect(git.status == 0, "\(git.error)")
      #expect(Self.hex(resumed.digest(of: object)) + "\n" == git.output, "length \(length)")
    }
  }

  /// The audit's blob ids (SegmentTracker, through `labrun_sha1_blob_id`) are git's for every
  /// length where the `blob N\0` header and the bytes share or cross a block, and for slices that
  /// do not start at the buffer's first byte.
  @Test func auditBlobIDsMatchGit() throws {
    let folder = TemporaryFolder()
    var generator = SplitMix64(state: 23)
    let buffer = Data((0..<5_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
    for (start, length) in [
      (0, 0), (0, 1), (3, 54), (0, 55), (7, 56), (0, 57), (1, 58), (0, 63), (0, 64), (9, 118), (0, 119), (2, 120),
      (0, 121), (5, 1_000), (0, 4_999), (11, 4_989),
    ] {
      let slice = buffer.subdata(in: start..<(start + length))
      let git = try gitCLI(["hash-object", "--stdin"], in: folder.path, input: slice)
      #expect(git.status == 0, "\(git.error)")
      let ours = try SegmentTracker.blobID(of: buffer, range: start..<(start + length))
      #expect(ours.hex + "\n" == git.output, "bytes \(start)..<\(start + length)")
    }
  }

  /// After any edit (a byte changed at or near a block boundary, bytes added or removed, the input
  /// emptied) a resumed hasher agrees with one that hashes from the start.
  @Test func resumingAfterEveryKindOfChangeGivesTheFreshDigest() {
    var generator = SplitMix64(state: 99)
    let base = (0..<1_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
    var edits: [[UInt8]] = [base]
    for position in [0, 1, 62, 63, 64, 65, 127, 128, 500, 998, 999] {
      var changed = base
      changed[position] ^= 0x5A
      edits.append(changed)
    }
    edits += [
      base + [1, 2, 3], Array(base.prefix(640)), Array(base.prefix(639)), Array(base.prefix(641)), [], base,
      Array(base.dropFirst()), base + base, base,
    ]
    var resumed = PrefixHasher()
    for (number, bytes) in edits.enumerated() {
      var fresh = PrefixHasher()
      #expect(resumed.digest(of: bytes) == fresh.digest(of: bytes), "edit \(number)")
    }
  }

  /// The state after compressing `blocks` with `compress`, from the state `seed` picks.
  static func compressed(
    _ blocks: [UInt8], seed: UInt64,
    with compress: (UnsafeMutablePointer<labrun_sha1_state>, UnsafePointer<UInt8>, Int) -> Void
  ) -> [UInt32] {
    var generator = SplitMix64(state: seed)
    var state = labrun_sha1_state()
    labrun_sha1_init(&state)
    // Any state at all, not only the initial one: resumed hashing starts from the middle of a message.
    if seed != 0 {
      state.h = (
        UInt32.random(in: 0...UInt32.max, using: &generator), UInt32.random(in: 0...UInt32.max, using: &generator),
        UInt32.random(in: 0...UInt32.max, using: &generator), UInt32.random(in: 0...UInt32.max, using: &generator),
        UInt32.random(in: 0...UInt32.max, using: &generator)
      )
    }
    blocks.withUnsafeBufferPointer { compress(&state, $0.baseAddress!, blocks.count / 64) }
    return [state.h.0, state.h.1, state.h.2, state.h.3, state.h.4]
  }

  /// The portable loop alone gives FIPS 180-2's digest of "abc" (one padded block), since on a
  /// processor with the SHA extensions the tests above never run it.
  @Test func portableLoopHashesTheOneBlockVector() {
    var block = Array("abc".utf8) + [0x80]
    block += [UInt8](repeating: 0, count: 63 - block.count) + [24]
    let words = Self.compressed(block, seed: 0) { labrun_sha1_blocks_portable($0, $1, $2) }
    #expect(words == [0xa999_3e36, 0x4706_816a, 0xba3e_2571, 0x7850_c26c, 0x9cd0_d89d])
  }

  /// Where the processor has the SHA extensions, their loop leaves the state the portable loop
  /// leaves, from random states over runs of one to twenty random blocks.
  @Test(arguments: Array(1...20))
  func shaExtensionsAgreeWithThePortableLoop(blocks: Int) {
    #if arch(x86_64)
      guard labrun_sha1_has_sha_ni() != 0 else { return }
      var generator = SplitMix64(state: UInt64(blocks) * 7_919)
      for round in 0..<8 {
        let bytes = (0..<(64 * blocks)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let seed = UInt64(round) * 31 + UInt64(blocks)
        let fast = Self.compressed(bytes, seed: seed) { labrun_sha1_blocks_sha_ni($0, $1, $2) }
        let portable = Self.compressed(bytes, seed: seed) { labrun_sha1_blocks_portable($0, $1, $2) }
        #expect(fast == portable, "\(blocks) blocks, round \(round)")
      }
    #endif
  }
}
