/// The percent-encoding S3 applies to names in a listing when asked for `encoding-type=url`.
///
/// Observed behaviour of S3 (and what clients decode with `unquote_plus`): UTF-8 bytes outside
/// `A–Z a–z 0–9 - _ . *` become `%XX` (uppercase hex), a space becomes `+`, and `/` is kept, so
/// `a b/한.txt` reads `a+b/%ED%95%9C.txt` and `a+b` reads `a%2Bb`.
public enum S3URLEncoding {
  /// `text` encoded as S3 encodes Key, Prefix, Delimiter and StartAfter values.
  public static func encode(_ text: String) -> String {
    func isKept(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
        UInt8(ascii: "*"), UInt8(ascii: "/"):
        true
      default: false
      }
    }
    // Most keys need no escape; every key of every listing comes through here.
    if text.utf8.allSatisfy(isKept) { return text }
    let hex = Array("0123456789ABCDEF".utf8)
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count * 3)
    for byte in text.utf8 {
      if isKept(byte) {
        output.append(byte)
      } else if byte == UInt8(ascii: " ") {
        output.append(UInt8(ascii: "+"))
      } else {
        output += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Reverses ``encode(_:)`` (`+` is a space, `%XX` a byte); nil when the escapes are not valid UTF-8.
  public static func decode(_ text: String) -> String? {
    if !text.utf8.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) { return text }
    var bytes: [UInt8] = []
    let source = Array(text.utf8)
    var index = 0
    while index < source.count {
      let byte = source[index]
      if byte == UInt8(ascii: "+") {
        bytes.append(UInt8(ascii: " "))
        index += 1
      } else if byte == UInt8(ascii: "%"), index + 2 < source.count,
        let value = UInt8(String(decoding: source[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
      {
        bytes.append(value)
        index += 3
      } else {
        bytes.append(byte)
        index += 1
      }
    }
    return String(validating: bytes, as: UTF8.self)
  }
}
