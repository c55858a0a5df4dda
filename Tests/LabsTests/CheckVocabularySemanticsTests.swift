import Testing

@testable import Cloud
@testable import Labs

/// Each word of the check vocabulary means what FORMAT.md says it means, in the simulated world:
/// one case where the word holds, and one beside it where it must not.
@Suite struct CheckVocabularySemanticsTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let check: String
    var world = Worlds.course
    var start = "V3"
    let lines: [String]
    let passes: Bool
    var testDescription: String { "\(check) after \(lines.last ?? "nothing") → \(passes)" }
  }

  enum Worlds {
    static let course = "  base: course\n"
    static let gateway = """
        base: course
        vpc:
          endpoints:
            - {name: s3-gw, type: Gateway, service: s3, routeTables: [private-a]}

      """
    /// An S3 interface endpoint whose security group admits nothing.
    static let closedInterface = """
        base: course
        vpc:
          endpoints:
            - {name: s3-if, type: Interface, service: s3, subnets: [private-a, private-c], securityGroups: [vpce-sg]}

      """
    /// The same endpoint, its group admitting HTTPS from the VPC.
    static let openInterface = """
        base: course
        vpc:
          securityGroups:
            - name: vpce-sg
              ingress:
                - {protocol: tcp, ports: 443, cidr: 10.0.0.0/16}
          endpoints:
            - {name: s3-if, type: Interface, service: s3, subnets: [private-a, private-c], securityGroups: [vpce-sg]}

      """
    /// No endpoint yet, but `vpce-sg` admits HTTPS from the VPC.
    static let openGroup = """
        base: course
        vpc:
          securityGroups:
            - name: vpce-sg
              ingress:
                - {protocol: tcp, ports: 443, cidr: 10.0.0.0/16}

      """
    static let ec2PrivateDNS = """
        base: course
        vpc:
          endpoints:
            - {name: ec2-if, type: Interface, service: ec2, subnets: [private-a, private-c], privateDns: true}

      """
    /// V1 in the public subnet, without a public address.
    static let noPublicIP = """
        base: course
        vpc:
          instances:
            - {host: V1, subnet: public-a, privateIp: 10.0.1.10, publicIp: false}

      """
  }

  static let listS3 = "aws s3 ls s3://jschoi.acl"
  static let listThroughInterface = "aws s3 --endpoint-url https://bucket.{{endpoint-dns:s3}} ls s3://jschoi.acl"
  static let lookUpS3 = "nslookup s3.ap-northeast-2.amazonaws.com"
  static let createS3Interface =
    "aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --vpc-endpoint-type Interface --service-name com.amazonaws.ap-northeast-2.s3 --subnet-ids $SUBNET_PRIVATE_A $SUBNET_PRIVATE_C --security-group-ids $SG_VPCE_SG"

  static let cases: [Case] = [
    // lookup.answer
    Case(check: "lookup: {host: V3, answer: public}", lines: [lookUpS3], passes: true),
    Case(check: "lookup: {host: V3, answer: private}", lines: [lookUpS3], passes: false),
    Case(
      check: "lookup: {host: V3, answer: private}", world: Worlds.ec2PrivateDNS,
      lines: ["nslookup ec2.ap-northeast-2.amazonaws.com"], passes: true),
    Case(check: "lookup: {host: V3, answer: nxdomain}", lines: ["nslookup no-such-name.example.com"], passes: true),
    Case(check: "lookup: {host: V3, answer: nxdomain}", lines: [lookUpS3], passes: false),
    Case(
      check: "lookup: {host: V3, answer: none}", lines: ["nslookup s3.ap-northeast-2.amazonaws.com 10.0.12.99"],
      passes: true),
    Case(check: "lookup: {host: V3, answer: none}", lines: ["nslookup no-such-name.example.com"], passes: false),
    // lookup.source
    Case(check: "lookup: {host: V3, source: public}", lines: [lookUpS3], passes: true),
    Case(
      check: "lookup: {host: V3, source: public}", world: Worlds.ec2PrivateDNS,
      lines: ["nslookup ec2.ap-northeast-2.amazonaws.com"], passes: false),
    Case(
      check: "lookup: {host: V3, source: private-zone}", world: Worlds.ec2PrivateDNS,
      lines: ["nslookup ec2.ap-northeast-2.amazonaws.com"], passes: true),
    Case(
      check: "lookup: {host: V3, source: private-zone}", world: Worlds.closedInterface,
      lines: ["nslookup bucket.{{endpoint-dns:s3}}"], passes: false),
    Case(
      check: "lookup: {host: V3, source: endpoint-name}", world: Worlds.closedInterface,
      lines: ["nslookup bucket.{{endpoint-dns:s3}}"], passes: true),
    Case(check: "lookup: {host: V3, source: endpoint-name}", lines: [lookUpS3], passes: false),
    // connection.outcome
    Case(check: "connection: {host: V3, outcome: dropped}", lines: [listS3], passes: true),
    Case(check: "connection: {host: V3, outcome: connected}", lines: [listS3], passes: false),
    Case(check: "connection: {host: V1, outcome: connected}", start: "V1", lines: [listS3], passes: true),
    Case(check: "connection: {host: V1, outcome: dropped}", start: "V1", lines: [listS3], passes: false),
    // Nothing in the course refuses a connection; a dropped one is not refused.
    Case(check: "connection: {host: V3, outcome: refused}", lines: [listS3], passes: false),
    // connection.via
    Case(check: "connection: {host: V1, via: internet}", start: "V1", lines: [listS3], passes: true),
    Case(
      check: "connection: {host: V1, via: gateway}", world: Worlds.gateway, start: "V1", lines: [listS3], passes: false),
    Case(
      check: "connection: {host: V2, via: gateway}", world: Worlds.gateway, start: "V2", lines: [listS3], passes: true),
    Case(
      check: "connection: {host: V2, via: internet}", world: Worlds.gateway, start: "V2", lines: [listS3], passes: false
    ),
    Case(
      check: "connection: {host: V3, via: interface}", world: Worlds.openInterface, lines: [listThroughInterface],
      passes: true),
    Case(
      check: "connection: {host: V3, via: interface}", world: Worlds.closedInterface, lines: [listThroughInterface],
      passes: false),
    // connection.reason
    Case(check: "connection: {host: V3, reason: no-route}", lines: [listS3], passes: true),
    Case(
      check: "connection: {host: V3, reason: no-route}", world: Worlds.closedInterface, lines: [listThroughInterface],
      passes: false),
    Case(
      check: "connection: {host: V3, reason: security-group}", world: Worlds.closedInterface,
      lines: [listThroughInterface], passes: true),
    Case(check: "connection: {host: V3, reason: security-group}", lines: [listS3], passes: false),
    Case(
      check: "connection: {host: V2, reason: other-region}", world: Worlds.gateway, start: "V2",
      lines: ["aws s3 ls s3://jschoi.use1-logs --region us-east-1"], passes: true),
    Case(
      check: "connection: {host: V2, reason: other-region}", world: Worlds.gateway, start: "V3", lines: [listS3],
      passes: false),
    Case(check: "connection: {host: idc, reason: not-transitive}", start: "idc", lines: [listS3], passes: true),
    Case(
      check: "connection: {host: idc, reason: not-transitive}", world: Worlds.openInterface, start: "idc",
      lines: [listThroughInterface], passes: false),
    Case(
      check: "connection: {host: V1, reason: no-public-ip}", world: Worlds.noPublicIP, start: "V1", lines: [listS3],
      passes: true),
    Case(
      check: "connection: {host: V1, reason: no-public-ip}", world: Worlds.course, start: "V1", lines: [listS3],
      passes: false),
    Case(check: "connection: {host: V3, reason: no-listener}", lines: ["curl http://10.0.11.99/"], passes: true),
    Case(check: "connection: {host: V3, reason: no-listener}", lines: [listS3], passes: false),
    Case(
      check: "connection: {host: cloudshell, reason: private-from-internet}", world: Worlds.openInterface,
      start: "cloudshell", lines: [listThroughInterface], passes: true),
    Case(
      check: "connection: {host: cloudshell, reason: private-from-internet}", world: Worlds.openInterface,
      start: "cloudshell", lines: [listS3], passes: false),
    Case(
      check: "connection: {host: V3, reason: endpoint-pending}", world: Worlds.openGroup, start: "cloudshell",
      lines: [createS3Interface, "ssh V3", listThroughInterface], passes: true),
    Case(
      check: "connection: {host: V3, reason: endpoint-pending}", world: Worlds.openGroup, start: "cloudshell",
      lines: [createS3Interface, "sleep 600", "ssh V3", listThroughInterface], passes: false),
    // call.outcome
    Case(
      check: "call: {host: V1, operation: ListObjectsV2, outcome: success}", start: "V1", lines: [listS3], passes: true),
    Case(
      check: "call: {host: V1, operation: ListObjectsV2, outcome: error}", start: "V1", lines: [listS3], passes: false),
    Case(
      check: "call: {host: V1, operation: ListObjectsV2, outcome: error}", start: "V1",
      lines: ["aws s3 ls s3://jschoi.acl-nope"], passes: true),
    Case(
      check: "call: {host: V1, operation: ListObjectsV2, outcome: success}", start: "V1",
      lines: ["aws s3 ls s3://jschoi.acl-nope"], passes: false),
    // call.service
    Case(check: "call: {host: V1, service: s3}", start: "V1", lines: [listS3], passes: true),
    Case(
      check: "call: {host: cloudshell, service: s3}", start: "cloudshell", lines: ["aws ec2 describe-vpcs"],
      passes: false),
    Case(
      check: "call: {host: cloudshell, service: ec2}", start: "cloudshell", lines: ["aws ec2 describe-vpcs"],
      passes: true),
    Case(
      check: "call: {host: cloudshell, service: sts}", start: "cloudshell", lines: ["aws sts get-caller-identity"],
      passes: true),
    Case(
      check: "call: {host: cloudshell, service: sts}", start: "cloudshell", lines: ["aws ec2 describe-vpcs"],
      passes: false),
    // call.via
    Case(check: "call: {host: V1, via: internet}", start: "V1", lines: [listS3], passes: true),
    Case(check: "call: {host: V2, via: gateway}", world: Worlds.gateway, start: "V2", lines: [listS3], passes: true),
    Case(check: "call: {host: V2, via: interface}", world: Worlds.gateway, start: "V2", lines: [listS3], passes: false),
    Case(
      check: "call: {host: V3, via: interface}", world: Worlds.openInterface, lines: [listThroughInterface],
      passes: true),
    Case(
      check: "call: {host: V3, via: internet}", world: Worlds.openInterface, lines: [listThroughInterface],
      passes: false),
    // endpoint.state, endpoint.service
    Case(
      check: "endpoint: {type: Interface, service: s3, state: pending}", start: "cloudshell",
      lines: [createS3Interface], passes: true),
    Case(
      check: "endpoint: {type: Interface, service: s3, state: available}", start: "cloudshell",
      lines: [createS3Interface], passes: false),
    Case(
      check: "endpoint: {type: Interface, service: s3, state: available}", start: "cloudshell",
      lines: [createS3Interface, "sleep 600"], passes: true),
    Case(
      check: "endpoint: {type: Interface, service: ec2}", start: "cloudshell", lines: [createS3Interface], passes: false
    ),
  ]

  /// Runs the lines on a fresh attempt at a one-step lab with the check, placeholders filled as
  /// solutions fill them; the last line must make the step pass, or not.
  @Test(arguments: cases)
  func eachWordMeansWhatItSays(_ test: Case) throws {
    let yaml = LabFixtures.yaml(
      start: test.start, world: test.world, steps: LabFixtures.step("s", checks: "      - " + test.check))
    let lab = try LabFixtures.lab(yaml)
    var attempt = try Attempt(lab: lab)
    var transcript = ""
    for line in test.lines {
      let expanded = try SolutionScript.expand(line, world: attempt.shell.world).get()
      transcript += "$ \(expanded)\n" + attempt.run(expanded).text
    }
    #expect(attempt.finished == test.passes, "\(transcript)")
  }
}
