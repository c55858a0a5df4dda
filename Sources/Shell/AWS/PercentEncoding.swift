/// botocore's `percent_encode`: UTF-8 bytes outside the unreserved set become `%XX`.
enum PercentEncoding {
  /// Encodes for a query-string value: only `A–Z a–z 0–9 - _ . ~` stay as they are.
  static func query(_ text: String) -> String { encode(text, keep: "-_.~") }

  /// Encodes for a URL path: `/` stays as well.
  static func path(_ text: String) -> String { encode(text, keep: "-_.~/") }

  private static func encode(_ text: String, keep: StaticString) -> String {
    let kept = UnsafeBufferPointer(start: keep.utf8Start, count: keep.utf8CodeUnitCount)
    func isKept(_ byte: UInt8) -> Bool {
      (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || kept.contains(byte)
    }
    // Most values need no escape; every request's query and path come through here.
    if text.utf8.allSatisfy(isKept) { return text }
    let hex = Array("0123456789ABCDEF".utf8)
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count * 3)
    for byte in text.utf8 {
      if isKept(byte) {
        output.append(byte)
      } else {
        output += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
      }
    }
    return String(decoding: output, as: UTF8.self)
  }
}
