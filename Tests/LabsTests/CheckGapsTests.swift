import Testing

@testable import Labs

/// `check` says, under each unmet condition, what the learner's world has against what the step
/// needs, in learner terms, and never the command to type.
@Suite struct CheckGapsTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let start: String
    let checks: String
    let lines: [String]
    let expected: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "the endpoint is on another route table", start: "cloudshell",
      checks: "        - endpoint: {type: Gateway, service: s3, routeTables: [private-a]}\n",
      lines: [
        "aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --service-name com.amazonaws.ap-northeast-2.s3 --route-table-ids $RTB_PRIVATE_C"
      ],
      expected: ["is on route table private-c; the step needs it on private-a as well."]),
    Case(
      name: "no endpoint yet", start: "cloudshell",
      checks: "        - endpoint: {type: Gateway, service: s3, routeTables: [private-a]}\n", lines: [],
      expected: ["The VPC has no Gateway endpoint for s3 yet."]),
    Case(
      name: "the group admits nothing on the port", start: "cloudshell",
      checks: "        - securityGroup: {group: vpce-sg, port: 443, source: 192.168.0.0/16}\n", lines: [],
      expected: ["Security group vpce-sg admits nothing on TCP port 443; the step needs 192.168.0.0/16 admitted."]),
    Case(
      name: "the lookup ran on another host", start: "V3",
      checks: "        - lookup: {host: V1, name: s3.ap-northeast-2.amazonaws.com, answer: public}\n",
      lines: ["nslookup s3.ap-northeast-2.amazonaws.com"],
      expected: ["Your last lookup ran on V3; the step is about V1."]),
    Case(
      name: "the lookup asked another name", start: "V3",
      checks: "        - lookup: {host: V3, name: ec2.ap-northeast-2.amazonaws.com}\n",
      lines: ["nslookup s3.ap-northeast-2.amazonaws.com"],
      expected: [
        "Your last lookup asked for s3.ap-northeast-2.amazonaws.com; the step is about ec2.ap-northeast-2.amazonaws.com."
      ]),
    Case(
      name: "nothing looked up yet", start: "V3",
      checks: "        - lookup: {host: V3, name: ec2.ap-northeast-2.amazonaws.com}\n", lines: [],
      expected: ["No DNS lookup has been made since this step began."]),
    Case(
      name: "the connection went to another port", start: "V3",
      checks: "        - connection: {host: V3, to: 10.0.11.20, port: 22, outcome: connected}\n",
      lines: ["nc -zv -w 1 10.0.11.20 80"],
      expected: ["Your last connection went to port 80; the step is about port 22."]),
    Case(
      name: "the call was made from another host", start: "cloudshell",
      checks: "        - call: {host: V1, operation: ListObjectsV2, bucket: jschoi.acl}\n",
      lines: ["aws s3 ls s3://jschoi.use1-logs --region us-east-1"],
      expected: [
        "Your last API call was made from cloudshell; the step is about V1.",
        "Your last API call named bucket jschoi.use1-logs; the step is about jschoi.acl.",
      ]),
  ]

  @Test(arguments: cases)
  func checkNamesWhatTheWorldHasAgainstWhatTheStepNeeds(_ test: Case) throws {
    let yaml = LabFixtures.yaml(start: test.start, steps: LabFixtures.step("one", checks: test.checks))
    var attempt = try Attempt(lab: try LabFixtures.lab(yaml))
    for line in test.lines { _ = attempt.run(line) }
    #expect(!attempt.finished)
    let text = attempt.run("check").output.map(\.text).joined()
    for line in test.expected { #expect(text.contains(line), "\(text)") }
    for command in ["aws ", "nslookup", "--route-table", "dig "] { #expect(!text.contains(command), "\(text)") }
  }

  @Test func aMetConditionSaysNothingMore() throws {
    let checks = """
              - lookup: {host: V3, name: s3.ap-northeast-2.amazonaws.com}
              - lookup: {host: V3, name: ec2.ap-northeast-2.amazonaws.com}
      """
    var attempt = try Attempt(
      lab: try LabFixtures.lab(LabFixtures.yaml(steps: LabFixtures.step("one", checks: checks))))
    _ = attempt.run("nslookup s3.ap-northeast-2.amazonaws.com")
    let lines = attempt.run("check").output.map(\.text).joined().split(separator: "\n")
    #expect(lines.count == 4, "\(lines)")
    #expect(lines[1].hasPrefix("  ✓ "))
    #expect(lines[2].hasPrefix("  ✗ "))
    #expect(
      lines[3]
        == "      Your last lookup asked for s3.ap-northeast-2.amazonaws.com; the step is about ec2.ap-northeast-2.amazonaws.com."
    )
  }
}
