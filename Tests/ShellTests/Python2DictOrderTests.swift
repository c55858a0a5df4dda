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
}
