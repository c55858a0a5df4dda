import Cloud
import CourseWorldSupport
import Testing

@testable import Shell

/// `aws s3` on the article's hosts: the listings, the timeout, and the interface-endpoint URL.
@Suite struct AWSS3CommandTests {
  static let listing = """
                               PRE private1/
                               PRE public1/
    2017-09-26 05:03:18      29606 jschoi.acl_test.csv
    2018-06-21 07:44:25      25184 what-is-eks.png

    """

  private func state(on host: String, era: Era = .y2021) throws -> ShellState {
    ShellState(world: try WorldDescription.course(era: era).build(seed: 7), hostName: host)
  }

  private func aws(_ line: String, _ state: inout ShellState) -> CommandResult {
    let words = line.split(separator: " ").map(String.init)
    return AWSCommand.run(Invocation(name: "aws", arguments: Array(words.dropFirst())), state: &state)
  }

  @Test func v1ListsTheBucketAsTheArticleShows() throws {
    var state = try state(on: "V1")
    let result = aws("aws s3 ls s3://jschoi.acl", &state)
    #expect(result.stdout == Self.listing)
    #expect(result.stderr == "")
    #expect(result.status == 0)
    #expect(
      result.events.contains {
        if case .apiCall(let call) = $0 { call.operation == "ListObjectsV2" && call.succeeded } else { false }
      })
  }

  @Test func v3TimesOutAfterFiveAttemptsOfSixtySeconds() throws {
    var state = try state(on: "V3")
    let start = state.world.now
    let result = aws("aws s3 ls s3://jschoi.acl", &state)
    #expect(result.stdout == "")
    #expect(
      result.stderr
        == "\nConnect timeout on endpoint URL: \"https://s3.ap-northeast-2.amazonaws.com/jschoi.acl?list-type=2&delimiter=%2F&prefix=&encoding-type=url\"\n"
    )
    #expect(result.status == 255)
    let elapsed = state.world.now - start
    // Five 60 s connect timeouts plus legacy backoff of at most 1 + 2 + 4 + 8 s.
    #expect(elapsed >= 300_000 && elapsed <= 316_000)
  }

  @Test func debugShowsEachAttemptAndTheExit() throws {
    var state = try state(on: "V3")
    let result = aws("aws s3 ls s3://jschoi.acl --debug", &state)
    let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for attempt in 1...5 {
      #expect(
        lines.contains {
          $0.hasSuffix(
            "- MainThread - urllib3.connectionpool - DEBUG - Starting new HTTPS connection (\(attempt)): s3.ap-northeast-2.amazonaws.com:443"
          )
        })
    }
    #expect(!lines.contains { $0.contains("Starting new HTTPS connection (6)") })
    #expect(
      lines.first?.hasSuffix(
        "- MainThread - awscli.clidriver - DEBUG - CLI version: aws-cli/1.18.147 Python/2.7.18 Linux/4.14.225-169.362.amzn2.x86_64 botocore/1.18.6"
      ) == true)
    #expect(Array(lines.suffix(4)).count == 4)
    #expect(lines[lines.count - 4].hasSuffix("- MainThread - awscli.clidriver - DEBUG - Exiting with rc 255"))
    #expect(
      lines.suffix(3) == [
        "",
        "Connect timeout on endpoint URL: \"https://s3.ap-northeast-2.amazonaws.com/jschoi.acl?list-type=2&delimiter=%2F&prefix=&encoding-type=url\"",
        "",
      ])
  }

  @Test func theInterfaceEndpointWorksWithEndpointURL() throws {
    var state = try state(on: "V3")
    var request = EndpointRequest(
      type: .interface, service: .s3, region: "ap-northeast-2", vpcId: state.world.vpcs[0].id)
    request.subnetIds = state.world.subnets.filter { $0.name.hasPrefix("private") }.map(\.id)
    let endpoint = try state.world.createEndpoint(request).get()
    state.world.clock.advance(seconds: 120)
    let url = "https://bucket.\(endpoint.regionalDNSName)"
    let result = aws("aws s3 --endpoint-url \(url) ls s3://jschoi.acl", &state)
    #expect(result.stdout == Self.listing)
    #expect(result.status == 0)

    // Without the `bucket.` label the name does not resolve: botocore can't connect.
    let bare = aws("aws s3 --endpoint-url https://\(endpoint.regionalDNSName) ls s3://jschoi.acl", &state)
    #expect(
      bare.stderr
        == "\nCould not connect to the endpoint URL: \"https://\(endpoint.regionalDNSName)/jschoi.acl?list-type=2&delimiter=%2F&prefix=&encoding-type=url\"\n"
    )
    #expect(bare.status == 255)
  }

  @Test(arguments: [
    (
      "aws s3 ls s3://nope-bucket",
      "\nAn error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist\n",
      Int32(255)
    ),
    ("aws s3 ls s3://jschoi.acl/nothing-here/", "", Int32(1)),
    ("aws s3 ls --bogus", "\nUnknown options: --bogus\n", Int32(255)),
  ])
  func errorsAreWordedAsAwscliWordsThem(line: String, stderr: String, status: Int32) throws {
    var state = try state(on: "V1")
    let result = aws(line, &state)
    #expect(result.stdout == "")
    #expect(result.stderr == stderr)
    #expect(result.status == status)
  }

  @Test func recursiveHumanReadableSummary() throws {
    var state = try state(on: "V1")
    let result = aws("aws s3 ls s3://jschoi.acl/public1/ --recursive --human-readable --summarize", &state)
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.contains("2017-09-26 05:01:53    6.0 KiB public1/logo.png"))
    #expect(lines.suffix(3) == ["Total Objects: 3", "   Total Size: 6.1 KiB", ""])
  }

  @Test func aBucketInAnotherRegionIsFollowedFromV1ButNotFromV2() throws {
    var state = try state(on: "V1")
    let fromV1 = aws("aws s3 ls s3://jschoi.use1-logs", &state)
    #expect(fromV1.status == 0)
    #expect(fromV1.stdout.contains("PRE logs/"))

    var gateway = EndpointRequest(type: .gateway, service: .s3, region: "ap-northeast-2", vpcId: state.world.vpcs[0].id)
    gateway.routeTableIds = state.world.routeTables.filter { $0.name == "private-a" }.map(\.id)
    _ = try state.world.createEndpoint(gateway).get()
    state.hostName = "V2"
    let fromV2 = aws("aws s3 ls s3://jschoi.use1-logs", &state)
    #expect(fromV2.status == 255)
    // A dotted bucket name is addressed path-style, at us-east-1's global S3 name.
    #expect(
      fromV2.stderr
        == "\nConnect timeout on endpoint URL: \"https://s3.amazonaws.com/jschoi.use1-logs?list-type=2&delimiter=%2F&prefix=&encoding-type=url\"\n"
    )
  }

  @Test func instancesHaveNoEC2Permissions() throws {
    var state = try state(on: "V1")
    let result = aws("aws ec2 describe-vpcs", &state)
    #expect(result.status == 255)
    #expect(
      result.stderr
        == "\nAn error occurred (UnauthorizedOperation) when calling the DescribeVpcs operation: You are not authorized to perform this operation.\n"
    )
  }

  @Test func cloudShellCreatesTheGatewayEndpoint() throws {
    var state = try state(on: "cloudshell")
    let vpc = state.world.vpcs[0].id
    let table = state.world.routeTables.first { $0.name == "private-a" }!.id
    let result = aws(
      "aws ec2 create-vpc-endpoint --vpc-id \(vpc) --service-name com.amazonaws.ap-northeast-2.s3 --route-table-ids \(table)",
      &state)
    #expect(result.status == 0, "\(result.stderr)")
    // awscli 1.18.147 on Python 2.7 against moto prints the endpoint's PolicyDocument first, as here.
    #expect(result.stdout.hasPrefix("{\n    \"VpcEndpoint\": {\n        \"PolicyDocument\": "))
    #expect(result.stdout.contains("\n        \"VpcEndpointId\": \"vpce-0"))
    #expect(state.world.routeTable(table)!.routes.contains { $0.destination == .prefixList("pl-78a54011") })
  }
}
