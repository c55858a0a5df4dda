/// CIDR text as the EC2 API accepts it.
enum EC2CIDR {
  /// Parses `a.b.c.d/n`, clearing host bits as EC2 does for rule and route blocks [UNCONFIRMED for routes];
  /// nil when the text is not a CIDR block at all.
  static func parseLenient(_ text: String) -> CIDRBlock? {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let address = IPv4Address.parse(String(parts[0])),
      !parts[1].isEmpty, parts[1].count <= 2, parts[1].allSatisfy({ ("0"..."9").contains($0) }),
      let length = Int(parts[1]), (0...32).contains(length)
    else { return nil }
    let mask: UInt32 = length == 0 ? 0 : UInt32.max << UInt32(32 - length)
    return try? CIDRBlock(network: IPv4Address(address.value & mask), prefixLength: length)
  }
}
