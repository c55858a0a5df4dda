/// An IPv4 address, stored as its 32-bit value.
public struct IPv4Address: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
  /// The address as a big-endian 32-bit number (`10.0.0.2` is `0x0A000002`).
  public let value: UInt32

  /// The address with this 32-bit value.
  public init(_ value: UInt32) {
    self.value = value
  }

  /// Parses dotted-quad text such as `10.0.12.20`; throws `AddressingError` naming the text.
  public init(parsing text: String) throws {
    guard let value = Self.dottedQuad(text) else { throw AddressingError.malformedAddress(text) }
    self.value = value
  }

  /// Parses dotted-quad text, or nil when it is not an IPv4 address.
  public static func parse(_ text: String) -> IPv4Address? {
    dottedQuad(text).map(IPv4Address.init)
  }

  /// The value of four dot-separated decimal octets, read as bytes: every name a DNS tool is
  /// given is tried as an address first, so this runs for most commands.
  ///
  /// Leading zeros are refused, as the AWS APIs refuse them, to avoid octal ambiguity.
  private static func dottedQuad(_ text: String) -> UInt32? {
    var value: UInt32 = 0
    var octet: UInt32 = 0
    var digits = 0
    var dots = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: ".") {
        guard digits > 0, dots < 3 else { return nil }
        value = value << 8 | octet
        dots += 1
        octet = 0
        digits = 0
        continue
      }
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 3, digits == 0 || octet != 0 else {
        return nil
      }
      octet = octet * 10 + UInt32(byte - UInt8(ascii: "0"))
      guard octet <= 255 else { return nil }
      digits += 1
    }
    guard dots == 3, digits > 0 else { return nil }
    return value << 8 | octet
  }

  /// The four octets, most significant first.
  public var octets: [UInt8] {
    [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
  }

  public var description: String {
    // Written as bytes straight into the string: every connection, lookup and `why` prints
    // addresses, and at most 15 bytes make a small string, with nothing allocated.
    String(unsafeUninitializedCapacity: 15) { bytes in
      var count = 0
      var shift: UInt32 = 24
      while true {
        let octet = UInt8(value >> shift & 0xFF)
        if octet >= 100 {
          bytes[count] = UInt8(ascii: "0") + octet / 100
          count += 1
        }
        if octet >= 10 {
          bytes[count] = UInt8(ascii: "0") + octet / 10 % 10
          count += 1
        }
        bytes[count] = UInt8(ascii: "0") + octet % 10
        count += 1
        if shift == 0 { return count }
        bytes[count] = UInt8(ascii: ".")
        count += 1
        shift -= 8
      }
    }
  }

  /// The EC2-style host label, `ip-10-0-12-20`.
  public var ec2HostLabel: String {
    "ip-" + octets.map(String.init).joined(separator: "-")
  }

  /// The address `offset` places after this one (wrapping is the caller's mistake).
  public func advanced(by offset: UInt32) -> IPv4Address {
    IPv4Address(value &+ offset)
  }

  public static func < (lhs: IPv4Address, rhs: IPv4Address) -> Bool { lhs.value < rhs.value }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    try self.init(parsing: text)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

extension Character {
  /// True for the ASCII digits 0–9 only (not other Unicode digits).
  var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
