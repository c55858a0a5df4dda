import Testing

@testable import Labs

/// Names compared as checks compare hosts and operations: as their `lowercased()` compare.
@Suite struct SameIgnoringCaseTests {
  @Test(arguments: [
    ("V1", "v1"), ("V1", "V2"), ("ListObjectsV2", "listobjectsv2"), ("", ""), ("a", ""), ("@", "`"), ("[", "{"),
    ("Z", "z"), ("ab", "abc"), ("École", "école"), ("É", "E"), ("e\u{301}", "é"), ("한국", "한국"), ("V1\r\n", "v1\r\n"),
  ])
  func comparesAsLowercasingDoes(a: String, b: String) {
    #expect(sameIgnoringCase(a, b) == (a.lowercased() == b.lowercased()))
    #expect(sameIgnoringCase(b, a) == (a.lowercased() == b.lowercased()))
  }

  /// Every pair of ASCII bytes, each between two letters.
  @Test func everyPairOfASCIIBytes() {
    for x in UInt8(0)..<0x80 {
      for y in UInt8(0)..<0x80 {
        let a = String(decoding: [UInt8(ascii: "q"), x, UInt8(ascii: "Q")], as: UTF8.self)
        let b = String(decoding: [UInt8(ascii: "Q"), y, UInt8(ascii: "q")], as: UTF8.self)
        #expect(sameIgnoringCase(a, b) == (a.lowercased() == b.lowercased()), "bytes \(x) and \(y)")
      }
    }
  }
}
