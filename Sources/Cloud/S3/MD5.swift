/// MD5 (RFC 1321), only to give simulated objects the ETag S3 would compute for their content.
public enum MD5 {
  /// The 32 lowercase hex digits of the digest of `bytes`.
  public static func hexDigest(of bytes: [UInt8]) -> String {
    digest(of: bytes).map { byte in
      let digits = String(byte, radix: 16, uppercase: false)
      return digits.count == 1 ? "0" + digits : digits
    }.joined()
  }

  static func digest(of bytes: [UInt8]) -> [UInt8] {
    var tail = Array(bytes[(bytes.count / 64 * 64)...])
    tail.append(0x80)
    while tail.count % 64 != 56 { tail.append(0) }
    let bitLength = UInt64(bytes.count) &* 8
    for shift in stride(from: 0, to: 64, by: 8) {
      tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    var state = Rounds(constants: constants, shifts: shifts)
    // Whole blocks straight from the input; only the last one or two are copied, to be padded.
    bytes.withUnsafeBufferPointer { state.fold($0, blocks: $0.count / 64) }
    tail.withUnsafeBufferPointer { state.fold($0, blocks: $0.count / 64) }
    var result: [UInt8] = []
    result.reserveCapacity(16)
    for word in [state.a0, state.b0, state.c0, state.d0] {
      for shift in stride(from: 0, to: 32, by: 8) { result.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
    }
    return result
  }

  /// The running digest, and the tables its rounds read (RFC 1321, section 3.4).
  private struct Rounds {
    var a0: UInt32 = 0x6745_2301
    var b0: UInt32 = 0xefcd_ab89
    var c0: UInt32 = 0x98ba_dcfe
    var d0: UInt32 = 0x1032_5476
    let constants: [UInt32]
    let shifts: [UInt32]

    /// Folds the first `blocks` 64-byte blocks of `input` into the digest.
    mutating func fold(_ input: UnsafeBufferPointer<UInt8>, blocks: Int) {
      guard blocks > 0, let base = input.baseAddress else { return }
      var (a0, b0, c0, d0) = (self.a0, self.b0, self.c0, self.d0)
      constants.withUnsafeBufferPointer { k in
        shifts.withUnsafeBufferPointer { s in
          var m = [UInt32](repeating: 0, count: 16)
          m.withUnsafeMutableBufferPointer { m in
            for block in 0..<blocks {
              let bytes = base + block &* 64
              let words = UnsafeRawPointer(bytes)
              for i in 0..<16 {
                m[i] = UInt32(littleEndian: words.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self))
              }
              var (a, b, c, d) = (a0, b0, c0, d0)
              // The four rounds as four loops: one branch-free body each, with its own function
              // and message order (RFC 1321, 3.4).
              @inline(__always) func step(_ f: UInt32, _ i: Int, _ g: Int) {
                let sum = f &+ a &+ k[i] &+ m[g]
                a = d
                d = c
                c = b
                // Masking shifts: the amounts are all below 32, so the checked ones only cost.
                b = b &+ ((sum &<< s[i]) | (sum &>> (32 &- s[i])))
              }
              for i in 0..<16 { step((b & c) | (~b & d), i, i) }
              for i in 16..<32 { step((d & b) | (~d & c), i, (5 &* i &+ 1) & 15) }
              for i in 32..<48 { step(b ^ c ^ d, i, (3 &* i &+ 5) & 15) }
              for i in 48..<64 { step(c ^ (b | ~d), i, (7 &* i) & 15) }
              a0 = a0 &+ a
              b0 = b0 &+ b
              c0 = c0 &+ c
              d0 = d0 &+ d
            }
          }
        }
      }
      (self.a0, self.b0, self.c0, self.d0) = (a0, b0, c0, d0)
    }
  }

  private static let shifts: [UInt32] = [
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
    5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
    6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
  ]

  // floor(abs(sin(i + 1)) * 2^32), written out so no floating point is involved at run time.
  private static let constants: [UInt32] = [
    0xd76a_a478, 0xe8c7_b756, 0x2420_70db, 0xc1bd_ceee, 0xf57c_0faf, 0x4787_c62a, 0xa830_4613, 0xfd46_9501,
    0x6980_98d8, 0x8b44_f7af, 0xffff_5bb1, 0x895c_d7be, 0x6b90_1122, 0xfd98_7193, 0xa679_438e, 0x49b4_0821,
    0xf61e_2562, 0xc040_b340, 0x265e_5a51, 0xe9b6_c7aa, 0xd62f_105d, 0x0244_1453, 0xd8a1_e681, 0xe7d3_fbc8,
    0x21e1_cde6, 0xc337_07d6, 0xf4d5_0d87, 0x455a_14ed, 0xa9e3_e905, 0xfcef_a3f8, 0x676f_02d9, 0x8d2a_4c8a,
    0xfffa_3942, 0x8771_f681, 0x6d9d_6122, 0xfde5_380c, 0xa4be_ea44, 0x4bde_cfa9, 0xf6bb_4b60, 0xbebf_bc70,
    0x289b_7ec6, 0xeaa1_27fa, 0xd4ef_3085, 0x0488_1d05, 0xd9d4_d039, 0xe6db_99e5, 0x1fa2_7cf8, 0xc4ac_5665,
    0xf429_2244, 0x432a_ff97, 0xab94_23a7, 0xfc93_a039, 0x655b_59c3, 0x8f0c_cc92, 0xffef_f47d, 0x8584_5dd1,
    0x6fa8_7e4f, 0xfe2c_e6e0, 0xa301_4314, 0x4e08_11a1, 0xf753_7e82, 0xbd3a_f235, 0x2ad7_d2bb, 0xeb86_d391,
  ]
}
