import Cloud
import Testing

@testable import Shell

/// The compressor of ASCII names (bytes) against the compressor of strings, which every message
/// went through before and which still takes any message with a name that is not ASCII.
@Suite struct DNSWireSizeTests {
  typealias Generator = RandomLineTests.Generator

  /// A name from few labels, in either case, sometimes with empty labels or no final dot, so
  /// that suffixes repeat often and only case or dots tell some of them apart.
  static func name(_ generator: inout Generator) -> String {
    let labels = ["s3", "S3", "ap-northeast-2", "amazonaws", "AmazonAWS", "com", "vpce", "x", "a-b", "\r\n"]
    var text = ""
    for _ in 0..<generator.below(6) {
      text += generator.pick(labels)
      text += generator.below(8) == 0 ? ".." : "."
    }
    if generator.below(2) == 0, text.hasSuffix(".") { text.removeLast() }
    return text
  }

  @Test(arguments: Array(0..<40))
  func bytesAndStringsCompressAlike(seed: UInt64) {
    var generator = Generator(state: seed)
    var strings = DNSWireSize.Compressor()
    var bytes = DNSWireSize.ASCIICompressor()
    // Offsets near the 14-bit limit too, past which suffixes are no longer remembered.
    var offset = seed % 2 == 0 ? 12 : 0x3FE0
    for step in 0..<30 {
      let name = Self.name(&generator)
      let expected = strings.write(name, at: offset)
      #expect(bytes.write(name, at: offset) == expected, "seed \(seed), step \(step), \(name.debugDescription)")
      offset += expected + generator.below(13)
    }
  }

  /// A message with a name that is not ASCII is sized by the compressor of strings, which
  /// lowercases beyond ASCII: "é.amazonaws.com." after "É.amazonaws.com." is a pointer to it,
  /// where comparing bytes would find only "amazonaws.com." again (3 bytes more).
  @Test func aNameThatIsNotASCIISendsTheMessageToTheStringCompressor() {
    let records = [
      DNSRecord(owner: "é.amazonaws.com.", ttl: 60, data: .a(IPv4Address(0x0A00_0001)))
    ]
    // 12 header; the question's labels (3 + 10 + 4 + 1 = 18 bytes) and 4; the owner a 2-byte
    // pointer, then 10 + 4; 11 OPT.
    #expect(
      DNSWireSize.message(question: "É.amazonaws.com.", records: records, withOPT: true) == 12 + 18 + 4 + 16 + 11)
  }
}
