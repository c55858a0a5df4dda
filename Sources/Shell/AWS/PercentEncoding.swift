/// botocore's `percent_encode`: UTF-8 bytes outside the unreserved set become `%XX`.
enum PercentEncoding {
  /// Encodes for a query-string value: only `A–Z a–z 0–9 - _ . ~` stay as they are.
  static func query(_ text: String) -> String { encode(text, keep: "-_.~") }

  /// Encodes for a URL path: `/` stays as well.
  static func path(_ text: String) -> String { encode(text, keep: "-_.~/") }

  private static func encode(_ text: String, keep: String) -> String {
    let hex = Array("0123456789ABCDEF")
    let kept = Set(keep.utf8)
    var output = ""
    for byte in text.utf8 {
      let isAlphanumeric =
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
      if isAlphanumeric || kept.contains(byte) {
        output.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        output += "%"
        output.append(hex[Int(byte >> 4)])
        output.append(hex[Int(byte & 0x0F)])
      }
    }
    return output
  }
}
