import Cloud
import CourseWorldSupport
import LineEditing
import Testing

@testable import Shell

/// Tab's candidates come from the simulated world and the simulated command tree only.
@Suite struct ShellCompletionTests {
  static let state: ShellState = {
    var state = ShellState(world: try! WorldDescription.course().build(seed: 1), hostName: "V3")
    state.variables = ["VPC_ID": "vpc-1", "SUBNET_PRIVATE_A": "subnet-1"]
    return state
  }()

  static func complete(_ line: String) -> Completion {
    ShellCompletion.complete(
      line: line, cursorOffset: line.utf8.count, state: state, commands: LabShell.commands.names + ["hint"])
  }

  @Test(arguments: [
    ("nsl", ["nslookup"]),
    ("hi", ["hint", "history", "host", "hostname", "hosts"].filter { $0.hasPrefix("hi") }),
    ("aws s3a", ["s3api"]),
    ("aws ec2 describe-vpc-e", ["describe-vpc-endpoint-services", "describe-vpc-endpoints"]),
    ("aws ec2 create-vpc-endpoint --vpc-endpoint-t", ["--vpc-endpoint-type"]),
    ("aws ec2 create-vpc-endpoint --vpc-endpoint-type G", ["Gateway"]),
    ("aws s3 ls s3://jschoi.a", ["s3://jschoi.acl/"]),
    ("aws s3 ls s3://jschoi.acl/w", ["s3://jschoi.acl/what-is-eks.png"]),
    ("aws s3 ls s3://jschoi.acl/private1/s", ["s3://jschoi.acl/private1/secret.txt"]),
    ("ssh V", ["V1", "V2", "V3"]),
    ("echo $VP", ["$VPC_ID"]),
    ("cat /etc/ho", ["/etc/hostname", "/etc/hosts"]),
    ("hostname | gr", ["grep"]),
    ("cat /etc/passw", []),
    ("ls /tmp/labrun", []),
  ])
  func candidates(_ line: String, _ expected: [String]) {
    #expect(Self.complete(line).candidates == expected.sorted())
  }

  /// Files are offered as paths, which a listing shows by their last part (as readline does);
  /// everything else is shown whole.
  @Test(arguments: [("cat /etc/ho", true), ("ls ~/", true), ("aws ec2 describe-vpc", false), ("ssh V", false)])
  func onlyFilesAreListedAsPaths(_ line: String, _ filenames: Bool) {
    #expect(Self.complete(line).filenames == filenames)
  }

  @Test func resourceIdsAfterTheOptionsThatTakeThem() {
    let ids = Self.complete("aws ec2 describe-route-tables --route-table-ids ").candidates
    #expect(ids == Self.state.world.routeTables.map(\.id).sorted())
    #expect(Self.complete("aws ec2 create-route --vpc-endpoint-id ").candidates == [])
    #expect(Self.complete("aws ec2 describe-subnets --vpc-id ").candidates == Self.state.world.vpcs.map(\.id))
  }

  /// The word replaced is the one under the cursor, counted in UTF-8 bytes (Korean before it counts 3 each).
  @Test func replaceFromCountsBytes() {
    #expect(Self.complete("echo 공개; nsl").replaceFrom == "echo 공개; ".utf8.count)
    #expect(Self.complete("aws s3 ls s3://jschoi.acl/p").appendSpace == false)
    #expect(Self.complete("aws s3 ls s3://jschoi.acl/w").appendSpace == true)
  }
}
