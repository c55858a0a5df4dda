/// An IPv4 CIDR block such as `10.0.11.0/24`.
public struct CIDRBlock: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
  /// The network address (host bits are always zero).
  public let network: IPv4Address
  /// The prefix length, 0 to 32.
  public let prefixLength: Int

  /// A block from a network address and prefix length; throws if host bits are set.
  public init(network: IPv4Address, prefixLength: Int) throws {
    guard (0...32).contains(prefixLength) else {
      throw AddressingError.malformedCIDR("\(network)/\(prefixLength)")
    }
    guard network.value & ~CIDRBlock.mask(prefixLength) == 0 else {
      throw AddressingError.hostBitsSet("\(network)/\(prefixLength)")
    }
    self.network = network
    self.prefixLength = prefixLength
  }

  /// Parses `a.b.c.d/n`; throws `AddressingError` naming the text when it is malformed or has host bits set.
  public init(parsing text: String) throws {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let address = IPv4Address.parse(String(parts[0])),
      !parts[1].isEmpty, parts[1].count <= 2, parts[1].allSatisfy(\.isASCIIDigit),
      let length = Int(parts[1]), (0...32).contains(length)
    else { throw AddressingError.malformedCIDR(text) }
    guard address.value & ~CIDRBlock.mask(length) == 0 else {
      throw AddressingError.hostBitsSet(text)
    }
    self.network = address
    self.prefixLength = length
  }

  /// Parses `a.b.c.d/n`, or nil when malformed.
  public static func parse(_ text: String) -> CIDRBlock? {
    try? CIDRBlock(parsing: text)
  }

  /// The netmask for a prefix length, as a 32-bit value.
  static func mask(_ prefixLength: Int) -> UInt32 {
    prefixLength == 0 ? 0 : UInt32.max << UInt32(32 - prefixLength)
  }

  /// The number of addresses in the block.
  public var size: UInt64 { UInt64(1) << UInt64(32 - prefixLength) }

  /// The last address of the block (its broadcast address).
  public var lastAddress: IPv4Address {
    IPv4Address(network.value | ~CIDRBlock.mask(prefixLength))
  }

  /// True when `address` lies inside the block.
  public func contains(_ address: IPv4Address) -> Bool {
    address.value & CIDRBlock.mask(prefixLength) == network.value
  }

  /// True when `other` lies wholly inside this block.
  public func contains(_ other: CIDRBlock) -> Bool {
    other.prefixLength >= prefixLength && contains(other.network)
  }

  /// True when the two blocks share at least one address.
  public func overlaps(_ other: CIDRBlock) -> Bool {
    contains(other.network) || other.contains(network)
  }

  /// The address at `offset` from the network address (`base + 2` is the VPC resolver).
  public func address(at offset: UInt32) -> IPv4Address {
    network.advanced(by: offset)
  }

  /// The number of addresses AWS lets you use in a subnet of this size: all but 5.
  public var usableSubnetAddressCount: Int {
    max(0, Int(size) - 5)
  }

  public var description: String { "\(network)/\(prefixLength)" }

  public static func < (lhs: CIDRBlock, rhs: CIDRBlock) -> Bool {
    (lhs.network, lhs.prefixLength) < (rhs.network, rhs.prefixLength)
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    try self.init(parsing: text)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

extension IPv4Address {
  /// A /32 block holding just this address.
  public var hostBlock: CIDRBlock {
    // A /32 never has host bits, so this cannot fail.
    try! CIDRBlock(network: self, prefixLength: 32)
  }
}
