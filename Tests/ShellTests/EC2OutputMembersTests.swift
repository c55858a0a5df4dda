import Cloud
import CourseWorldSupport
import Foundation
import Testing

@testable import Shell

/// awscli 1.18.147 prints only the EC2 members botocore 1.18.6's model knows. The same describe
/// calls captured with 1.18.147 (Resources/captures/ec2-describe-awscli118) and with 1.45.11
/// (CloudTests' ec2-describe, the same moto world) differ by exactly the members added since; labrun,
/// whose world answers as the API of its era did, must print none of them.
@Suite struct EC2OutputMembersTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let capture: String
    let operation: String
    let command: String
    var testDescription: String { capture }
  }

  static let cases = [
    Case(capture: "describe-subnets-private-a", operation: "DescribeSubnets", command: "aws ec2 describe-subnets"),
    Case(
      capture: "describe-security-groups-default", operation: "DescribeSecurityGroups",
      command: "aws ec2 describe-security-groups"),
    Case(capture: "describe-instances-public", operation: "DescribeInstances", command: "aws ec2 describe-instances"),
    Case(
      capture: "describe-endpoint-services-s3", operation: "DescribeVpcEndpointServices",
      command: "aws ec2 describe-vpc-endpoint-services --service-names com.amazonaws.ap-northeast-2.s3"),
  ]

  static func load(_ folder: String, _ name: String) throws -> Any {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources/captures/\(folder)"))
    return try JSONSerialization.jsonObject(with: Data(contentsOf: url))
  }

  /// Every member path of a parsed JSON value (`.Subnets[].SubnetId`), arrays' items merged.
  static func paths(_ value: Any, _ prefix: String = "") -> Set<String> {
    if let object = value as? [String: Any] {
      var found: Set<String> = []
      for (key, member) in object {
        found.insert(prefix + "." + key)
        found.formUnion(paths(member, prefix + "." + key))
      }
      return found
    }
    if let list = value as? [Any] { return list.reduce(into: []) { $0.formUnion(paths($1, prefix + "[]")) } }
    return []
  }

  @Test(arguments: cases)
  func printsNoMemberNewerThanTheModel(_ testCase: Case) throws {
    let real = Self.paths(try Self.load("ec2-describe-awscli118", testCase.capture))
    // The 2023 world answers with the most members: none botocore 1.18.6 does not know may get through.
    var state = ShellState(world: try WorldDescription.course(era: .y2023).build(seed: 1), hostName: "cloudshell")
    let result = LabShell.run(testCase.command, state: &state)
    #expect(result.status == 0, "\(result.stderr)")
    let ours = Self.paths(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)))
    let known = Set((EC2OutputMembers.known[testCase.operation] ?? []).map { "." + $0 })
    #expect(ours.subtracting(known).isEmpty)
    #expect(!ours.isDisjoint(with: real))
    // Members the 1.45.11 capture of the same call shows and 1.18.147's lacks.
    for newer in ["Ipv6Native", "SecurityGroupArn", "PrivateDnsNames", "NetworkCardIndex", "HttpProtocolIpv6"] {
      #expect(!ours.contains { $0.hasSuffix("." + newer) }, "\(newer)")
      #expect(!real.contains { $0.hasSuffix("." + newer) }, "\(newer)")
    }
  }
}
