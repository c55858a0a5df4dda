import Testing

@testable import Cloud

/// Which public AWS endpoint a name is: read from its last labels at the dot bytes, which must
/// give what splitting the whole name into labels gives.
@Suite struct PublicServiceNameTests {
  /// The reading by whole labels: the name split into all its labels, at dot characters.
  static func byLabels(_ name: String) -> (service: AWSService, region: String)? {
    let suffix = ".amazonaws.com"
    guard name.hasSuffix(suffix) else { return nil }
    let labels = name.dropLast(suffix.count).split(separator: ".").map(String.init)
    if labels.last == "s3" { return (.s3, "us-east-1") }
    if labels == ["sts"] { return (.sts, "us-east-1") }
    guard labels.count >= 2, let region = RegionCatalog.region(named: labels[labels.count - 1]) else { return nil }
    guard let service = AWSService(rawValue: labels[labels.count - 2]) else { return nil }
    if labels.count > 2 && service != .s3 { return nil }
    return (service, region.name)
  }

  static let names = [
    "s3.ap-northeast-2.amazonaws.com", "ec2.ap-northeast-2.amazonaws.com", "sts.amazonaws.com",
    "s3.amazonaws.com", "jschoi.acl.s3.amazonaws.com", "jschoi.acl.s3.ap-northeast-2.amazonaws.com",
    "x.ec2.ap-northeast-2.amazonaws.com", "s3..ap-northeast-2.amazonaws.com", "..s3.amazonaws.com",
    ".amazonaws.com", "amazonaws.com", "sts.us-east-1.amazonaws.com", "a.sts.amazonaws.com",
    "s3.nowhere-1.amazonaws.com", "nothing.ap-northeast-2.amazonaws.com", "s3.ap-northeast-2.amazonaws.com.",
    "ec2.us-east-1.amazonaws.com", "s3.us-east-1.amazonaws.com", "",
  ]

  @Test(arguments: names)
  func lastLabelsReadAsAllLabels(_ name: String) throws {
    let world = World(
      era: .y2021, region: "ap-northeast-2", accountId: "123456789012", clock: SimClock(year: 2021, month: 4, day: 13),
      seed: 1)
    let read = world.publicServiceName(name)
    let expected = Self.byLabels(name)
    #expect(read?.service == expected?.service)
    #expect(read?.region == expected?.region)
  }

  @Test(arguments: [
    ("s3.ap-northeast-2.amazonaws.com", AWSService.s3, "ap-northeast-2"),
    ("bucket.with.dots.s3.ap-northeast-2.amazonaws.com", .s3, "ap-northeast-2"),
    ("ec2.ap-northeast-2.amazonaws.com", .ec2, "ap-northeast-2"),
    ("sts.amazonaws.com", .sts, "us-east-1"),
  ])
  func known(name: String, service: AWSService, region: String) throws {
    let world = World(
      era: .y2021, region: "ap-northeast-2", accountId: "123456789012", clock: SimClock(year: 2021, month: 4, day: 13),
      seed: 1)
    let read = try #require(world.publicServiceName(name))
    #expect(read.service == service)
    #expect(read.region == region)
  }

  @Test(arguments: ["x.ec2.ap-northeast-2.amazonaws.com", "amazonaws.com", "a.sts.amazonaws.com", "example.org"])
  func notAPublicEndpoint(name: String) {
    let world = World(
      era: .y2021, region: "ap-northeast-2", accountId: "123456789012", clock: SimClock(year: 2021, month: 4, day: 13),
      seed: 1)
    #expect(world.publicServiceName(name) == nil)
  }
}
