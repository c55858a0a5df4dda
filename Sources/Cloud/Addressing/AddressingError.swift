/// Why a piece of address text was refused.
public enum AddressingError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Not four decimal octets 0–255.
  case malformedAddress(String)
  /// Not `address/length` with a length of 0–32.
  case malformedCIDR(String)
  /// A CIDR block whose address has bits set beyond the prefix, e.g. `10.0.1.5/24`.
  case hostBitsSet(String)

  public var description: String {
    switch self {
    case .malformedAddress(let text):
      "'\(text)' is not an IPv4 address (expected four numbers 0-255 separated by dots, like 10.0.0.2)"
    case .malformedCIDR(let text):
      "'\(text)' is not a CIDR block (expected an IPv4 address, a slash and a prefix length 0-32, like 10.0.11.0/24)"
    case .hostBitsSet(let text):
      "'\(text)' has bits set after the prefix; the network address of that block is \(AddressingError.networkOf(text))"
    }
  }

  private static func networkOf(_ text: String) -> String {
    let parts = text.split(separator: "/")
    guard parts.count == 2, let address = IPv4Address.parse(String(parts[0])), let length = Int(parts[1]),
      (0...32).contains(length)
    else { return "unknown" }
    return "\(IPv4Address(address.value & CIDRBlock.mask(length)))/\(length)"
  }
}
