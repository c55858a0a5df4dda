import Cloud
import CourseWorldSupport
import Testing

@testable import Shell

/// The Region of each `aws` call in the course world, beyond what the captures can show: the
/// world's own endpoints, events and `why` follow the Region asked. The real tool's behaviour that
/// these rest on is in regions.json (AWSRegionFidelityTests) and botocore 1.18.6's source.
@Suite struct AWSRegionTests {
  private func state(on host: String) throws -> ShellState {
    ShellState(world: try WorldDescription.course().build(seed: 3), hostName: host)
  }

  private func endpoints(_ result: LineResult) -> [String] {
    result.events.compactMap { event in
      guard case .apiCall(let call) = event else { return nil }
      return call.parameters.first { $0.name == "endpoint" }?.value
    }
  }

  @Test func anotherRegionShowsNoneOfTheLabsVPCs() throws {
    var state = try state(on: "cloudshell")
    let home = LabShell.run("aws ec2 describe-vpcs --query 'length(Vpcs)'", state: &state)
    #expect(home.stdout == "1\n")
    #expect(endpoints(home) == ["ec2.ap-northeast-2.amazonaws.com"])
    let away = LabShell.run("aws ec2 describe-vpcs --region us-east-1", state: &state)
    #expect(away.stdout == "{\n    \"Vpcs\": []\n}\n")
    #expect(away.status == 0)
    #expect(endpoints(away) == ["ec2.us-east-1.amazonaws.com"])
    let why = LabShell.run("why", state: &state)
    #expect(why.stdout.contains("EC2 resources are regional and the lab's are in ap-northeast-2"))
  }

  /// awscli 1.18 takes --region, then AWS_DEFAULT_REGION, then the config file (configprovider.py);
  /// `aws configure set` changes only the last, so an exported variable still wins.
  @Test func theEnvironmentBeatsTheConfigFileAndTheOptionBeatsBoth() throws {
    var state = try state(on: "cloudshell")
    _ = LabShell.run("aws configure set region us-east-1", state: &state)
    #expect(endpoints(LabShell.run("aws ec2 describe-vpcs", state: &state)) == ["ec2.us-east-1.amazonaws.com"])
    _ = LabShell.run("export AWS_DEFAULT_REGION=ap-northeast-2", state: &state)
    #expect(endpoints(LabShell.run("aws ec2 describe-vpcs", state: &state)) == ["ec2.ap-northeast-2.amazonaws.com"])
    let given = LabShell.run("aws ec2 describe-vpcs --region us-east-1", state: &state)
    #expect(endpoints(given) == ["ec2.us-east-1.amazonaws.com"])
  }

  /// From the private subnet the timeout names the Region's endpoint (botocore's
  /// `Connect timeout on endpoint URL` with the resolved URL, aws-facts.md §3.4).
  @Test func theTimeoutNamesTheRegionAsked() throws {
    var state = try state(on: "V3")
    let result = LabShell.run("aws ec2 describe-vpcs --region us-east-1 --cli-connect-timeout 1", state: &state)
    #expect(result.stderr == "\nConnect timeout on endpoint URL: \"https://ec2.us-east-1.amazonaws.com/\"\n")
    #expect(result.status == 255)
  }

  /// botocore 1.18.6 keeps the global STS endpoint only for the Regions in LEGACY_GLOBAL_STS_REGIONS
  /// (args.py), which Seoul is not; `regional` makes us-east-1 regional too.
  @Test(arguments: [
    ("", "sts.ap-northeast-2.amazonaws.com"), ("--region us-east-1", "sts.amazonaws.com"),
    ("--region eu-west-1", "sts.amazonaws.com"),
  ])
  func stsGoesWhereBotocoreSendsIt(option: String, host: String) throws {
    var state = try state(on: "V1")
    let result = LabShell.run("aws sts get-caller-identity \(option)", state: &state)
    #expect(endpoints(result) == [host])
  }

  @Test func theConfigFileIsWrittenAsAwscliWritesIt() throws {
    var state = try state(on: "V1")
    _ = LabShell.run("aws configure set output text", state: &state)
    _ = LabShell.run("aws configure set region us-east-1", state: &state)
    #expect(LabShell.run("cat ~/.aws/config", state: &state).stdout == "[default]\nregion = us-east-1\noutput = text\n")
    #expect(LabShell.run("aws configure get region", state: &state).stdout == "us-east-1\n")
  }
}

/// The INI edits of `aws configure set`, byte for byte as awscli 1.18.147's ConfigFileWriter made
/// them on the capture machine (each `before` written, `aws configure set KEY VALUE` run, `cat -A`).
@Suite struct AWSConfigFileTests {
  @Test(arguments: [
    ("[default]\nregion = ap-northeast-2\n", "region", "us-east-1", "default", "[default]\nregion = us-east-1\n"),
    (
      "[default]\nregion = ap-northeast-2\noutput = json\n", "region", "us-east-1", "default",
      "[default]\nregion = us-east-1\noutput = json\n"
    ),
    (
      "[default]\nregion = ap-northeast-2", "output", "json", "default",
      "[default]\nregion = ap-northeast-2\noutput = json\n"
    ),
    (
      "[default]\nregion = ap-northeast-2\n\n\n[profile x]\nregion = us-east-1\n", "output", "json", "default",
      "[default]\nregion = ap-northeast-2\noutput = json\n\n\n[profile x]\nregion = us-east-1\n"
    ),
    (
      "[profile x]\nregion = us-east-1\n", "region", "eu-west-1", "default",
      "[profile x]\nregion = us-east-1\n[default]\nregion = eu-west-1\n"
    ),
    ("[default]\n\n", "region", "eu-west-1", "default", "[default]\n\nregion = eu-west-1\n"),
    (
      "[default]\n# region = x\nregion=ap-northeast-2\n", "region", "eu-west-1", "default",
      "[default]\n# region = x\nregion = eu-west-1\n"
    ),
    ("", "region", "us-east-1", "default", "[default]\nregion = us-east-1\n"),
  ])
  func setEditsLikeTheRealWriter(before: String, key: String, value: String, section: String, after: String) {
    var file = AWSConfigFile(text: before)
    file.set(key, value, in: section)
    #expect(file.text == after)
  }

  @Test func valuesAreReadPerSection() {
    let file = AWSConfigFile(
      text: "[default]\nregion = ap-northeast-2\n\n[profile use1]\nregion=us-east-1\n# region = x\n")
    #expect(file.value("region", in: "default") == "ap-northeast-2")
    #expect(file.value("region", in: "profile use1") == "us-east-1")
    #expect(file.value("output", in: "default") == nil)
    #expect(AWSConfigFile.section(forProfile: "use1") == "profile use1")
  }

  /// Lines split at line feeds, as Python's `readline` splits them: a file saved with Windows line
  /// ends keeps its carriage returns, which stripping keys and values removes (Python 2.7's
  /// ConfigParser strips the value; its section pattern stops at the `]`).
  @Test func windowsLineEndsAreReadLineByLine() {
    let file = AWSConfigFile(text: "[default]\r\nregion = eu-west-1\r\n; region = x\r\noutput: text\r\nlast=1")
    #expect(file.lines.count == 5)
    #expect(file.value("region", in: "default") == "eu-west-1")
    #expect(file.value("output", in: "default") == "text")
    #expect(file.value("last", in: "default") == "1")
    #expect(file.sections == ["default"])
    #expect(file.text == "[default]\r\nregion = eu-west-1\r\n; region = x\r\noutput: text\r\nlast=1")
  }

  /// botocore's `validate_region_name`: a host label that is not all digits.
  @Test(arguments: [
    ("ap-northeast-2", true), ("nosuch-1", true), ("US-EAST-1", true), ("bad_region!", false), ("-a", false),
    ("a-", false), ("123", false),
  ])
  func regionNamesAreCheckedAsBotocoreChecksThem(name: String, valid: Bool) {
    #expect(AWSClient.isValidRegionName(name) == valid)
  }
}
