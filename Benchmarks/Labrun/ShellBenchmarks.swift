import Cloud
import CourseWorldSupport
import Shell

/// Issue 4's figures: single commands in-process, and the article's whole transcript.
enum ShellBenchmarks {
  /// The article's experiments as typed lines, host changes included.
  static let article = [
    "nslookup s3.ap-northeast-2.amazonaws.com", "aws s3 ls s3://jschoi.acl",
    "ssh V3", "nslookup s3.ap-northeast-2.amazonaws.com", "aws s3 ls s3://jschoi.acl --debug",
    "ssh cloudshell",
    "aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --service-name com.amazonaws.ap-northeast-2.s3 --route-table-ids $RTB_PRIVATE_A",
    "ssh V2", "nslookup s3.ap-northeast-2.amazonaws.com", "aws s3 ls s3://jschoi.acl",
    "ssh cloudshell",
    "aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --vpc-endpoint-type Interface --service-name com.amazonaws.ap-northeast-2.ec2 --subnet-ids $SUBNET_PRIVATE_A $SUBNET_PRIVATE_C",
    "aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --vpc-endpoint-type Interface --service-name com.amazonaws.ap-northeast-2.s3 --subnet-ids $SUBNET_PRIVATE_A $SUBNET_PRIVATE_C",
    "sleep 90", "ssh V3", "nslookup ec2.ap-northeast-2.amazonaws.com", "nslookup s3.ap-northeast-2.amazonaws.com",
    "aws s3 ls s3://jschoi.acl",
  ]

  /// A fixed loop of `nslookup` lines, for callgrind.
  static func profileNslookup() throws {
    var state = ShellState(world: try WorldDescription.course().build(seed: 2021), hostName: "V1")
    var sink = 0
    for _ in 0..<2_000 {
      sink &+= LabShell.run("nslookup s3.ap-northeast-2.amazonaws.com", state: &state).output.count
      state.history.removeAll(keepingCapacity: true)
    }
    print(sink)
  }

  static func profile() throws {
    var state = ShellState(world: try WorldDescription.course().build(seed: 2021), hostName: "V1")
    var sink = 0
    for _ in 0..<2_000 {
      sink &+= LabShell.run("aws s3 ls s3://jschoi.acl", state: &state).output.count
      state.history.removeAll(keepingCapacity: true)
    }
    print(sink)
  }

  static func run() throws {
    let world = try WorldDescription.course().build(seed: 2021)
    var sink = 0

    var v1 = ShellState(world: world, hostName: "V1")
    let nslookup = Timing.measure(perBatch: 2_000) {
      sink &+= LabShell.run("nslookup s3.ap-northeast-2.amazonaws.com", state: &v1).output.count
      v1.history.removeAll(keepingCapacity: true)
    }
    report("shell: nslookup s3.ap-northeast-2.amazonaws.com (V1)", nslookup, target: "≤ 50 µs")

    var listing = ShellState(world: world, hostName: "V1")
    let ls = Timing.measure(perBatch: 2_000) {
      sink &+= LabShell.run("aws s3 ls s3://jschoi.acl", state: &listing).output.count
      listing.history.removeAll(keepingCapacity: true)
    }
    report("shell: aws s3 ls s3://jschoi.acl (V1)", ls, target: "≤ 50 µs")

    var variables = ShellState(world: world, hostName: "V1")
    variables.variables = [
      "VPC_ID": world.vpcs[0].id,
      "RTB_PRIVATE_A": world.routeTables.first { $0.name == "private-a" }!.id,
      "SUBNET_PRIVATE_A": world.subnets.first { $0.name == "private-a" }!.id,
      "SUBNET_PRIVATE_C": world.subnets.first { $0.name == "private-c" }!.id,
    ]
    let transcript = Timing.measure(perBatch: 50) {
      var state = variables
      for line in article { sink &+= LabShell.run(line, state: &state).output.count }
    }
    report("shell: the article's transcript (\(article.count) lines, fresh world)", transcript, target: "≤ 2 ms")
    if sink == 42 { print("") }
  }
}
