import Testing

@testable import Shell

/// Python 2.7's dict iteration order. Each expected order is what CPython 2.7.18 itself gave for
/// `d = {}; for k in keys: d[k] = 1; list(d)` (the virtualenv awscli 1.18.147 is installed in),
/// including a 17-key dict that resizes twice on the way.
@Suite struct Python2DictOrderTests {
  @Test(arguments: [
    (
      [
        "CidrBlock", "DhcpOptionsId", "State", "VpcId", "OwnerId", "InstanceTenancy", "Ipv6CidrBlockAssociationSet",
        "CidrBlockAssociationSet", "IsDefault", "Tags",
      ],
      [
        "VpcId", "InstanceTenancy", "Tags", "CidrBlockAssociationSet", "Ipv6CidrBlockAssociationSet", "State",
        "DhcpOptionsId", "OwnerId", "CidrBlock", "IsDefault",
      ]
    ),
    (["Key", "Value"], ["Value", "Key"]),
    (
      [
        "AvailabilityZone", "Description", "Groups", "InterfaceType", "Ipv6Addresses", "MacAddress",
        "NetworkInterfaceId", "OwnerId", "PrivateIpAddress", "PrivateIpAddresses", "RequesterId", "RequesterManaged",
        "SourceDestCheck", "Status", "SubnetId", "TagSet", "VpcId",
      ],
      [
        "Status", "MacAddress", "SourceDestCheck", "AvailabilityZone", "Description", "NetworkInterfaceId",
        "PrivateIpAddresses", "RequesterManaged", "SubnetId", "VpcId", "InterfaceType", "RequesterId", "Groups",
        "Ipv6Addresses", "OwnerId", "TagSet", "PrivateIpAddress",
      ]
    ),
    (["b", "a"], ["a", "b"]),
    (["", "a", "ab"], ["", "a", "ab"]),
  ])
  func iteratesAsCPython27(inserted: [String], iterated: [String]) {
    #expect(Python2DictOrder.iterationOrder(inserting: inserted) == iterated)
  }

  /// `hash(key) & 0xFFFFFFFFFFFFFFFF` as CPython 2.7.18 (a wide build, `sys.maxunicode` 1114111)
  /// printed it, for `str` keys and, past ASCII, `unicode` ones.
  @Test(
    arguments: [
      ("", 0), ("a", 12_416_037_344), ("ab", 12_416_074_593_111_939), ("VpcId", 4_410_551_054_465_890_851),
      ("CidrBlock", 3_284_703_983_047_967_740), ("Ipv6CidrBlockAssociationSet", 2_550_776_634_651_185_360),
      (String(repeating: "x", count: 40), 4_977_189_553_667_810_664), ("\u{e9}", 29_824_089_448),
      ("\u{d55c}\u{ad6d}", 6_991_401_937_306_845_307), ("a\u{e9}b", 1_453_079_729_069_097_983),
    ] as [(String, UInt64)])
  func hashesAsCPython27(key: String, hash: UInt64) {
    #expect(Python2DictOrder.hash(key) == hash)
  }
}
